// Statistics → door to door: for each direction, the distribution of the user's own door-to-door
// times (a histogram with the median and 90th percentile marked, and its table), the figures per
// weekday with enough trips, and how often they arrived after their target time, per month.
import { useTranslation } from 'react-i18next'
import { today } from '@shared/calendar/dates'
import { binPosition, histogram, type DoorToDoor, type MonthLateness } from '@shared/personal'
import { hrefFor } from '@renderer/app/router'
import { useCommuteFigures, useLateness } from '@renderer/db/personal'
import { Personal, SpreadText, useMinutes, useWeekdayName } from '@renderer/ui/personal'
import { BarChart, type BarDatum } from './bar-chart'
import { formatMonth, langOf } from '@renderer/ui/format'

const DIRECTIONS = ['toWork', 'toHome'] as const

function Distribution({ door }: { door: DoorToDoor }) {
  const { t } = useTranslation('stats')
  const minutes = useMinutes()
  const weekday = useWeekdayName()
  const bins = histogram(door.samples.map((s) => s.minutes))
  const data: BarDatum[] = bins.map((b) => ({
    key: String(b.from),
    label: String(b.from),
    longLabel:
      b.to - b.from === 1
        ? minutes(b.from)
        : t('door.bin', { from: b.from, to: minutes(b.to - 1) }),
    value: b.count,
  }))
  const spread = door.all
  const markers =
    spread.kind === 'percentiles'
      ? [
          {
            key: 'median',
            position: binPosition(bins, spread.median),
            label: t('door.median', { value: minutes(spread.median) }),
          },
          {
            key: 'p90',
            position: binPosition(bins, spread.p90),
            label: t('door.p90', { value: minutes(spread.p90) }),
          },
        ]
      : []
  return (
    <section
      className="card"
      aria-labelledby={`door-${door.direction}`}
      data-testid={`door-${door.direction}`}
    >
      <h2 id={`door-${door.direction}`}>{t(`door.title.${door.direction}`)}</h2>
      <Personal n={door.samples.length} window={door.window}>
        <p>
          <SpreadText spread={spread} />
        </p>
      </Personal>
      {/* Fewer than three trips are listed above, not drawn as a distribution. */}
      {spread.kind === 'percentiles' && (
        <BarChart
          title={t('door.chartTitle')}
          data={data}
          format={(v) => t('door.trips', { count: v })}
          axisFormat={(v) => String(Math.round(v * 10) / 10)}
          keyLabel={t('door.minutes')}
          valueLabel={t('door.tripsLabel')}
          markers={markers}
          tone="personal"
        />
      )}
      {door.weekdays.length > 0 && (
        <table className="table chart-table">
          <caption>{t('door.weekdays')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('door.weekday')}</th>
              <th scope="col" className="num">
                {t('door.tripsLabel')}
              </th>
              <th scope="col" className="num">
                {t('door.medianLabel')}
              </th>
              <th scope="col" className="num">
                {t('door.p90Label')}
              </th>
            </tr>
          </thead>
          <tbody>
            {door.weekdays.map(({ weekday: d, spread: s }) => (
              <tr key={d}>
                <th scope="row">{weekday(d)}</th>
                <td className="num">{s.n}</td>
                <td className="num">{s.kind === 'percentiles' ? minutes(s.median) : '—'}</td>
                <td className="num">{s.kind === 'percentiles' ? minutes(s.p90) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Lateness(props: {
  direction: (typeof DIRECTIONS)[number]
  months: MonthLateness[]
  target: string
  from: string
}) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const timed = props.months.reduce((n, m) => n + m.timed, 0)
  const data: BarDatum[] = props.months.map((m) => ({
    key: m.month,
    label: formatMonth(m.month, lang, 'short'),
    longLabel: t('door.lateMonth', {
      month: formatMonth(m.month, lang),
      late: m.late,
      timed: m.timed,
    }),
    value: Math.round((m.late / m.timed) * 1000) / 10,
  }))
  return (
    <section
      className="card"
      aria-labelledby={`late-${props.direction}`}
      data-testid={`late-${props.direction}`}
    >
      <h2 id={`late-${props.direction}`}>
        {t(`door.lateTitle.${props.direction}`, { target: props.target })}
      </h2>
      <Personal n={timed}>
        <p className="muted">{t('door.lateHow', { from: props.from })}</p>
      </Personal>
      {/* A chart of zeros draws an axis and nothing else: say it instead. */}
      {data.length > 0 && props.months.every((m) => m.late === 0) && (
        <p data-testid="none-late">{t('door.noneLate', { target: props.target })}</p>
      )}
      {props.months.some((m) => m.late > 0) && (
        <BarChart
          title={t('door.lateChart')}
          data={data}
          format={(v) => `${v}%`}
          keyLabel={t('door.month')}
          valueLabel={t('door.lateShare')}
          tone="personal"
        />
      )}
    </section>
  )
}

export function DoorView() {
  const { t } = useTranslation('stats')
  const day = today()
  const figures = useCommuteFigures(day)
  const late = useLateness(day)
  if (!figures || !late) return <p className="loading">{t('loading')}</p>
  const doors = DIRECTIONS.map((d) => figures[d].door).filter((d) => d !== null)
  return (
    <div className="stats-door">
      {doors.length === 0 ? (
        <p className="notice" data-testid="door-empty">
          {t('door.empty')} <a href={hrefFor('trips')}>{t('door.logTrips')}</a>
        </p>
      ) : (
        doors.map((d) => <Distribution key={d.direction} door={d} />)
      )}
      {DIRECTIONS.map((d) => {
        const months = late[d]
        const target = figures.targets[d]
        return months && target ? (
          <Lateness key={d} direction={d} months={months} target={target} from={late.from} />
        ) : null
      })}
      {!figures.targets.toWork && (
        <p className="muted">
          {t('door.noTarget')} <a href={hrefFor('settings')}>{t('door.setTarget')}</a>
        </p>
      )}
    </div>
  )
}
