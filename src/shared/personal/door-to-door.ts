// Door to door: from the trips of one direction with both a departure and an arrival time, the
// count, median and 90th percentile of the minutes between them (past midnight counts on),
// over the window (window.ts). A weekday with at least five of those trips gets its own figures.
import { getISODay } from 'date-fns'
import { durationMinutes, parseDate } from '../calendar/dates'
import type { Trip } from '../trips/schema'
import { spreadOf, type Spread } from './percentile'
import { applyWindow, type DateWindow } from './window'

export const MIN_PER_WEEKDAY = 5
export type CommuteDirection = 'toWork' | 'toHome'
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export interface DoorSample {
  date: string
  weekday: Weekday
  departTime: string
  arriveTime: string
  minutes: number
}

export interface DoorToDoor {
  direction: CommuteDirection
  window: DateWindow | null
  /** The trips the figures are from, oldest first. */
  samples: DoorSample[]
  all: Spread
  /** Weekdays with at least MIN_PER_WEEKDAY trips, Monday first. */
  weekdays: { weekday: Weekday; spread: Spread }[]
}

export const weekdayOf = (date: string): Weekday => getISODay(parseDate(date)) as Weekday

export function doorSamples(trips: readonly Trip[], direction: CommuteDirection): DoorSample[] {
  const out: DoorSample[] = []
  for (const t of trips) {
    if (t.direction !== direction || !t.departTime || !t.arriveTime) continue
    out.push({
      date: t.date,
      weekday: weekdayOf(t.date),
      departTime: t.departTime,
      arriveTime: t.arriveTime,
      minutes: durationMinutes(t.departTime, t.arriveTime),
    })
  }
  return out.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.departTime < b.departTime ? -1 : 1,
  )
}

const spreadOfSamples = (s: readonly DoorSample[]) =>
  spreadOf(s.map((x) => ({ date: x.date, value: x.minutes })))

/** Null when the direction has no timed trip. */
export function doorToDoor(
  trips: readonly Trip[],
  direction: CommuteDirection,
  w: DateWindow,
): DoorToDoor | null {
  const { items, window } = applyWindow(doorSamples(trips, direction), w)
  if (items.length === 0) return null
  const weekdays: DoorToDoor['weekdays'] = []
  for (let d = 1; d <= 7; d++) {
    const day = items.filter((s) => s.weekday === d)
    if (day.length >= MIN_PER_WEEKDAY) {
      weekdays.push({ weekday: d as Weekday, spread: spreadOfSamples(day) })
    }
  }
  return { direction, window, samples: items, all: spreadOfSamples(items), weekdays }
}

/** The samples and figures for one weekday: its own when it has enough trips, else all days. */
export function forWeekday(
  d: DoorToDoor,
  weekday: Weekday,
): { basis: Weekday | 'allDays'; samples: DoorSample[]; spread: Spread } {
  const own = d.weekdays.find((w) => w.weekday === weekday)
  return own
    ? {
        basis: weekday,
        samples: d.samples.filter((s) => s.weekday === weekday),
        spread: own.spread,
      }
    : { basis: 'allDays', samples: d.samples, spread: d.all }
}
