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

export const VIEWS = ['dashboard', 'calendar', 'door', 'pass', 'report'] as const
export type View = (typeof VIEWS)[number]

export interface StatsParams {
  view: View
  period: Period
  /** The date the period was picked around (for stepping back and forth). */
  anchor: string
  params: URLSearchParams
}

export function useStatsParams(): [
  StatsParams,
  (patch: Record<string, string | undefined>) => void,
] {
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

  const set = (patch: Record<string, string | undefined>) => {
    navigate('stats', { ...Object.fromEntries(params.entries()), ...patch })
  }
  return [{ view, period, anchor, params }, set]
}
