import { useTranslation } from 'react-i18next'
import { dayInfo } from '@shared/calendar/workdays'
import { useTripsOn } from '@renderer/db/stats'
import { Modal } from '@renderer/ui/modal'
import { formatDate, type Lang, langOf } from '@renderer/ui/format'
import { TripTable } from './trip-table'

/** "Spring Festival,春节,4" (chinese-days) → the name in the UI language. */
export function holidayName(raw: string | undefined, lang: Lang): string | null {
  if (!raw) return null
  const [en, zh] = raw.split(',')
  return (lang === 'zh-CN' ? zh : en) ?? en ?? null
}

/** One day's trips in a modal dialog; closes with Esc, the close button or a click outside. */
export function DayDialog({ date, onClose }: { date: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
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
        <TripTable
          trips={trips}
          t={t}
          lang={lang}
          withDate={false}
          caption={t('calendar.tripsOf')}
          totalLabel={t('calendar.dayTotal', { count: trips.length })}
        />
      )}
    </Modal>
  )
}
