import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { periodDays, type Period } from '@shared/stats/period'
import type { Stats, Totals } from '@shared/stats/summary'
import { BarChart, type BarDatum } from './bar-chart'
import {
  formatDate,
  formatFen,
  formatHours,
  formatMonth,
  formatRange,
  type Lang,
  langOf,
  formatYuanAxis,
} from '@renderer/ui/format'

export const METRICS = ['fen', 'minutes', 'trips'] as const
export type Metric = (typeof METRICS)[number]
export const GRAINS = ['day', 'week', 'month'] as const
export type Grain = (typeof GRAINS)[number]

/** Days for a week or a month, weeks up to half a year, months beyond. */
export function defaultGrain(period: Period): Grain {
  const days = periodDays(period)
  return days <= 31 ? (period.kind === 'month' ? 'week' : 'day') : days <= 184 ? 'week' : 'month'
}

export function seriesData(stats: Stats, grain: Grain, metric: Metric, lang: Lang): BarDatum[] {
  const value = (x: Totals) => x[metric]
  if (grain === 'day') {
    return stats.days.map((d) => ({
      key: d.date,
      label: formatDate(d.date, lang),
      longLabel: formatDate(d.date, lang, 'long'),
      value: value(d),
    }))
  }
  const buckets = grain === 'week' ? stats.weeks : stats.months
  return buckets.map((b) => ({
    key: b.key,
    label: grain === 'week' ? formatDate(b.from, lang) : formatMonth(b.key, lang, 'short'),
    longLabel: grain === 'week' ? formatRange(b.from, b.to, lang) : formatMonth(b.key, lang),
    value: value(b),
  }))
}

export function metricFormat(metric: Metric, lang: Lang) {
  if (metric === 'fen') return { format: formatFen, axis: formatYuanAxis }
  if (metric === 'minutes') {
    const h = lang === 'zh-CN' ? '小时' : ' h'
    return {
      format: (v: number) => `${formatHours(v)}${h}`,
      axis: (v: number) => `${formatHours(v)}${h}`,
    }
  }
  return { format: (v: number) => String(v), axis: (v: number) => String(Math.round(v * 10) / 10) }
}

/** Spending, time or trips per day, week or month of the period. */
export function Trends({ stats }: { stats: Stats }) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const [metric, setMetric] = useState<Metric>('fen')
  const [grain, setGrain] = useState<Grain>(() => defaultGrain(stats.period))
  const fmt = metricFormat(metric, lang)
  return (
    <section className="card" aria-labelledby="stats-trends">
      <div className="card-head">
        <h2 id="stats-trends">{t('trends.title')}</h2>
        <div className="row no-print">
          <label>
            {t('trends.metric')}{' '}
            <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`metric.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('trends.grain')}{' '}
            <select value={grain} onChange={(e) => setGrain(e.target.value as Grain)}>
              {GRAINS.map((g) => (
                <option key={g} value={g}>
                  {t(`grain.${g}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <BarChart
        title={t('trends.chartTitle', {
          metric: t(`metric.${metric}`),
          grain: t(`grain.${grain}`),
        })}
        data={seriesData(stats, grain, metric, lang)}
        format={fmt.format}
        axisFormat={fmt.axis}
        keyLabel={t(`grain.${grain}`)}
        valueLabel={t(`metric.${metric}`)}
      />
    </section>
  )
}
