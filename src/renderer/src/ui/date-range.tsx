// A date range: "开始日期" and "结束日期" side by side, each a labelled date input, with an optional
// hint both inputs are described by. The caller keeps the two dates and decides what is valid.
import { useTranslation } from 'react-i18next'
import { Field } from './field'

export function DateRange(props: {
  /** Prefix of the inputs' ids: `${id}-from`, `${id}-to`. */
  id: string
  from: string
  to: string
  onChange: (range: { from: string; to: string }) => void
  max?: string
  hint?: string
}) {
  const { t } = useTranslation()
  const { id, from, to, max, hint } = props
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="date-range" role="group" aria-label={t('dateRange.label')}>
      {(['from', 'to'] as const).map((end) => (
        <Field key={end} id={`${id}-${end}`} label={t(`dateRange.${end}`)} describedBy={hintId}>
          {(c) => (
            <input
              {...c}
              type="date"
              value={end === 'from' ? from : to}
              max={max}
              onChange={(e) => props.onChange({ from, to, [end]: e.target.value })}
            />
          )}
        </Field>
      ))}
      {hint && (
        <p id={hintId} className="field-hint date-range-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
