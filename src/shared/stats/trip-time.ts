// How long a trip took. Door-to-door times (depart → arrive) beat the sum of leg minutes, which
// misses waits and transfers; the source is reported so the UI can say which was used.
import { durationMinutes } from '../calendar/dates'
import type { Trip } from '../trips/schema'

export const TIME_SOURCES = ['times', 'legs', 'partialLegs', 'none'] as const
/**
 * - times: departure and arrival times were both logged (a trip past midnight counts on).
 * - legs: no door-to-door times, every leg has minutes; their sum is used.
 * - partialLegs: some legs have minutes; their sum is a lower bound.
 * - none: nothing to go on.
 */
export type TimeSource = (typeof TIME_SOURCES)[number]

export interface TripTime {
  minutes: number
  source: TimeSource
}

export function tripTime(trip: Pick<Trip, 'departTime' | 'arriveTime' | 'legs'>): TripTime {
  if (trip.departTime && trip.arriveTime) {
    return { minutes: durationMinutes(trip.departTime, trip.arriveTime), source: 'times' }
  }
  let minutes = 0
  let known = 0
  for (const leg of trip.legs) {
    if (leg.minutes !== null) {
      minutes += leg.minutes
      known++
    }
  }
  if (known === 0) return { minutes: 0, source: 'none' }
  return { minutes, source: known === trip.legs.length ? 'legs' : 'partialLegs' }
}
