// Import: read a picked file (CSV or JSON), then preview what would happen against the trips
// already stored: new, duplicate (by the rule in identity.ts) or invalid with reasons.
import { decodeText } from '../csv/decode'
import { binaryKind } from '../files/kind'
import type { CardRef } from './csv-export'
import { readTripsCsv } from './csv-import'
import { TripMatcher, type DuplicateReason } from './identity'
import type { Candidate, Progress, ReadResult, RowIssue } from './import-types'
import { readTripsJson } from './json'
import type { Trip } from './schema'

export type {
  Candidate,
  FileError,
  ImportSource,
  Progress,
  ReadResult,
  RowIssue,
} from './import-types'

/** Large enough for 100,000 multi-leg trips as CSV. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/**
 * More trips than a lifetime of commuting: there and back every day of the year for 50 years. A
 * file holding more is most likely not (only) the user's own log, and the preview says so.
 */
export const LIFETIME_TRIPS = 2 * 365 * 50

export interface ImportContext {
  cards: readonly CardRef[]
  tomorrow: string
  now?: Date
  newId?: () => string
  /** Awaited every few thousand rows while a large file is checked. */
  progress?: Progress
}

function looksLikeJson(name: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(name)) return true
  if (/\.(csv|txt|tsv)$/i.test(name)) return false
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++
  return bytes[i] === 0x7b // '{'
}

export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  ctx: ImportContext,
): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: { message: 'import.empty' } }
  const binary = binaryKind(bytes)
  if (binary) return { ok: false, error: { message: 'import.notText', params: { kind: binary } } }
  if (looksLikeJson(name, bytes)) return readTripsJson(decodeText(bytes).text, ctx)
  return readTripsCsv(bytes, ctx)
}

export interface ImportPreview {
  fresh: Trip[]
  duplicates: { at: number; trip: Trip; reason: DuplicateReason }[]
  invalid: { at: number; issues: RowIssue[] }[]
}

/**
 * Sorts candidates into new, duplicate and invalid (identity.ts). `existing` must hold every stored
 * trip that could match: those with the candidates' ids and those on the candidates' dates.
 */
export function previewImport(
  candidates: readonly Candidate[],
  existing: Iterable<Trip>,
): ImportPreview {
  const ids = new Set<string>()
  for (const c of candidates) if (c.trip) ids.add(c.trip.id)
  const matcher = new TripMatcher(existing, ids)
  const preview: ImportPreview = { fresh: [], duplicates: [], invalid: [] }
  for (const c of candidates) {
    if (c.trip === undefined) {
      preview.invalid.push({ at: c.at, issues: c.issues })
      continue
    }
    const reason = matcher.match(c.trip)
    if (reason) preview.duplicates.push({ at: c.at, trip: c.trip, reason })
    else preview.fresh.push(c.trip)
  }
  return preview
}

/** What the database must load to preview these candidates: their ids and their date span. */
export function lookupKeys(candidates: readonly Candidate[]): {
  ids: string[]
  from: string
  to: string
} | null {
  const ids: string[] = []
  let from = ''
  let to = ''
  for (const c of candidates) {
    if (!c.trip) continue
    ids.push(c.trip.id)
    if (from === '' || c.trip.date < from) from = c.trip.date
    if (to === '' || c.trip.date > to) to = c.trip.date
  }
  return ids.length === 0 ? null : { ids, from, to }
}
