import { describe, expect, it } from 'vitest'
import { lookupKeys, previewImport, readImportFile, type ImportContext } from '@shared/trips/import'
import { tripsToCsv } from '@shared/trips/csv-export'
import { tripsToJson } from '@shared/trips/json'
import { leg, trip, uuid } from '../../../fixtures/builders'

const ctx: ImportContext = { cards: [], tomorrow: '2025-10-10' }
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('readImportFile', () => {
  it('tells JSON from CSV by name, else by content', async () => {
    const json = enc(tripsToJson([trip()], { exportedAt: 'x', range: null }))
    const csv = enc(tripsToCsv([trip()], []))
    expect(await readImportFile('trips.json', json, ctx)).toMatchObject({
      ok: true,
      source: { format: 'json', unit: 'item' },
    })
    expect(await readImportFile('export', json, ctx)).toMatchObject({
      ok: true,
      source: { format: 'json' },
    })
    expect(await readImportFile('trips.csv', csv, ctx)).toMatchObject({
      ok: true,
      source: { format: 'csv', unit: 'line' },
    })
    expect(await readImportFile('trips.csv', new Uint8Array(), ctx)).toEqual({
      ok: false,
      error: { message: 'import.empty' },
    })
  })
})

describe('a file that is not text', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  // "date,mode,fare_yuan" saved as UTF-16 without a byte-order mark.
  const utf16 = new Uint8Array(
    [...'date,mode,fare_yuan\r\n2025-10-09,metro,4\r\n'].flatMap((c) => [c.charCodeAt(0), 0]),
  )

  it.each([
    ['photo.csv', png, 'png'],
    ['trips.csv', utf16, 'utf16'],
    ['trips.json', utf16, 'utf16'],
    ['trips.csv', new Uint8Array([1, 2, 0, 3, 0, 0, 7, 9]), 'binary'],
  ])('refuses %s as %s, not as a CSV missing its columns', async (name, bytes, kind) => {
    expect(await readImportFile(name, bytes, ctx)).toEqual({
      ok: false,
      error: { message: 'import.notText', params: { kind } },
    })
  })
})

describe('previewImport', () => {
  const stored = [trip({ id: uuid(1) }), trip({ id: uuid(2), date: '2025-10-08' })]

  it('counts new, duplicate (same id, or the same trip under another id) and invalid rows', () => {
    const candidates = [
      { at: 2, trip: trip({ id: uuid(1), note: 'edited elsewhere' }) },
      { at: 3, trip: trip({ id: uuid(3), date: '2025-10-08' }) },
      { at: 4, trip: trip({ id: uuid(4), date: '2025-10-07' }) },
      { at: 5, issues: [{ at: 5, field: 'date', message: 'validation.date' }] },
      // Two identical trips under two ids in one file are two trips (identity.ts, rule 4).
      { at: 6, trip: trip({ id: uuid(5), date: '2025-10-07' }) },
      { at: 7, trip: trip({ id: uuid(6), date: '2025-10-07', legs: [leg({ fareFen: 1 })] }) },
    ]
    const p = previewImport(candidates, stored)
    expect(p.fresh.map((t) => t.id)).toEqual([uuid(4), uuid(5), uuid(6)])
    expect(p.duplicates.map((d) => [d.at, d.reason])).toEqual([
      [2, 'sameId'],
      [3, 'sameContent'],
    ])
    expect(p.invalid).toEqual([
      { at: 5, issues: [{ at: 5, field: 'date', message: 'validation.date' }] },
    ])
  })

  it('finds nothing new when a file is re-imported', async () => {
    const csv = await readImportFile('t.csv', enc(tripsToCsv(stored, [])), ctx)
    if (!csv.ok) throw new Error(csv.error.message)
    const p = previewImport(csv.source.candidates, stored)
    expect(p.fresh).toEqual([])
    expect(p.duplicates).toHaveLength(2)
  })

  it('says which stored trips to look up: the ids and the date span', () => {
    expect(
      lookupKeys([
        { at: 1, trip: trip({ id: uuid(1), date: '2025-10-09' }) },
        { at: 2, issues: [] },
        { at: 3, trip: trip({ id: uuid(2), date: '2025-01-02' }) },
      ]),
    ).toEqual({ ids: [uuid(1), uuid(2)], from: '2025-01-02', to: '2025-10-09' })
    expect(lookupKeys([])).toBeNull()
  })
})
