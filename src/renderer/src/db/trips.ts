// The trip log in Dexie. Every write checks the trip first and writes nothing when it is bad;
// multi-trip writes are one transaction. Reads go through the `date` index.
import { useEffect, useRef, useState } from 'react'
import Dexie, { type ObservabilitySet } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { tomorrow as tomorrowOf } from '@shared/calendar/dates'
import { planBulkEntry, type BulkPlan, type BulkPlanError } from '@shared/trips/bulk'
import { checkTrip, type FieldIssue } from '@shared/trips/validate'
import { tidyDraft, type TripDraft } from '@shared/trips/draft'
import { compareNewestFirst } from '@shared/trips/filter'
import {
  lookupKeys,
  previewImport,
  type Candidate,
  type ImportPreview,
  type Progress,
} from '@shared/trips/import'
import { tripOnDate } from '@shared/trips/quick-entry'
import type { CommuteTemplate, Trip } from '@shared/trips/schema'
import { db, type HujiaDb } from './db'
import { loadWorkCalendars } from './work-calendars'

/** Thrown when a trip does not validate; `issues` name fields ('legs.0.fareFen') and i18n keys. */
export class TripValidationError extends Error {
  constructor(public readonly issues: FieldIssue[]) {
    super(`invalid trip: ${issues.map((i) => `${i.path} ${i.message}`).join(', ')}`)
    this.name = 'TripValidationError'
  }
}

/**
 * Thrown when a trip being edited is no longer stored: deleted in another window (or, with sync,
 * on another device) while the form was open. The edit is not lost: the caller may offer to save
 * it as a new trip (addTrip).
 */
export class TripGoneError extends Error {
  constructor(public readonly id: string) {
    super(`trip ${id} no longer exists`)
    this.name = 'TripGoneError'
  }
}

/** Past every date a trip may have; the open end of a date range. */
const END_OF_DATES = '9999-12-31'

/** The trip as it may be stored, or a TripValidationError naming what is wrong. */
export function checked(trip: Trip, now: Date): Trip {
  const r = checkTrip(trip, tomorrowOf(now))
  if (!r.ok) throw new TripValidationError(r.issues)
  return r.value
}

export async function addTrip(
  draft: TripDraft,
  database: HujiaDb = db,
  now = new Date(),
): Promise<Trip> {
  const at = now.toISOString()
  const trip = checked(
    { ...tidyDraft(draft), id: crypto.randomUUID(), createdAt: at, updatedAt: at },
    now,
  )
  await database.trips.add(trip)
  return trip
}

export async function updateTrip(
  id: string,
  draft: TripDraft,
  database: HujiaDb = db,
  now = new Date(),
): Promise<Trip> {
  return database.transaction('rw', database.trips, async () => {
    const old = await database.trips.get(id)
    if (!old) throw new TripGoneError(id)
    const trip = checked(
      { ...tidyDraft(draft), id, createdAt: old.createdAt, updatedAt: now.toISOString() },
      now,
    )
    await database.trips.put(trip)
    return trip
  })
}

/** Deletes a trip and returns it, so the caller can offer an undo (restoreTrip). */
export async function deleteTrip(id: string, database: HujiaDb = db): Promise<Trip | undefined> {
  return database.transaction('rw', database.trips, async () => {
    const old = await database.trips.get(id)
    await database.trips.delete(id)
    return old
  })
}

/** Removes several trips in one transaction: the undo of a bulk entry or an import. */
export async function deleteTrips(ids: readonly string[], database: HujiaDb = db): Promise<void> {
  await database.transaction('rw', database.trips, () => database.trips.bulkDelete([...ids]))
}

/** Puts a deleted trip back exactly as it was. */
export async function restoreTrip(trip: Trip, database: HujiaDb = db): Promise<void> {
  await database.trips.put(trip)
}

/** Adds finished trips (bulk entry, tests) in one transaction; all are checked first. */
export async function addTrips(
  trips: readonly Trip[],
  database: HujiaDb = db,
  now = new Date(),
): Promise<void> {
  const ok = trips.map((t) => checked(t, now))
  await database.transaction('rw', database.trips, () => database.trips.bulkAdd(ok))
}

/** Logs a saved commute for `date` (today by default): the one-click entry. */
export async function logTemplate(
  template: CommuteTemplate,
  date: string,
  database: HujiaDb = db,
  now = new Date(),
): Promise<Trip> {
  const trip = checked(tripOnDate(template, date, { now }), now)
  await database.trips.add(trip)
  return trip
}

export type BulkResult = { ok: true; plan: BulkPlan } | { ok: false; error: BulkPlanError }

/**
 * Logs a saved commute on every working day from `from` to `to`: plans against the trips already
 * in the range and writes, both inside one transaction.
 */
export async function bulkLogTemplate(
  template: CommuteTemplate,
  from: string,
  to: string,
  database: HujiaDb = db,
  now = new Date(),
): Promise<BulkResult> {
  // The pack's holiday arrangements count too (read first: no other async work in the transaction).
  await loadWorkCalendars(database)
  return database.transaction('rw', database.trips, async () => {
    const existing =
      from <= to ? await database.trips.where('date').between(from, to, true, true).toArray() : []
    const r = planBulkEntry({ template, from, to, tomorrow: tomorrowOf(now), existing }, { now })
    if (!r.ok) return r
    await database.trips.bulkAdd(r.plan.trips.map((t) => checked(t, now)))
    return r
  })
}

/** Trips from `from` to `to` ('' = open), newest first, by one range scan of the date index. */
export async function tripsInRange(
  from: string,
  to: string,
  database: HujiaDb = db,
): Promise<Trip[]> {
  const lo = from || ''
  const hi = to || END_OF_DATES
  if (lo > hi) return []
  const trips = await database.trips.where('date').between(lo, hi, true, true).reverse().toArray()
  // Already newest day first; this orders trips within a day (TimSort keeps the runs cheap).
  return trips.sort(compareNewestFirst)
}

/** Trips per read of the list: the newest page shows at once, however long the log. */
const PAGE_TRIPS = 1000

/**
 * Reads the trips from `from` to `to` ('' = open) newest first, a page at a time, handing each
 * page (newest first, whole days only) to `onPage` with the oldest date read so far. Reading a
 * 600,000-trip log takes most of a minute: the list shows the first page at once and the rest as
 * it comes. Stops early when `stopped()` turns true.
 */
export async function readTripsNewestFirst(
  from: string,
  to: string,
  onPage: (page: Trip[], oldestDate: string) => void,
  stopped: () => boolean = () => false,
  database: HujiaDb = db,
): Promise<void> {
  const lo = from || ''
  let hi = to || END_OF_DATES
  let hiOpen = false
  while (lo <= hi && !stopped()) {
    const range = database.trips.where('date').between(lo, hi, true, !hiOpen)
    let page = await range.reverse().limit(PAGE_TRIPS).toArray()
    const last = page.length === PAGE_TRIPS
    const oldest = page[page.length - 1]?.date
    if (oldest === undefined) return
    // A full page may end part-way through a day: read that day whole.
    if (last) {
      const day = await database.trips.where('date').equals(oldest).toArray()
      page = [...page.filter((t) => t.date !== oldest), ...day]
    }
    if (stopped()) return
    onPage(page.sort(compareNewestFirst), oldest)
    if (!last) return
    hi = oldest
    hiOpen = true
  }
}

const TRIPS_CHANGED = `idb://${db.name}/trips/`
const LIST_UPDATE_MS = 250

export interface TripsInRange {
  /** Newest first; undefined until the first page is read. */
  trips: Trip[] | undefined
  /** False while older trips are still being read (totals are then partial). */
  complete: boolean
}

/**
 * Live trips for the list, read page by page (readTripsNewestFirst) so the first rows show at
 * once whatever the size of the log. After a change, the list read before stays on screen and is
 * replaced from the newest day down as the new read goes.
 */
export function useTripsInRange(from: string, to: string): TripsInRange {
  const [state, setState] = useState<TripsInRange & { range: string }>({
    range: '',
    trips: undefined,
    complete: false,
  })
  const shown = useRef(state)
  useEffect(() => {
    shown.current = state
  })
  const [version, setVersion] = useState(0)

  useEffect(() => {
    const changed = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((k) => k.startsWith(TRIPS_CHANGED))) setVersion((v) => v + 1)
    }
    Dexie.on('storagemutated', changed)
    return () => Dexie.on.storagemutated.unsubscribe(changed)
  }, [])

  useEffect(() => {
    let stopped = false
    const range = `${from}|${to}`
    const before = shown.current.range === range ? (shown.current.trips ?? []) : []
    const read: Trip[] = []
    let lastUpdate = -Infinity
    void readTripsNewestFirst(
      from,
      to,
      (page, oldest) => {
        for (const t of page) read.push(t)
        const now = performance.now()
        if (now - lastUpdate < LIST_UPDATE_MS) return
        lastUpdate = now
        // What is read so far, then what was shown before for the older days.
        const older = before.filter((t) => t.date < oldest)
        setState({ range, trips: read.concat(older), complete: false })
      },
      () => stopped,
    ).then(
      () => {
        if (!stopped) setState({ range, trips: read.slice(), complete: true })
      },
      (e: unknown) => console.error('reading the trip list', e),
    )
    return () => {
      stopped = true
    }
  }, [from, to, version])

  // Another range's trips are never shown as this one's.
  if (state.range !== `${from}|${to}`) return { trips: undefined, complete: false }
  return { trips: state.trips, complete: state.complete }
}

/** The newest trip in the log (by date, then departure), for "repeat the last trip". */
export async function lastTrip(database: HujiaDb = db): Promise<Trip | undefined> {
  const newest = await database.trips.orderBy('date').last()
  if (!newest) return undefined
  const sameDay = await database.trips.where('date').equals(newest.date).toArray()
  return sameDay.sort(compareNewestFirst)[0]
}

export function useLastTrip(): Trip | null | undefined {
  return useLiveQuery(async () => (await lastTrip()) ?? null, [])
}

/** How many recent trips feed the place suggestions. */
const SUGGESTION_TRIPS = 500

/** Places and lines the user has typed lately, most used first. */
export async function recentPlaces(
  database: HujiaDb = db,
): Promise<{ places: string[]; lines: string[] }> {
  const recent = await database.trips.orderBy('date').reverse().limit(SUGGESTION_TRIPS).toArray()
  const places = new Map<string, number>()
  const lines = new Map<string, number>()
  const bump = (m: Map<string, number>, k: string): void => {
    if (k) m.set(k, (m.get(k) ?? 0) + 1)
  }
  for (const t of recent)
    for (const l of t.legs) {
      bump(places, l.from)
      bump(places, l.to)
      bump(lines, l.line)
    }
  const byUse = (m: Map<string, number>): string[] =>
    [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k)
  return { places: byUse(places), lines: byUse(lines) }
}

/** The stored trips an import could collide with: same ids, or dates in the file's span. */
async function importNeighbours(
  candidates: readonly Candidate[],
  database: HujiaDb,
): Promise<Trip[]> {
  const keys = lookupKeys(candidates)
  if (!keys) return []
  // Only ids already stored are fetched: a bulkGet of every id in a 100,000-row file is 100,000
  // separate IndexedDB reads.
  const [inSpan, storedIds] = await Promise.all([
    database.trips.where('date').between(keys.from, keys.to, true, true).toArray(),
    database.trips.toCollection().primaryKeys(),
  ])
  const stored = new Set<string>(storedIds)
  const sameId = await database.trips.bulkGet(keys.ids.filter((id) => stored.has(id)))
  const out = inSpan
  for (const t of sameId) if (t && (t.date < keys.from || t.date > keys.to)) out.push(t)
  return out
}

/** What an import would do, without writing. Two reads, whatever the file's size. */
export async function previewTripImport(
  candidates: readonly Candidate[],
  database: HujiaDb = db,
): Promise<ImportPreview> {
  return previewImport(candidates, await importNeighbours(candidates, database))
}

/** Trips written per bulkAdd in a long import, between two progress reports. */
const COMMIT_CHUNK = 5000

/**
 * Writes an import's new trips in one transaction, judging duplicates again inside it (the log may
 * have changed since the preview). Returns what was written and what was skipped. `progress` runs
 * between chunks, inside the transaction: it must return at once (a wait for a timer or a frame
 * would let IndexedDB commit the transaction half-way); the page repaints while each chunk is
 * being written. When it throws (the user cancelled) the transaction aborts: nothing is written.
 */
export async function commitTripImport(
  candidates: readonly Candidate[],
  database: HujiaDb = db,
  progress?: Progress,
): Promise<ImportPreview> {
  return database.transaction('rw', database.trips, async () => {
    const preview = previewImport(candidates, await importNeighbours(candidates, database))
    const fresh = preview.fresh
    for (let i = 0; i < fresh.length; i += COMMIT_CHUNK) {
      if (progress) await progress(i, fresh.length)
      await database.trips.bulkAdd(fresh.slice(i, i + COMMIT_CHUNK))
    }
    return preview
  })
}

export async function tripCount(database: HujiaDb = db): Promise<number> {
  return database.trips.count()
}
