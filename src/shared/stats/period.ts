// Reporting periods: a kind plus an inclusive range of yyyy-MM-dd dates. Weeks start on Monday
// (zh-CN). Period maths runs once per screen, so date-fns is fine here (never per trip).
import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  endOfWeek,
  endOfYear,
  startOfMonth,
  startOfWeek,
  startOfYear,
  subDays,
  subMonths,
  subWeeks,
  subYears,
} from 'date-fns'
import { isDateString, parseDate, toDateString } from '../calendar/dates'

export const PERIOD_KINDS = ['week', 'month', 'year', 'custom'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export interface Period {
  kind: PeriodKind
  /** First day, inclusive. */
  from: string
  /** Last day, inclusive. */
  to: string
}

const WEEK = { weekStartsOn: 1 } as const

/** The calendar week (Monday–Sunday), month or year that contains `date`. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, date: string): Period {
  const d = parseDate(date)
  switch (kind) {
    case 'week':
      return range(kind, startOfWeek(d, WEEK), endOfWeek(d, WEEK))
    case 'month':
      return range(kind, startOfMonth(d), endOfMonth(d))
    case 'year':
      return range(kind, startOfYear(d), endOfYear(d))
  }
}

/** A custom range; null when either date is not a real date or `from` is after `to`. */
export function customPeriod(from: string, to: string): Period | null {
  if (!isDateString(from) || !isDateString(to) || from > to) return null
  return { kind: 'custom', from, to }
}

/** The period of the same kind just before: last week, last month, last year, or for a custom
 * range the same number of days ending the day before it starts. */
export function previousPeriod(p: Period): Period {
  const from = parseDate(p.from)
  switch (p.kind) {
    case 'week':
      return periodContaining('week', toDateString(subWeeks(from, 1)))
    case 'month':
      return periodContaining('month', toDateString(subMonths(from, 1)))
    case 'year':
      return periodContaining('year', toDateString(subYears(from, 1)))
    case 'custom': {
      const end = subDays(from, 1)
      return range('custom', subDays(end, periodDays(p) - 1), end)
    }
  }
}

/** A yyyy-MM month moved by `n` months: "2024-01", -1 → "2023-12". */
export function shiftMonth(month: string, n: number): string {
  return toDateString(addMonths(parseDate(`${month}-01`), n)).slice(0, 7)
}

/** The number of days in the period, both ends included. */
export function periodDays(p: Pick<Period, 'from' | 'to'>): number {
  return differenceInCalendarDays(parseDate(p.to), parseDate(p.from)) + 1
}

/** Every date of the period in order. */
export function periodDates(p: Pick<Period, 'from' | 'to'>): string[] {
  const out: string[] = []
  const n = periodDays(p)
  const start = parseDate(p.from)
  for (let i = 0; i < n; i++) out.push(toDateString(addDays(start, i)))
  return out
}

function range(kind: PeriodKind, from: Date, to: Date): Period {
  return { kind, from: toDateString(from), to: toDateString(to) }
}
