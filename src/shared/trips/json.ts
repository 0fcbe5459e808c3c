// Trips as JSON with full fidelity, in a versioned envelope so a later version can read (and
// upgrade) what this one wrote.
import { checkTrip } from './check'
import { compareNewestFirst } from './filter'
import type { Candidate, ReadResult } from './import-types'
import type { Trip } from './schema'

export const TRIPS_JSON_FORMAT = 'hujia-commute/trips'
export const TRIPS_JSON_VERSION = 1

export interface TripsJson {
  format: typeof TRIPS_JSON_FORMAT
  version: number
  exportedAt: string
  /** The date range the user exported, or null for everything. */
  range: { from: string; to: string } | null
  trips: Trip[]
}

export function tripsToJson(
  trips: readonly Trip[],
  opts: { exportedAt: string; range: TripsJson['range'] },
): string {
  const envelope: TripsJson = {
    format: TRIPS_JSON_FORMAT,
    version: TRIPS_JSON_VERSION,
    exportedAt: opts.exportedAt,
    range: opts.range,
    trips: [...trips].sort((a, b) => compareNewestFirst(b, a)),
  }
  return JSON.stringify(envelope, null, 2) + '\n'
}

export function readTripsJson(text: string, tomorrow: string): ReadResult {
  let data: unknown
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return { ok: false, error: { message: 'import.badJson' } }
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== TRIPS_JSON_FORMAT
  )
    return { ok: false, error: { message: 'import.notTripsFile' } }
  const { version, trips } = data as { version?: unknown; trips?: unknown }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { message: 'import.notTripsFile' } }
  if (version > TRIPS_JSON_VERSION)
    return { ok: false, error: { message: 'import.newerVersion', params: { version } } }
  if (!Array.isArray(trips)) return { ok: false, error: { message: 'import.notTripsFile' } }
  const candidates: Candidate[] = trips.map((raw: unknown, i) => {
    const at = i + 1
    const r = checkTrip(raw, tomorrow)
    if (r.ok) return { at, trip: r.value }
    return { at, issues: r.issues.map((x) => ({ at, field: x.path, message: x.message })) }
  })
  return { ok: true, source: { format: 'json', unit: 'item', candidates, ignoredColumns: [] } }
}
