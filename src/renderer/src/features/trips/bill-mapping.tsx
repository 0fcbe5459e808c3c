// The column-mapping step for a CSV in no known layout: which column holds the date, time,
// amount and description (and optionally from, to, mode), and how spending is written.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '@renderer/ui/field'
import {
  MAPPED_FIELDS,
  REQUIRED_MAPPED,
  mappingIsComplete,
  type ColumnMapping,
  type MappedField,
} from '@shared/bills/mapped-csv'

export function BillMappingStep(props: {
  /** The file's name, so the user knows which file the columns belong to. */
  name: string
  header: readonly string[]
  initial: ColumnMapping
  onSubmit: (m: ColumnMapping) => void
}) {
  const { t } = useTranslation('trips')
  const [m, setM] = useState<ColumnMapping>(props.initial)
  const set = (f: MappedField, v: string): void => setM({ ...m, columns: { ...m.columns, [f]: v } })
  return (
    <form
      className="bill-mapping"
      aria-label={t('bills.mapping.title')}
      onSubmit={(e) => {
        e.preventDefault()
        if (mappingIsComplete(props.header, m)) props.onSubmit(m)
      }}
    >
      <p>{t('bills.mapping.intro', { name: props.name })}</p>
      <div className="bill-mapping-grid">
        {MAPPED_FIELDS.map((f) => (
          <Field
            key={f}
            id={`bill-map-${f}`}
            label={`${t(`bills.mapping.${f}`)}${REQUIRED_MAPPED.includes(f) ? ' *' : ''}`}
          >
            {(c) => (
              <select {...c} value={m.columns[f]} onChange={(e) => set(f, e.target.value)}>
                <option value="">{t('bills.mapping.none')}</option>
                {props.header.map((h, i) =>
                  h === '' ? null : (
                    <option key={i} value={h}>
                      {h}
                    </option>
                  ),
                )}
              </select>
            )}
          </Field>
        ))}
        <Field id="bill-map-spending" label={t('bills.mapping.spending')}>
          {(c) => (
            <select
              {...c}
              value={m.spending}
              onChange={(e) =>
                setM({ ...m, spending: e.target.value as ColumnMapping['spending'] })
              }
            >
              <option value="positive">{t('bills.mapping.spendingPositive')}</option>
              <option value="negative">{t('bills.mapping.spendingNegative')}</option>
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className="primary" disabled={!mappingIsComplete(props.header, m)}>
        {t('bills.mapping.submit')}
      </button>
      <p className="muted">{t('bills.mapping.saved')}</p>
    </form>
  )
}
