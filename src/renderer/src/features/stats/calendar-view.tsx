import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { dayInfo, type DayInfo } from '@shared/calendar/workdays'
import { heatmap, type HeatCell } from '@shared/stats/heatmap'
import { useWorkCalendars } from '@renderer/db/work-calendars'
import { DayDialog, holidayName } from './day-dialog'
import { formatDate, formatFen, formatMonth, gap, langOf } from '@renderer/ui/format'
import { usePeriodStats } from './use-stats'

const CELL = 13
const STEP = 16
const LEFT = 30
const TOP = 18

/** A year of commute days as a heatmap; clicking (or Enter on) a day opens its trips. */
export function CalendarView({ year, onYear }: { year: number; onYear: (y: number) => void }) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const stats = usePeriodStats('year', `${year}-01-01`, `${year}-12-31`)
  const map = useMemo(() => (stats ? heatmap(stats.days) : null), [stats])
  const calendars = useWorkCalendars()
  const infos = useMemo(
    () =>
      new Map<string, DayInfo>(
        calendars ? (map?.cells.map((c) => [c.date, dayInfo(c.date)]) ?? []) : [],
      ),
    [map, calendars],
  )
  const [focus, setFocus] = useState<string | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [asTable, setAsTable] = useState(false)
  if (!stats || !map) return <p className="loading">{t('loading')}</p>

  const focused = focus?.startsWith(`${year}-`)
    ? focus
    : (map.cells.find((c) => c.trips > 0) ?? map.cells[0])?.date
  const index = new Map(map.cells.map((c, i) => [c.date, i]))
  const move = (e: KeyboardEvent, cell: HeatCell) => {
    const delta = { ArrowRight: 7, ArrowLeft: -7, ArrowDown: 1, ArrowUp: -1 }[e.key]
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      setOpen(cell.date)
      return
    }
    if (delta === undefined) return
    e.preventDefault()
    const next = map.cells[(index.get(cell.date) ?? 0) + delta]
    if (!next) return
    setFocus(next.date)
    document.getElementById(`day-${next.date}`)?.focus()
  }
  const label = (c: HeatCell) => {
    const info = infos.get(c.date)
    const holiday = info?.kind === 'holiday' ? holidayName(info.name, lang) : null
    return `${formatDate(c.date, lang, 'long')}${holiday ? ` (${holiday})` : ''}: ${t('calendar.trips', { count: c.trips })}`
  }
  const width = LEFT + map.columns * STEP
  const height = TOP + 7 * STEP
  const weekdayRows = [0, 2, 4]

  return (
    <section className="card" aria-labelledby="stats-calendar">
      <div className="card-head">
        <h2 id="stats-calendar">{t('calendar.title', { year })}</h2>
        <div className="row no-print">
          <button
            type="button"
            onClick={() => onYear(year - 1)}
            aria-label={t('calendar.prevYear')}
          >
            ‹ {year - 1}
          </button>
          <button
            type="button"
            onClick={() => onYear(year + 1)}
            aria-label={t('calendar.nextYear')}
          >
            {year + 1} ›
          </button>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {t('chart.showTable')}
          </button>
        </div>
      </div>
      <p className="muted">
        {t('calendar.summary', { days: stats.commuteDays, trips: stats.trips })}
        {gap(lang)}
        {t('calendar.hint')}
      </p>
      {asTable ? (
        <table className="table">
          <caption className="visually-hidden">{t('calendar.title', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grain.month')}</th>
              <th scope="col" className="num">
                {t('kpi.commuteDays')}
              </th>
              <th scope="col" className="num">
                {t('kpi.trips')}
              </th>
              <th scope="col" className="num">
                {t('kpi.spending')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.months.map((m) => (
              <tr key={m.key}>
                <th scope="row">{formatMonth(m.key, lang)}</th>
                <td className="num">{m.commuteDays}</td>
                <td className="num">{m.trips}</td>
                <td className="num">{formatFen(m.fen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="heatmap-scroll">
          <svg
            className="heatmap"
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={t('calendar.title', { year })}
          >
            {map.months.map((m) => (
              <text key={m.month} className="heat-month" x={LEFT + m.column * STEP} y={11}>
                {formatMonth(m.month, lang, 'short')}
              </text>
            ))}
            {weekdayRows.map((r) => (
              <text key={r} className="heat-weekday" x={0} y={TOP + r * STEP + 10}>
                {t(`weekdayShort.${r}`)}
              </text>
            ))}
            {map.cells.map((c) => (
              <rect
                key={c.date}
                id={`day-${c.date}`}
                className={`heat heat-${c.level}${infos.get(c.date)?.kind === 'holiday' ? ' holiday' : ''}`}
                x={LEFT + c.column * STEP}
                y={TOP + c.weekday * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                role="button"
                tabIndex={c.date === focused ? 0 : -1}
                aria-label={label(c)}
                data-trips={c.trips}
                onClick={() => {
                  setFocus(c.date)
                  setOpen(c.date)
                }}
                onKeyDown={(e) => move(e, c)}
              >
                <title>{label(c)}</title>
              </rect>
            ))}
          </svg>
        </div>
      )}
      <div className="heat-legend" aria-hidden="true">
        {t('calendar.less')}
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} width={CELL} height={CELL}>
            <rect className={`heat heat-${l}`} width={CELL} height={CELL} rx={2} />
          </svg>
        ))}
        {t('calendar.more')}
        <svg width={CELL} height={CELL} className="legend-gap">
          <rect
            className="heat heat-0 holiday"
            x={1}
            y={1}
            width={CELL - 2}
            height={CELL - 2}
            rx={2}
          />
        </svg>
        {t('dayKind.holiday')}
      </div>
      {open && <DayDialog date={open} onClose={() => setOpen(null)} />}
    </section>
  )
}
