// The rail parts of the bill preview: which passenger of the 12306 mails is the user (the others'
// tickets are skipped), and the rail payments no ticket matched — bought on a day, travel date
// unknown — which are skipped unless the user gives the travel date.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { tomorrow } from '@shared/calendar/dates'
import { formatFen } from '@shared/money/fen'
import { billKey, type BillLeg } from '@shared/bills/legs'
import { RAIL_PURCHASE_WINDOW_DAYS } from '@shared/bills/rail-pairing'
import { withMember } from '@shared/bills/selection'
import { legSummary } from './text'

export function PassengerChoice(props: {
  passengers: readonly string[]
  /** The passenger imported now (null: none of them). */
  passenger: string | null
  skipped: number
  onChoose: (name: string | null) => void
}) {
  const { t } = useTranslation('trips')
  const name = useId()
  return (
    <fieldset className="bill-passenger" data-testid="bill-passenger">
      <legend>{t('bills.passenger.title')}</legend>
      <p className="muted">{t('bills.passenger.intro')}</p>
      <div className="row">
        {props.passengers.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name={name}
              checked={props.passenger === p}
              onChange={() => props.onChoose(p)}
            />{' '}
            {p}
          </label>
        ))}
        <label>
          <input
            type="radio"
            name={name}
            checked={props.passenger === null}
            onChange={() => props.onChoose(null)}
          />{' '}
          {t('bills.passenger.none')}
        </label>
      </div>
      {props.passenger === null && (
        <p className="notice" role="status">
          {t('bills.passenger.choose', { count: props.skipped })}
        </p>
      )}
    </fieldset>
  )
}

export function UnpairedPayments(props: {
  payments: readonly BillLeg[]
  travelDates: Readonly<Record<string, string>>
  onTravelDate: (key: string, date: string) => void
}) {
  const { t } = useTranslation('trips')
  const max = tomorrow()
  /** Rows whose typed date is out of range: not given to the preview, said next to the field. */
  const [outOfRange, setOutOfRange] = useState<ReadonlySet<string>>(new Set())
  const mark = (key: string, bad: boolean): void => setOutOfRange((s) => withMember(s, key, bad))
  return (
    <table className="table bill-unpaired" data-testid="bill-unpaired">
      <caption>
        {t('bills.rail.title')}
        <span className="muted bill-caption-note">
          {t('bills.rail.window', { days: RAIL_PURCHASE_WINDOW_DAYS })}
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('bills.rail.payment')}</th>
          <th scope="col">{t('form.fare')}</th>
          <th scope="col">{t('bills.rail.travelDate')}</th>
        </tr>
      </thead>
      <tbody>
        {props.payments.map((p) => {
          const key = billKey(p.source, p.orderNo)
          const date = props.travelDates[key] ?? ''
          const what = legSummary(t, { ...p, payment: { kind: 'ticket' }, minutes: null })
          const label = t('bills.rail.bought', {
            date: p.date,
            source: t(`bills.source.${p.source}`),
          })
          return (
            <tr key={key}>
              <td>
                <strong>{label}</strong> —{' '}
                {date === '' ? t('bills.rail.unknown') : t('bills.rail.given', { date })}
                <div className="muted">{what}</div>
              </td>
              <td>{formatFen(p.fareFen)}</td>
              <td>
                <input
                  type="date"
                  min={p.date}
                  max={max}
                  defaultValue={date}
                  aria-label={t('bills.rail.dateFor', { label, fare: formatFen(p.fareFen) })}
                  aria-invalid={outOfRange.has(key)}
                  aria-describedby={outOfRange.has(key) ? `${key}-range` : undefined}
                  onChange={(e) => {
                    const v = e.target.value
                    const bad = v !== '' && (v < p.date || v > max)
                    mark(key, bad)
                    props.onTravelDate(key, bad ? '' : v)
                  }}
                />
                {outOfRange.has(key) && (
                  <p id={`${key}-range`} className="field-error">
                    {t('bills.rail.range', { from: p.date, to: max })}
                  </p>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
