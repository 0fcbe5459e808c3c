// The statistics screens read trips through the `date` index: a period's trips come back in one
// indexed range scan (already in date order), never by filtering the whole table.
import { useLiveQuery } from 'dexie-react-hooks'
import { compareChronological } from '@shared/trips/filter'
import type { Trip } from '@shared/trips/schema'
import type { UserCard } from '@shared/cards/schema'
import { db, type HujiaDb } from './db'

/** Trips dated from `from` to `to`, both included, in date order. */
export async function tripsBetween(
  from: string,
  to: string,
  database: HujiaDb = db,
): Promise<Trip[]> {
  if (from > to) return []
  return database.trips.where('date').between(from, to, true, true).toArray()
}

/** One day's trips, earliest departure first (untimed trips last). */
export async function tripsOn(date: string, database: HujiaDb = db): Promise<Trip[]> {
  const trips = await database.trips.where('date').equals(date).toArray()
  return trips.sort(compareChronological)
}

/** The first and last trip dates in the log, or null when it is empty. */
export async function tripDateSpan(
  database: HujiaDb = db,
): Promise<{ first: string; last: string } | null> {
  const [first, last] = await Promise.all([
    database.trips.orderBy('date').first(),
    database.trips.orderBy('date').last(),
  ])
  return first && last ? { first: first.date, last: last.date } : null
}

/** Live trips of a range; null while loading. */
export function useTripsBetween(from: string, to: string): Trip[] | null {
  return useLiveQuery(() => tripsBetween(from, to), [from, to], null)
}

export function useTripsOn(date: string): Trip[] | null {
  return useLiveQuery(() => tripsOn(date), [date], null)
}

export function useTripDateSpan(): { first: string; last: string } | null | undefined {
  return useLiveQuery(() => tripDateSpan(), [], undefined)
}

/** The user's cards by id, for naming spending per card. */
export function useCardsById(): Map<string, UserCard> | null {
  return useLiveQuery(
    async () => new Map((await db.cards.toArray()).map((c) => [c.id, c])),
    [],
    null,
  )
}
