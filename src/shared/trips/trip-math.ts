// Time and money of a trip. Fares are integer fen; durations are whole minutes.
import { durationMinutes } from '../calendar/dates'
import { tripFareFen, type Leg, type Trip } from './schema'

export { tripFareFen }

/** Door-to-door minutes from depart and arrive (crossing midnight counts forward), else null. */
export function tripDoorMinutes(t: Pick<Trip, 'departTime' | 'arriveTime'>): number | null {
  if (t.departTime === null || t.arriveTime === null) return null
  return durationMinutes(t.departTime, t.arriveTime)
}

/** The sum of the legs' minutes, or null when no leg has minutes. */
export function legMinutesTotal(legs: readonly Leg[]): number | null {
  let total: number | null = null
  for (const l of legs) if (l.minutes !== null) total = (total ?? 0) + l.minutes
  return total
}

/**
 * The trip's time: door to door when both times are known (it includes waiting and transfers),
 * otherwise the sum of the legs' minutes.
 */
export function tripMinutes(t: Pick<Trip, 'departTime' | 'arriveTime' | 'legs'>): number | null {
  return tripDoorMinutes(t) ?? legMinutesTotal(t.legs)
}

export interface TripTotals {
  trips: number
  fareFen: number
  /** Minutes of the trips whose time is known. */
  minutes: number
  /** How many trips had no time to count. */
  untimed: number
}

export function tripTotals(trips: Iterable<Trip>): TripTotals {
  const totals: TripTotals = { trips: 0, fareFen: 0, minutes: 0, untimed: 0 }
  for (const t of trips) {
    totals.trips++
    totals.fareFen += tripFareFen(t)
    const m = tripMinutes(t)
    if (m === null) totals.untimed++
    else totals.minutes += m
  }
  return totals
}

/** 135 → { hours: 2, minutes: 15 } for "2 h 15 min". */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 }
}
