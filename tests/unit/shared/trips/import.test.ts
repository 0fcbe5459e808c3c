import { describe, expect, it } from 'vitest'
import { lookupKeys, previewImport, readImportFile, type ImportContext } from '@shared/trips/import'
import { tripsToCsv } from '@shared/trips/csv'
import { tripsToJson } from '@shared/trips/json'
import { leg, trip, uuid } from './helpers'

const ctx: ImportContext = { cards: [], tomorrow: '2025-10-10' }
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('readImportFile', () => {
  it('tells JSON from CSV by name, else by content', () => {
    const json = enc(tripsToJson([trip()], { exportedAt: 'x', range: null }))
    const csv = enc(tripsToCsv([trip()], []))
    expect(readImportFile('trips.json', json, ctx)).toMatchObject({
      ok: true,
      source: { format: 'json', unit: 'item' },
    })
    expect(readImportFile('export', json, ctx)).toMatchObject({
      ok: true,
      source: { format: 'json' },
    })
    expect(readImportFile('trips.csv', csv, ctx)).toMatchObject({
      ok: true,
      source: { format: 'csv', unit: 'line' },
    })
    expect(readImportFile('trips.csv', new Uint8Array(), ctx)).toEqual({
      ok: false,
      error: { message: 'import.empty' },
    })
  })
})

describe('previewImport', () => {
  const stored = [trip({ id: uuid(1) }), trip({ id: uuid(2), date: '2025-10-08' })]

  it('counts new, duplicate (same id, or same date and legs) and invalid rows', () => {
    const candidates = [
      { at: 2, trip: trip({ id: uuid(1), note: 'edited elsewhere' }) },
      { at: 3, trip: trip({ id: uuid(3), date: '2025-10-08' }) },
      { at: 4, trip: trip({ id: uuid(4), date: '2025-10-07' }) },
      { at: 5, issues: [{ at: 5, field: 'date', message: 'validation.date' }] },
      // The same trip twice in one file: the second is a duplicate of the first.
      { at: 6, trip: trip({ id: uuid(5), date: '2025-10-07' }) },
      { at: 7, trip: trip({ id: uuid(6), date: '2025-10-07', legs: [leg({ fareFen: 1 })] }) },
    ]
    const p = previewImport(candidates, stored)
    expect(p.fresh.map((t) => t.id)).toEqual([uuid(4), uuid(6)])
    expect(p.duplicates.map((d) => [d.at, d.reason])).toEqual([
      [2, 'sameId'],
      [3, 'sameContent'],
      [6, 'sameContent'],
    ])
    expect(p.invalid).toEqual([
      { at: 5, issues: [{ at: 5, field: 'date', message: 'validation.date' }] },
    ])
  })

  it('finds nothing new when a file is re-imported', () => {
    const csv = readImportFile('t.csv', enc(tripsToCsv(stored, [])), ctx)
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
