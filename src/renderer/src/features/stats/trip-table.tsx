// The table of trips shared by the calendar's day dialog and the monthly report: one row a trip,
// the total fare at the foot. The report passes its own `t`, fixed to the report's language.
import type { TFunction } from 'i18next'
import { invoiceState } from '@shared/bills/invoice'
import { tripTime } from '@shared/stats/trip-time'
import { tripFareFen, type Trip } from '@shared/trips/schema'
import { formatDate, formatFen, formatDuration, type Lang } from '@renderer/ui/format'

/** Rail legs say whether their 12306 e-invoice was requested: " · 已开票" / " · 未开票". */
function invoiceMark(t: TFunction<'stats'>, leg: Trip['legs'][number]): string {
  const state = invoiceState(leg)
  return state ? ` · ${t(`invoice.${state}`)}` : ''
}

export function TripTable(props: {
  trips: Trip[]
  t: TFunction<'stats'>
  lang: Lang
  /** A date column (the report spans a month; the day dialog one day). */
  withDate: boolean
  totalLabel: string
  caption?: string
  className?: string
}) {
  const { trips, t, lang } = props
  return (
    <table className={`table ${props.className ?? ''}`}>
      {props.caption && <caption className="visually-hidden">{props.caption}</caption>}
      <thead>
        <tr>
          {props.withDate && <th scope="col">{t('trip.date')}</th>}
          <th scope="col">{t('trip.time')}</th>
          <th scope="col">{t('trip.direction')}</th>
          <th scope="col">{t('trip.route')}</th>
          <th scope="col" className="num">
            {t('trip.duration')}
          </th>
          <th scope="col" className="num">
            {t('trip.fare')}
          </th>
        </tr>
      </thead>
      <tbody>
        {trips.map((trip) => {
          const time = tripTime(trip)
          return (
            <tr key={trip.id}>
              {props.withDate && <td className="nowrap">{formatDate(trip.date, lang)}</td>}
              <td className="nowrap">
                {trip.departTime ?? '—'}
                {trip.arriveTime && `–${trip.arriveTime}`}
              </td>
              <td className="nowrap">{t(`direction.${trip.direction}`)}</td>
              <td>
                {trip.legs
                  .map(
                    (l, i) =>
                      `${i === 0 ? `${l.from || '—'} ` : ''}→ ${l.to || '—'} (${t(`mode.${l.mode}`)}${invoiceMark(t, l)})`,
                  )
                  .join(' ')}
              </td>
              <td className="num nowrap">
                {time.source === 'none'
                  ? '—'
                  : `${formatDuration(t, time.minutes)}${time.source === 'partialLegs' ? '+' : ''}`}
              </td>
              <td className="num">{formatFen(tripFareFen(trip))}</td>
            </tr>
          )
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={props.withDate ? 5 : 4}>
            {props.totalLabel}
          </th>
          <td className="num">{formatFen(trips.reduce((s, x) => s + tripFareFen(x), 0))}</td>
        </tr>
      </tfoot>
    </table>
  )
}
