// "Leave by HH:MM": the target arrival time minus the 90th-percentile door-to-door time for
// today's weekday (door-to-door.ts), and on how many of those trips leaving then would have
// arrived in time (those that took no longer than the 90th percentile). A target shortly after
// midnight gives a time on the day before.
import { timeToMinutes } from '../calendar/dates'
import {
  forWeekday,
  weekdayOf,
  type DoorSample,
  type DoorToDoor,
  type Weekday,
} from './door-to-door'
import type { Spread } from './percentile'

export const MINUTES_PER_DAY = 24 * 60

export type LeaveBy =
  | {
      kind: 'ok'
      /** HH:mm on the clock. */
      time: string
      /** 0 = the day of the target, 1 = the day before. */
      daysBefore: number
      target: string
      p90: number
      basis: Weekday | 'allDays'
      /** On `onTime` of the `of` trips, leaving at `time` would have been in time. */
      onTime: number
      of: number
    }
  /** Fewer than three trips: no percentile; the trips are shown instead. */
  | {
      kind: 'few'
      target: string
      basis: Weekday | 'allDays'
      spread: Extract<Spread, { kind: 'few' }>
    }

export function minutesToTime(minutes: number): { time: string; daysBefore: number } {
  const daysBefore = minutes < 0 ? Math.ceil(-minutes / MINUTES_PER_DAY) : 0
  const m = minutes + daysBefore * MINUTES_PER_DAY
  const hh = String(Math.floor(m / 60) % 24).padStart(2, '0')
  const mm = String(m % 60).padStart(2, '0')
  return { time: `${hh}:${mm}`, daysBefore }
}

export function leaveBy(d: DoorToDoor, target: string, today: string): LeaveBy {
  const { basis, samples, spread } = forWeekday(d, weekdayOf(today))
  if (spread.kind === 'few') return { kind: 'few', target, basis, spread }
  const at = minutesToTime(timeToMinutes(target) - spread.p90)
  const onTime = samples.filter((s: DoorSample) => s.minutes <= spread.p90).length
  return { kind: 'ok', ...at, target, p90: spread.p90, basis, onTime, of: samples.length }
}
