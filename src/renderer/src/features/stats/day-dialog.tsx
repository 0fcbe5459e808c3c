import { useTranslation } from 'react-i18next'
import { dayInfo } from '@shared/calendar/workdays'
import { tripTime } from '@shared/stats/trip-time'
import { tripFareFen } from '@shared/trips/schema'
import { useTripsOn } from '@renderer/db/stats'
import { Modal } from '@renderer/ui/modal'
import { formatDate, formatFen, formatMinutes, type Lang } from './format'

/** "Spring Festival,春节,4" (chinese-days) → the name in the UI language. */
export function holidayName(raw: string | undefined, lang: Lang): string | null {
  if (!raw) return null
  const [en, zh] = raw.split(',')
  return (lang === 'zh-CN' ? zh : en) ?? en ?? null
}

/** One day's trips in a modal dialog; closes with Esc, the close button or a click outside. */
export function DayDialog({ date, onClose }: { date: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('stats')
  const lang = i18n.language as Lang
  const trips = useTripsOn(date)
  const info = dayInfo(date)
  const holiday = holidayName(info.name, lang)
  return (
    <Modal title={formatDate(date, lang, 'long')} onClose={onClose} className="day-dialog">
      <p className="muted">
        {t(`dayKind.${info.kind}`)}
        {holiday && ` · ${holiday}`}
      </p>
      {trips === null ? (
        <p className="loading">{t('loading')}</p>
      ) : trips.length === 0 ? (
        <p>{t('calendar.noTrips')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('calendar.tripsOf')}</caption>
          <thead>
            <tr>
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
                  <td className="nowrap">
                    {trip.departTime ?? '—'}
                    {trip.arriveTime && `–${trip.arriveTime}`}
                  </td>
                  <td className="nowrap">{t(`direction.${trip.direction}`)}</td>
                  <td>
                    {trip.legs.map((l, i) => (
                      <span key={i} className="leg">
                        {i === 0 && (l.from || '—')} → {l.to || '—'}{' '}
                        <span className="chip">{t(`mode.${l.mode}`)}</span>{' '}
                      </span>
                    ))}
                  </td>
                  <td className="num nowrap">
                    {time.source === 'none' ? '—' : formatMinutes(time.minutes, lang)}
                  </td>
                  <td className="num">{formatFen(tripFareFen(trip))}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('calendar.dayTotal', { count: trips.length })}
              </th>
              <td className="num">{formatFen(trips.reduce((s, x) => s + tripFareFen(x), 0))}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Modal>
  )
}
