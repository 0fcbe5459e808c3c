// How often the user arrived after their target time, per month. A trip counts when it has both
// times; it is late when the target, taken at its first occurrence at or after the departure,
// comes before the arrival (so a trip at 23:50 → 00:40 is late for a target of 00:30).
import { durationMinutes } from '../calendar/dates'
import { doorSamples, type CommuteDirection } from './door-to-door'
import type { Trip } from '../trips/schema'

export function isLate(departTime: string, arriveTime: string, target: string): boolean {
  return durationMinutes(departTime, arriveTime) > durationMinutes(departTime, target)
}

export interface MonthLateness {
  /** yyyy-MM */
  month: string
  /** Trips with both times. */
  timed: number
  late: number
}

/** Months with at least one timed trip of the direction, oldest first. */
export function latenessByMonth(
  trips: readonly Trip[],
  direction: CommuteDirection,
  target: string,
): MonthLateness[] {
  const months = new Map<string, MonthLateness>()
  for (const s of doorSamples(trips, direction)) {
    const month = s.date.slice(0, 7)
    let m = months.get(month)
    if (!m) months.set(month, (m = { month, timed: 0, late: 0 }))
    m.timed++
    if (isLate(s.departTime, s.arriveTime, target)) m.late++
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1))
}
