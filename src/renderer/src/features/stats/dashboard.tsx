import { useTranslation } from 'react-i18next'
import { MODES, DIRECTIONS, PAY_APPS } from '@shared/trips/schema'
import { previousPeriod, type Period } from '@shared/stats/period'
import type { Stats } from '@shared/stats/summary'
import { hrefFor } from '@renderer/app/router'
import { useCardsById } from '@renderer/db/stats'
import {
  formatCount,
  formatDelta,
  formatFen,
  formatDuration,
  formatRange,
  langOf,
} from '@renderer/ui/format'
import { Trends } from './trends'
import { usePeriodStats, useWorkdays } from './use-stats'
import { WorkdaysCard } from './workdays-card'

export function Dashboard({ period }: { period: Period }) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const prev = previousPeriod(period)
  const stats = usePeriodStats(period.kind, period.from, period.to)
  const before = usePeriodStats(prev.kind, prev.from, prev.to)
  const workdays = useWorkdays(stats)
  if (!stats || !before || !workdays) return <p className="loading">{t('loading')}</p>

  const kpis: { id: string; label: string; value: string; diff: string; hint?: string }[] = [
    {
      id: 'commuteDays',
      label: t('kpi.commuteDays'),
      value: formatCount(stats.commuteDays, lang),
      diff: formatDelta(stats.commuteDays - before.commuteDays, (n) => formatCount(n, lang)),
    },
    {
      id: 'trips',
      label: t('kpi.trips'),
      value: formatCount(stats.trips, lang),
      diff: formatDelta(stats.trips - before.trips, (n) => formatCount(n, lang)),
    },
    {
      id: 'spending',
      label: t('kpi.spending'),
      value: formatFen(stats.spending.totalFen),
      diff: formatDelta(stats.spending.totalFen - before.spending.totalFen, formatFen),
    },
    {
      id: 'perDay',
      label: t('kpi.perDay'),
      value: stats.costPerCommuteDayFen === null ? '—' : formatFen(stats.costPerCommuteDayFen),
      diff:
        stats.costPerCommuteDayFen === null || before.costPerCommuteDayFen === null
          ? '—'
          : formatDelta(stats.costPerCommuteDayFen - before.costPerCommuteDayFen, formatFen),
      hint: t('kpi.perDayHint'),
    },
    {
      id: 'time',
      label: t('kpi.time'),
      value: formatDuration(t, stats.time.totalMinutes),
      diff: formatDelta(stats.time.totalMinutes - before.time.totalMinutes, (n) =>
        formatDuration(t, n),
      ),
    },
  ]

  return (
    <div className="stats-dashboard">
      <p className="muted compare-line">
        {t('compare.with', { range: formatRange(prev.from, prev.to, lang) })}
      </p>
      <ul className="kpis" aria-label={t('kpi.label')}>
        {kpis.map((k) => (
          <li key={k.id} className="kpi card" data-testid={`kpi-${k.id}`}>
            <span className="kpi-label">{k.label}</span>
            <span className="kpi-value">{k.value}</span>
            <span className="kpi-diff muted">
              {before.trips === 0 ? t('compare.none') : t('compare.diff', { diff: k.diff })}
            </span>
            {k.hint && <span className="kpi-hint muted">{k.hint}</span>}
          </li>
        ))}
      </ul>

      {stats.trips === 0 && (
        <p className="notice" role="status">
          {t('empty')} <a href={hrefFor('trips')}>{t('emptyLink')}</a>
        </p>
      )}

      <WorkdaysCard report={workdays} />
      <Trends key={`${period.kind}-${period.from}`} stats={stats} />
      {stats.trips > 0 && (
        <>
          <div className="stats-grid">
            <Spending stats={stats} />
            <TimeOnRoad stats={stats} />
          </div>
          <div className="stats-grid">
            <TopRoutes stats={stats} />
            <TopStations stats={stats} />
          </div>
        </>
      )}
    </div>
  )
}

function Share({ value, total }: { value: number; total: number }) {
  const pct = total > 0 ? (value / total) * 100 : 0
  return (
    <span className="share" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </span>
  )
}

function Spending({ stats }: { stats: Stats }) {
  const { t } = useTranslation('stats')
  const cards = useCardsById()
  const total = stats.spending.totalFen
  const modes = MODES.filter((m) => stats.spending.byMode[m] > 0)
  const payments = [
    ...stats.spending.byCard.map((c) => ({
      key: c.cardId,
      label: cards?.get(c.cardId)?.nickname ?? t('spending.deletedCard'),
      fen: c.fen,
    })),
    { key: 'ticket', label: t('spending.ticket'), fen: stats.spending.ticketFen },
    ...PAY_APPS.map((app) => ({
      key: `app:${app}`,
      label: t(`spending.app.${app}`),
      fen: stats.spending.byApp[app],
    })),
    { key: 'cash', label: t('spending.cash'), fen: stats.spending.cashFen },
  ].filter((p) => p.fen > 0)
  const pct = (fen: number) => (total > 0 ? `${Math.round((fen / total) * 100)}%` : '—')
  return (
    <section className="card" aria-labelledby="stats-spending">
      <h2 id="stats-spending">{t('spending.title')}</h2>
      <table className="table share-table">
        <caption>{t('spending.byMode')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spending.mode')}</th>
            <th scope="col" className="num">
              {t('spending.amount')}
            </th>
            <th scope="col" className="num">
              {t('spending.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {modes.map((m) => (
            <tr key={m}>
              <th scope="row">
                {t(`mode.${m}`)}
                <Share value={stats.spending.byMode[m]} total={total} />
              </th>
              <td className="num">{formatFen(stats.spending.byMode[m])}</td>
              <td className="num">{pct(stats.spending.byMode[m])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table share-table">
        <caption>{t('spending.byPayment')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spending.payment')}</th>
            <th scope="col" className="num">
              {t('spending.amount')}
            </th>
            <th scope="col" className="num">
              {t('spending.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.key}>
              <th scope="row">
                {p.label}
                <Share value={p.fen} total={total} />
              </th>
              <td className="num">{formatFen(p.fen)}</td>
              <td className="num">{pct(p.fen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function TimeOnRoad({ stats }: { stats: Stats }) {
  const { t } = useTranslation('stats')
  const s = stats.time.bySource
  return (
    <section className="card" aria-labelledby="stats-time">
      <h2 id="stats-time">{t('time.title')}</h2>
      <p>{t('time.total', { time: formatDuration(t, stats.time.totalMinutes) })}</p>
      <table className="table">
        <caption>{t('time.doorToDoor')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time.direction')}</th>
            <th scope="col" className="num">
              {t('time.average')}
            </th>
            <th scope="col" className="num">
              {t('time.timedTrips')}
            </th>
          </tr>
        </thead>
        <tbody>
          {DIRECTIONS.map((d) => {
            const x = stats.doorToDoor[d]
            return (
              <tr key={d}>
                <th scope="row">{t(`direction.${d}`)}</th>
                <td className="num">
                  {x.averageMinutes === null ? '—' : formatDuration(t, x.averageMinutes)}
                </td>
                <td className="num">{x.trips}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted small" data-testid="time-sources">
        {t('time.sources', { times: s.times, legs: s.legs, partial: s.partialLegs, none: s.none })}
      </p>
    </section>
  )
}

function TopRoutes({ stats }: { stats: Stats }) {
  const { t } = useTranslation('stats')
  return (
    <section className="card" aria-labelledby="stats-routes">
      <h2 id="stats-routes">{t('routes.title')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('routes.route')}</th>
            <th scope="col" className="num">
              {t('routes.trips')}
            </th>
            <th scope="col" className="num">
              {t('routes.average')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.topRoutes.map((r) => (
            <tr key={`${r.from}→${r.to}`}>
              <th scope="row">
                {r.from || '—'} → {r.to || '—'}
              </th>
              <td className="num">{r.trips}</td>
              <td className="num">{formatFen(Math.round(r.fen / r.trips))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('routes.note')}</p>
    </section>
  )
}

function TopStations({ stats }: { stats: Stats }) {
  const { t } = useTranslation('stats')
  return (
    <section className="card" aria-labelledby="stats-stations">
      <h2 id="stats-stations">{t('stations.title')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('stations.name')}</th>
            <th scope="col" className="num">
              {t('stations.trips')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.topStations.map((s) => (
            <tr key={s.name}>
              <th scope="row">{s.name}</th>
              <td className="num">{s.trips}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
