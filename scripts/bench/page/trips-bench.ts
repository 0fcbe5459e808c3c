// Seeding the trips table, and timing the CSV import against the raw Dexie floor.
import { pacedProgress } from '@renderer/app/paced'
import { listCards } from '@renderer/db/cards'
import { db } from '@renderer/db/db'
import { commitTripImport, previewTripImport } from '@renderer/db/trips'
import { tomorrow } from '@shared/calendar/dates'
import { csvBytes, tripsToCsv } from '@shared/trips/csv-export'
import { readImportFile } from '@shared/trips/import'
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
  const read = await readImportFile(importFile.name, importFile.bytes, {
    cards,
    tomorrow: tomorrow(),
  })
  if (!read.ok) throw new Error(`the generated CSV does not read: ${read.error.message}`)
  parsed = read.source.candidates.flatMap((c) => (c.trip ? [c.trip] : []))
  if (parsed.length !== count)
    throw new Error(`${count - parsed.length} generated trips are invalid`)
  return importFile.bytes.length
}

/**
 * One end-to-end import into an empty log, as the import dialog (features/trips/import-dialog.tsx)
 * runs it, progress reports included: read and validate the file, preview it against the log,
 * commit it. The parts are returned too, to show where the time goes.
 */
async function importOnce(): Promise<{
  ms: number
  readMs: number
  previewMs: number
  commitMs: number
  written: number
}> {
  if (!importFile) throw new Error('prepareImport first')
  await resetTrips()
  const t0 = performance.now()
  const read = await readImportFile(importFile.name, importFile.bytes, {
    cards: await listCards(),
    tomorrow: tomorrow(),
    progress: pacedProgress(() => {}),
  })
  if (!read.ok) throw new Error(read.error.message)
  const t1 = performance.now()
  await previewTripImport(read.source.candidates)
  const t2 = performance.now()
  const written = await commitTripImport(read.source.candidates, undefined, () => {})
  const t3 = performance.now()
  if (written.fresh.length !== (await db.trips.count()))
    throw new Error('the import wrote other trips than it reports')
  return {
    ms: t3 - t0,
    readMs: t1 - t0,
    previewMs: t2 - t1,
    commitMs: t3 - t2,
    written: written.fresh.length,
  }
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

export const tripsApi = {
  seedTrips,
  prepareImport,
  importOnce,
  rawBulkAddOnce,
  tripCount: () => db.trips.count(),
}
