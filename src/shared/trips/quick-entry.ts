// Trips made from other trips: a saved commute logged for a day, "repeat the last trip",
// "duplicate", and a saved commute made from a trip.
import { bodyOf } from './draft'
import type { CommuteTemplate, Trip, TripBody } from './schema'

export interface NewRecordOptions {
  now?: Date
  newId?: () => string
}

function stamp(opts: NewRecordOptions): { id: string; at: string } {
  return {
    id: (opts.newId ?? (() => crypto.randomUUID()))(),
    at: (opts.now ?? new Date()).toISOString(),
  }
}

/** A new trip on `date` with the body of `source` (a saved commute or an earlier trip). */
export function tripOnDate(source: TripBody, date: string, opts: NewRecordOptions = {}): Trip {
  const { id, at } = stamp(opts)
  return { ...bodyOf(source), id, date, createdAt: at, updatedAt: at }
}

export function templateFromTrip(
  trip: TripBody,
  name: string,
  order: number,
  opts: NewRecordOptions = {},
): CommuteTemplate {
  const { id, at } = stamp(opts)
  return { ...bodyOf(trip), id, name, order, createdAt: at }
}

/** Saved commutes in the order the user arranged them (ties: oldest first). */
export function sortTemplates<T extends Pick<CommuteTemplate, 'order' | 'createdAt'>>(
  templates: readonly T[],
): T[] {
  return [...templates].sort(
    (a, b) =>
      a.order - b.order || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  )
}

/** The order for a commute saved after all others. */
export function nextTemplateOrder(templates: readonly Pick<CommuteTemplate, 'order'>[]): number {
  return templates.reduce((max, t) => Math.max(max, t.order + 1), 0)
}
