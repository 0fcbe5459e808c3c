// Export by date range, as CSV for spreadsheets or JSON with everything, through the platform's
// save dialog (a download in the browser).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { Modal } from '@renderer/ui/modal'
import { DateRange } from '@renderer/ui/date-range'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { Form } from '@renderer/ui/form'
import { db } from '@renderer/db/db'
import { listCards } from '@renderer/db/cards'
import { tripsInRange } from '@renderer/db/trips'
import { isDateString, today } from '@shared/calendar/dates'
import { csvBytes, tripsToCsv } from '@shared/trips/csv-export'
import { tripsToJson } from '@shared/trips/json'

type Format = 'csv' | 'json'

export function ExportDialog(props: { from: string; to: string; onClose: () => void }) {
  const { t } = useTranslation('trips')
  const toast = useToast()
  const [from, setFrom] = useState(props.from)
  const [to, setTo] = useState(props.to)
  const [format, setFormat] = useState<Format>('csv')
  const [busy, setBusy] = useState(false)
  const lo = isDateString(from) ? from : ''
  const hi = isDateString(to) ? to : '\uffff'
  const count = useLiveQuery(
    () => (lo <= hi ? db.trips.where('date').between(lo, hi, true, true).count() : 0),
    [lo, hi],
  )

  async function submit(): Promise<void> {
    setBusy(true)
    try {
      const trips = await tripsInRange(lo, isDateString(to) ? to : '')
      if (trips.length === 0) return
      const name = `hujia-trips_${lo || trips[trips.length - 1]!.date}_${isDateString(to) ? to : today()}.${format}`
      const content =
        format === 'csv'
          ? csvBytes(tripsToCsv(trips, await listCards()))
          : tripsToJson(trips, {
              exportedAt: new Date().toISOString(),
              range: lo || isDateString(to) ? { from: lo, to: isDateString(to) ? to : '' } : null,
            })
      const r = await platform.saveFile(name, content, format)
      if (r.saved) {
        toast.show({ message: t('export.done', { count: trips.length }) })
        props.onClose()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      title={t('export.title')}
      onClose={props.onClose}
      className="trips-dialog"
      testId="export-dialog"
    >
      <p className="muted">{t('export.intro')}</p>
      <Form onSubmit={submit}>
        <div className="trip-form-row">
          <DateRange
            id="export"
            from={from}
            to={to}
            hint={t('export.rangeHint')}
            onChange={(r) => {
              setFrom(r.from)
              setTo(r.to)
            }}
          />
          <fieldset className="trip-direction">
            <legend>{t('export.format')}</legend>
            {(['csv', 'json'] as const).map((f) => (
              <label key={f} className="trip-radio">
                <input
                  type="radio"
                  name="export-format"
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                {t(`export.${f}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <p aria-live="polite">
          {count === 0 ? t('export.nothing') : count !== undefined && t('export.count', { count })}
        </p>
        <div className="row modal-actions">
          <button type="button" onClick={props.onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !count}>
            {t('export.submit')}
          </button>
        </div>
      </Form>
    </Modal>
  )
}
