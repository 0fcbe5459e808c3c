// Seeding the trips table, and timing the CSV import against the raw Dexie floor.
import { db } from '@renderer/db/db'
import { tomorrow } from '@shared/calendar/dates'
import { csvBytes, tripsToCsv } from '@shared/trips/csv'
import { lookupKeys, previewImport, readImportFile } from '@shared/trips/import'
import type { Trip } from '@shared/trips/schema'
import { BENCH_CARD, generateTrips } from './generate'

const cards = [BENCH_CARD]
let importFile: { name: string; bytes: Uint8Array } | null = null
let parsed: Trip[] = []

async function resetTrips(): Promise<void> {
  await db.transaction('rw', db.trips, db.cards, async () => {
    await db.trips.clear()
    await db.cards.clear()
    await db.cards.put(BENCH_CARD)
  })
}

/** Replaces the log with `count` generated trips; returns how many are stored. */
async function seedTrips(count: number, from: string, to: string): Promise<number> {
  await resetTrips()
  const trips = generateTrips(count, from, to)
  for (let i = 0; i < trips.length; i += 20_000) {
    await db.trips.bulkAdd(trips.slice(i, i + 20_000))
  }
  return db.trips.count()
}

/** Generates the CSV to import, written by the app's own export; keeps its records for the floor. */
async function prepareImport(count: number, from: string, to: string): Promise<number> {
  const csv = tripsToCsv(generateTrips(count, from, to, 7), cards)
  importFile = { name: 'trips.csv', bytes: csvBytes(csv) }
  const read = readImportFile(importFile.name, importFile.bytes, { cards, tomorrow: tomorrow() })
  if (!read.ok) throw new Error(`the generated CSV does not read: ${read.error.message}`)
  parsed = read.source.candidates.flatMap((c) => (c.trip ? [c.trip] : []))
  if (parsed.length !== count) throw new Error(`${count - parsed.length} generated trips are invalid`)
  return importFile.bytes.length
}

/** One end-to-end import into an empty log: read, validate, look for duplicates, write. */
async function importOnce(): Promise<{ ms: number; written: number }> {
  if (!importFile) throw new Error('prepareImport first')
  await resetTrips()
  const t0 = performance.now()
  // TODO(bench): switch to the trips feature's import function once db/trips.ts lands.
  const read = readImportFile(importFile.name, importFile.bytes, {
    cards: await db.cards.toArray(),
    tomorrow: tomorrow(),
  })
  if (!read.ok) throw new Error(read.error.message)
  const keys = lookupKeys(read.source.candidates)
  const existing = keys ? await db.trips.where('date').between(keys.from, keys.to, true, true).toArray() : []
  const preview = previewImport(read.source.candidates, existing)
  await db.transaction('rw', db.trips, () => db.trips.bulkAdd(preview.fresh))
  const ms = performance.now() - t0
  return { ms, written: await db.trips.count() }
}

/** The floor: Dexie bulkAdd of the same records, already parsed, into an empty log. */
async function rawBulkAddOnce(): Promise<{ ms: number; written: number }> {
  if (parsed.length === 0) throw new Error('prepareImport first')
  await resetTrips()
  const t0 = performance.now()
  await db.trips.bulkAdd(parsed)
  const ms = performance.now() - t0
  return { ms, written: await db.trips.count() }
}

export const tripsApi = { seedTrips, prepareImport, importOnce, rawBulkAddOnce, tripCount: () => db.trips.count() }
