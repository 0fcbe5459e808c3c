// The statistics screen keeps its state in the URL hash (#/stats?view=…&kind=…&date=…), so a view
// can be linked, reloaded and opened directly by tests.
import { isDateString, today } from '@shared/calendar/dates'
import {
  customPeriod,
  periodContaining,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
} from '@shared/stats/period'
import { navigate, useRoute } from '@renderer/app/router'
import type { Lang } from '@renderer/ui/format'

export const VIEWS = ['dashboard', 'calendar', 'door', 'pass', 'report'] as const
export type View = (typeof VIEWS)[number]

export interface StatsParams {
  view: View
  period: Period
  /** The date the period was picked around (for stepping back and forth). */
  anchor: string
  /** The calendar's year (2000–2100), else the anchor's. */
  year: number
  /** The monthly report's month (yyyy-MM), else the anchor's. */
  month: string
  /** The monthly report's language, else the interface's. */
  reportLang: Lang
  params: URLSearchParams
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** `interfaceLang` is the report's language unless the URL names one. */
export function useStatsParams(
  interfaceLang: Lang,
): [StatsParams, (patch: Record<string, string | undefined>) => void] {
  const { params } = useRoute()
  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as View)
    : 'dashboard'
  const rawKind = params.get('kind') ?? ''
  const kind: PeriodKind = (PERIOD_KINDS as readonly string[]).includes(rawKind)
    ? (rawKind as PeriodKind)
    : 'month'
  const rawDate = params.get('date') ?? ''
  const anchor = isDateString(rawDate) ? rawDate : today()
  const custom =
    kind === 'custom' ? customPeriod(params.get('from') ?? '', params.get('to') ?? '') : null
  const period = custom ?? periodContaining(kind === 'custom' ? 'month' : kind, anchor)
  const rawYear = Number(params.get('year'))
  const year =
    Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100
      ? rawYear
      : Number(anchor.slice(0, 4))
  const rawMonth = params.get('month') ?? ''
  const month = MONTH.test(rawMonth) ? rawMonth : anchor.slice(0, 7)
  const rlang = params.get('rlang')
  const reportLang: Lang = rlang === 'en' || rlang === 'zh-CN' ? rlang : interfaceLang

  const set = (patch: Record<string, string | undefined>) => {
    navigate('stats', { ...Object.fromEntries(params.entries()), ...patch })
  }
  return [{ view, period, anchor, year, month, reportLang, params }, set]
}
