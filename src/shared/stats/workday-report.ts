// Working days the period had (Chinese calendar: holidays and 调休 days) against the days the user
// actually commuted. Years the calendar does not cover fall back to Monday–Friday, and the report
// says which dates those were so the UI can say so.
import { workdaysInRange } from '../calendar/workdays'
import type { Period } from './period'

export interface WorkdayReport {
  /** The range counted: the period, cut at `asOf` so future days are not "missed". */
  from: string
  to: string
  /** Working days in the range. */
  expected: number
  /** Working days with a trip to work or home. */
  commuted: number
  /** Working days without one, in order. */
  missed: string[]
  /** Days off (weekends, holidays) with a commute. */
  commutedOnDaysOff: number
  /** Dates in the range outside the calendar's years, where Monday–Friday was assumed. */
  assumedDates: number
  /** The years among those dates, for the "Mon–Fri assumed for …" note. */
  assumedYears: number[]
}

/**
 * @param commuteDates dates with a trip to work or home (e.g. Stats.days where commuteTrips > 0)
 * @param asOf today; days after it are not counted. Omit to count the whole period.
 */
export function workdayReport(
  period: Pick<Period, 'from' | 'to'>,
  commuteDates: Iterable<string>,
  asOf?: string,
): WorkdayReport {
  const from = period.from
  const to = asOf !== undefined && asOf < period.to ? asOf : period.to
  const { workdays, uncoveredDates } = workdaysInRange(from, to)
  const commuted = new Set<string>()
  for (const d of commuteDates) if (d >= from && d <= to) commuted.add(d)
  const missed: string[] = []
  let hit = 0
  for (const d of workdays) {
    if (commuted.has(d)) hit++
    else missed.push(d)
  }
  return {
    from,
    to,
    expected: workdays.length,
    commuted: hit,
    missed,
    commutedOnDaysOff: commuted.size - hit,
    assumedDates: uncoveredDates.length,
    assumedYears: [...new Set(uncoveredDates.map((d) => Number(d.slice(0, 4))))],
  }
}
