// The printable A4 monthly report, e.g. for a commuting allowance. It is written in the language
// picked here (not necessarily the UI's); print CSS (stats.css) leaves only the sheet on paper.
// Electron saves it as a PDF through the platform adapter; a browser opens its print dialog.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { today } from '@shared/calendar/dates'
import { periodContaining, shiftMonth } from '@shared/stats/period'
import { workdayReport } from '@shared/stats/workday-report'
import { compareChronological } from '@shared/trips/filter'
import { MODES } from '@shared/trips/schema'
import { useLanguageLoaded } from '@renderer/app/i18n'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { useWorkCalendars } from '@renderer/db/work-calendars'
import { BarChart } from './bar-chart'
import {
  formatDate,
  formatFen,
  formatDuration,
  formatMonth,
  gap,
  type Lang,
  formatYuanAxis,
} from '@renderer/ui/format'
import { seriesData } from './trends'
import { TripTable } from './trip-table'
import { countInvoices } from '@shared/bills/invoice'
import { usePeriod } from './use-stats'

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/
const COMMUTE_DIRECTIONS = ['toWork', 'toHome'] as const

export function MonthlyReport(props: {
  month: string
  lang: Lang
  onChange: (patch: { month?: string; rlang?: Lang }) => void
}) {
  const { t } = useTranslation('stats')
  const month = MONTH_RE.test(props.month) ? props.month : today().slice(0, 7)
  // The sheet is written in its own language, whose strings may still have to load.
  const langLoaded = useLanguageLoaded(props.lang)
  return (
    <div className="stats-report">
      <ReportControls month={month} lang={props.lang} onChange={props.onChange} />
      {langLoaded ? (
        <ReportSheet month={month} lang={props.lang} />
      ) : (
        <p className="loading">{t('loading')}</p>
      )}
    </div>
  )
}

function ReportControls(props: {
  month: string
  lang: Lang
  onChange: (patch: { month?: string; rlang?: Lang }) => void
}) {
  const { t } = useTranslation('stats')
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const print = async () => {
    setBusy(true)
    try {
      const name =
        props.lang === 'zh-CN'
          ? `沪嘉通-通勤月报-${props.month}.pdf`
          : `HuJia-commute-report-${props.month}.pdf`
      const r = await platform.printReport(name)
      if (r.saved) toast.show({ message: t('report.saved', { path: r.path ?? name }) })
    } catch (e) {
      toast.show({
        message: t('report.failed', { message: e instanceof Error ? e.message : String(e) }),
      })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="card row no-print report-controls">
      <button
        type="button"
        aria-label={t('report.prevMonth')}
        onClick={() => props.onChange({ month: shiftMonth(props.month, -1) })}
      >
        ‹
      </button>
      <label>
        {t('report.month')}{' '}
        <input
          type="month"
          value={props.month}
          onChange={(e) =>
            MONTH_RE.test(e.target.value) && props.onChange({ month: e.target.value })
          }
        />
      </label>
      <button
        type="button"
        aria-label={t('report.nextMonth')}
        onClick={() => props.onChange({ month: shiftMonth(props.month, 1) })}
      >
        ›
      </button>
      <label>
        {t('report.language')}{' '}
        <select
          value={props.lang}
          onChange={(e) => props.onChange({ rlang: e.target.value as Lang })}
        >
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="button" className="primary" disabled={busy} onClick={print}>
        {platform.kind === 'electron' ? t('report.savePdf') : t('report.print')}
      </button>
    </div>
  )
}

function ReportSheet({ month, lang }: { month: string; lang: Lang }) {
  const { i18n } = useTranslation('stats')
  const t = i18n.getFixedT(lang, 'stats')
  const period = useMemo(() => periodContaining('month', `${month}-01`), [month])
  const data = usePeriod('month', period.from, period.to)
  const calendars = useWorkCalendars()
  const workdays = useMemo(() => {
    if (!data || !calendars) return null
    const dates = data.stats.days.filter((d) => d.commuteTrips > 0).map((d) => d.date)
    return workdayReport(period, dates, today())
  }, [data, period, calendars])
  const trips = useMemo(() => (data ? [...data.trips].sort(compareChronological) : []), [data])
  if (!data || !workdays) return <p className="loading">{t('loading')}</p>
  const { stats } = data
  const invoices = countInvoices(trips)
  const s = stats.time.bySource

  const totals: [string, string][] = [
    [t('kpi.commuteDays'), String(stats.commuteDays)],
    [t('kpi.trips'), String(stats.trips)],
    [t('kpi.spending'), formatFen(stats.spending.totalFen)],
    [
      t('kpi.perDay'),
      stats.costPerCommuteDayFen === null ? '—' : formatFen(stats.costPerCommuteDayFen),
    ],
    [t('kpi.time'), formatDuration(t, stats.time.totalMinutes)],
    [
      t('report.workdays'),
      t('report.workdaysValue', { commuted: workdays.commuted, expected: workdays.expected }),
    ],
    ...COMMUTE_DIRECTIONS.filter((d) => stats.doorToDoor[d].averageMinutes !== null).map(
      (d): [string, string] => [
        t('report.average', { direction: t(`direction.${d}`) }),
        formatDuration(t, stats.doorToDoor[d].averageMinutes ?? 0),
      ],
    ),
  ]
  const modes = MODES.filter((m) => stats.spending.byMode[m] > 0)

  return (
    <article
      className="report-sheet"
      lang={lang}
      aria-labelledby="report-title"
      data-testid="report-sheet"
    >
      <header className="report-header">
        <div>
          <p className="report-app">{t('report.app')}</p>
          <h2 id="report-title">{t('report.title', { month: formatMonth(month, lang) })}</h2>
        </div>
        <p className="report-period">
          {formatDate(period.from, lang, 'long')} – {formatDate(period.to, lang, 'long')}
        </p>
      </header>

      <section aria-labelledby="report-totals">
        <h3 id="report-totals">{t('report.totals')}</h3>
        <dl className="report-totals">
          {totals.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        {modes.length > 0 && (
          <p className="report-modes">
            {t('report.byMode')}
            {gap(lang)}
            {modes
              .map((m) => `${t(`mode.${m}`)} ${formatFen(stats.spending.byMode[m])}`)
              .join(lang === 'zh-CN' ? '，' : ', ')}
          </p>
        )}
      </section>

      <section className="report-chart">
        <BarChart
          title={t('report.chartTitle')}
          data={seriesData(stats, 'day', 'fen', lang)}
          format={formatFen}
          axisFormat={formatYuanAxis}
          keyLabel={t('grain.day')}
          valueLabel={t('metric.fen')}
          lang={lang}
          fixed
        />
      </section>

      <section aria-labelledby="report-trips">
        <h3 id="report-trips">{t('report.trips')}</h3>
        {trips.length === 0 ? (
          <p>{t('report.noTrips')}</p>
        ) : (
          <TripTable
            trips={trips}
            t={t}
            lang={lang}
            withDate
            totalLabel={t('report.total')}
            className="report-table"
          />
        )}
      </section>

      <footer className="report-notes">
        {invoices.requested + invoices.missing > 0 && (
          <p data-testid="report-invoices">{t('invoice.summary', invoices)}</p>
        )}
        <p>
          {t('time.sources', {
            times: s.times,
            legs: s.legs,
            partial: s.partialLegs,
            none: s.none,
          })}
        </p>
        {workdays.assumedDates > 0 && (
          <p>{t('workdays.assumed', { years: workdays.assumedYears.join(', ') })}</p>
        )}
        <p>{t('report.generated', { date: formatDate(today(), lang, 'long') })}</p>
      </footer>
    </article>
  )
}
