// Reads for the user's own figures (src/shared/personal). A figure is over the window's trips
// (the 180 days before today) unless fewer than five fall in it; so the window is read first, by
// one range of the date index, and the rest of the log only when a figure asks for it.
import { useLiveQuery } from 'dexie-react-hooks'
import { subMonths } from 'date-fns'
import { parseDate, TIME_RE, toDateString } from '@shared/calendar/dates'
import {
  doorFigures,
  latenessByMonth,
  needsAllTrips,
  routeFigures,
  targetKey,
  windowBefore,
  type CommuteDirection,
  type DoorFigures,
  type LegTarget,
  type Matcher,
  type MonthLateness,
  type RouteFigures,
} from '@shared/personal'
import type { Trip } from '@shared/trips/schema'
import { db, type HujiaDb } from './db'
import { listTemplates } from './templates'

/** Trips dated in the window before `today`, by one range of the date index. */
export function windowTrips(today: string, database: HujiaDb = db): Promise<Trip[]> {
  const w = windowBefore(today)
  return database.trips.where('date').between(w.from, w.to, true, true).toArray()
}

/** Every trip outside that window: older ones, and today's (and tomorrow's). */
export async function otherTrips(today: string, database: HujiaDb = db): Promise<Trip[]> {
  const w = windowBefore(today)
  const [older, newer] = await Promise.all([
    database.trips.where('date').below(w.from).toArray(),
    database.trips.where('date').above(w.to).toArray(),
  ])
  return older.concat(newer)
}

/**
 * Computes figures from the window's trips, and again from the whole log when `needsAll` says a
 * figure found too few there. Returns the result and whether the whole log was read.
 */
export async function readPersonal<R>(
  today: string,
  compute: (trips: readonly Trip[]) => R,
  needsAll: (result: R) => boolean,
  database: HujiaDb = db,
): Promise<{ result: R; readAll: boolean }> {
  const recent = await windowTrips(today, database)
  const first = compute(recent)
  if (!needsAll(first)) return { result: first, readAll: false }
  const rest = await otherTrips(today, database)
  return { result: compute(recent.concat(rest)), readAll: true }
}

export interface Targets {
  toWork: string | null
  toHome: string | null
}

/** A stored target time, or null when it is unset or not a time (a hand-edited backup). */
const asTime = (v: unknown): string | null => (typeof v === 'string' && TIME_RE.test(v) ? v : null)

export async function getTargets(database: HujiaDb = db): Promise<Targets> {
  const [work, home] = await database.settings.bulkGet(['targetArriveWork', 'targetArriveHome'])
  return { toWork: asTime(work?.value), toHome: asTime(home?.value) }
}

export function useTargets(): Targets | undefined {
  return useLiveQuery(() => getTargets(), [])
}

export interface CommuteFigures {
  toWork: DoorFigures
  toHome: DoorFigures
  targets: Targets
}

/** Door to door and leave-by for both directions (the home screen). */
export async function commuteFigures(
  today: string,
  database: HujiaDb = db,
): Promise<CommuteFigures> {
  const targets = await getTargets(database)
  const { result } = await readPersonal(
    today,
    (trips) => ({
      toWork: doorFigures(trips, 'toWork', targets.toWork, today),
      toHome: doorFigures(trips, 'toHome', targets.toHome, today),
    }),
    (r) => needsAllTrips(r.toWork) || needsAllTrips(r.toHome),
    database,
  )
  return { ...result, targets }
}

/** Null while loading, and while `today` is null (not asked yet). */
export function useCommuteFigures(today: string | null): CommuteFigures | null {
  return useLiveQuery(() => (today ? commuteFigures(today) : null), [today], null)
}

export interface RouteFiguresQuery {
  matcher: Matcher
  direction: CommuteDirection
  legs: readonly LegTarget[]
  today: string
}

/**
 * Everything the route screen shows from the log, for one direction, and whether the whole log
 * had to be read (the benchmark times the same reads alone).
 */
export async function readRouteFigures(
  q: RouteFiguresQuery,
  database: HujiaDb = db,
): Promise<{ result: RouteFigures; readAll: boolean }> {
  const [targets, templates] = await Promise.all([getTargets(database), listTemplates(database)])
  const target = q.direction === 'toWork' ? targets.toWork : targets.toHome
  return readPersonal(
    q.today,
    (trips) => routeFigures({ ...q, trips, templates, target }),
    needsAllTrips,
    database,
  )
}

/** Null while loading; recomputed when the log, the saved commutes or the targets change. */
export function useRouteFigures(q: RouteFiguresQuery | null): RouteFigures | null {
  const key = q ? `${q.direction}|${q.today}|${q.legs.map(targetKey).join(';')}` : ''
  // The query is rebuilt on every render; `key` and the matcher say when it really changed.
  return useLiveQuery(
    async () => (q ? (await readRouteFigures(q)).result : null),
    [key, q?.matcher],
    null,
  )
}

/** How many months the statistics' late-arrival table covers, this one included. */
export const LATENESS_MONTHS = 12

export interface LatenessFigures {
  from: string
  toWork: MonthLateness[] | null
  toHome: MonthLateness[] | null
}

/** Late arrivals per month over the last twelve months, for each direction with a target. */
export async function latenessFigures(
  today: string,
  database: HujiaDb = db,
): Promise<LatenessFigures> {
  const from = `${toDateString(subMonths(parseDate(today), LATENESS_MONTHS - 1)).slice(0, 7)}-01`
  const [targets, trips] = await Promise.all([
    getTargets(database),
    database.trips.where('date').between(from, today, true, true).toArray(),
  ])
  return {
    from,
    toWork: targets.toWork ? latenessByMonth(trips, 'toWork', targets.toWork) : null,
    toHome: targets.toHome ? latenessByMonth(trips, 'toHome', targets.toHome) : null,
  }
}

export function useLateness(today: string): LatenessFigures | null {
  return useLiveQuery(() => latenessFigures(today), [today], null)
}
