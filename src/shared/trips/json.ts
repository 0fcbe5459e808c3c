// Trips as JSON with full fidelity, in a versioned envelope so a later version can read (and
// upgrade) what this one wrote.
import { documentKind, nestsDeeperThan } from '../files/kind'
import { compareChronological } from './filter'
import type { Candidate, Progress, ReadResult } from './import-types'
import type { Trip } from './schema'
import { checkTrip } from './validate'

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
    trips: [...trips].sort(compareChronological),
  }
  return JSON.stringify(envelope, null, 2) + '\n'
}

/** How many items are checked between two progress calls. */
const PROGRESS_EVERY = 2000

export async function readTripsJson(
  text: string,
  ctx: { tomorrow: string; progress?: Progress },
): Promise<ReadResult> {
  let data: unknown
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch {
    return { ok: false, error: { message: 'import.badJson' } }
  }
  if (nestsDeeperThan(data)) return { ok: false, error: { message: 'import.tooDeep' } }
  const kind = documentKind(data)
  if (kind !== 'trips')
    return { ok: false, error: { message: 'import.notTripsFile', params: { kind } } }
  const { version, trips } = data as { version?: unknown; trips?: unknown }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { message: 'import.badTripsFile', params: { field: 'version' } } }
  if (version > TRIPS_JSON_VERSION)
    return { ok: false, error: { message: 'import.newerVersion', params: { version } } }
  if (!Array.isArray(trips))
    return { ok: false, error: { message: 'import.badTripsFile', params: { field: 'trips' } } }
  const candidates: Candidate[] = []
  for (let i = 0; i < trips.length; i++) {
    if (ctx.progress && i % PROGRESS_EVERY === 0) await ctx.progress(i, trips.length)
    const at = i + 1
    const r = checkTrip(trips[i], ctx.tomorrow)
    candidates.push(
      r.ok
        ? { at, trip: r.value }
        : { at, issues: r.issues.map((x) => ({ at, field: x.path, message: x.message })) },
    )
  }
  return { ok: true, source: { format: 'json', unit: 'item', candidates, ignoredColumns: [] } }
}
