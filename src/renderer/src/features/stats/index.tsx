// Statistics: the dashboard, the year calendar, the rail-pass calculator and the monthly report,
// each a view of #/stats with its state in the URL.
import { useTranslation } from 'react-i18next'
import { hrefFor } from '@renderer/app/router'
import { Page } from '@renderer/ui/page'
import { CalendarView } from './calendar-view'
import { Dashboard } from './dashboard'
import { DoorView } from './door-view'
import { langOf } from '@renderer/ui/format'
import { MonthlyReport } from './monthly-report'
import { useStatsParams, VIEWS } from './params'
import { PassCalculator } from './pass-calculator'
import { PeriodPicker } from './period-picker'
import './stats.css'

export default function StatsScreen() {
  const { t, i18n } = useTranslation('stats')
  const [{ view, period, anchor, year, month, reportLang, params }, set] = useStatsParams(
    langOf(i18n.language),
  )

  return (
    <Page title={t('title')} description={t('description')}>
      <nav className="tabs no-print" aria-label={t('views.label')}>
        {VIEWS.map((v) => (
          <a
            key={v}
            href={hrefFor('stats', { ...Object.fromEntries(params.entries()), view: v })}
            aria-current={view === v ? 'page' : undefined}
          >
            {t(`views.${v}`)}
          </a>
        ))}
      </nav>
      {(view === 'dashboard' || view === 'pass') && (
        <PeriodPicker
          key={`${period.kind}-${period.from}-${period.to}`}
          period={period}
          anchor={anchor}
          onChange={set}
        />
      )}
      {view === 'dashboard' && <Dashboard period={period} />}
      {view === 'calendar' && <CalendarView year={year} onYear={(y) => set({ year: String(y) })} />}
      {view === 'door' && <DoorView />}
      {view === 'pass' && <PassCalculator period={period} />}
      {view === 'report' && (
        <MonthlyReport month={month} lang={reportLang} onChange={(p) => set(p)} />
      )}
    </Page>
  )
}
