import { describe, expect, it, vi } from 'vitest'
import type { HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import { tripDateSpan, tripsBetween, tripsOn } from '@renderer/db/stats'
import { trip } from '../../fixtures/stats/trips'

async function seeded(): Promise<HujiaDb> {
  const database = await freshDb()
  await database.trips.bulkAdd([
    trip('2024-02-28'),
    trip('2024-02-29', { departTime: '18:00' }),
    trip('2024-02-29', { departTime: '07:30' }),
    trip('2024-02-29'),
    trip('2024-03-01'),
    trip('2024-12-31'),
    trip('2025-01-01'),
  ])
  return database
}

describe('tripsBetween', () => {
  it('returns the range with both ends included, in date order', async () => {
    const db = await seeded()
    const trips = await tripsBetween('2024-02-29', '2024-12-31', db)
    expect(trips.map((t) => t.date)).toEqual([
      '2024-02-29',
      '2024-02-29',
      '2024-02-29',
      '2024-03-01',
      '2024-12-31',
    ])
  })

  it('reads through the date index rather than the whole table', async () => {
    const db = await seeded()
    const where = vi.spyOn(db.trips, 'where')
    const toArray = vi.spyOn(db.trips, 'toArray')
    await tripsBetween('2024-01-01', '2024-12-31', db)
    expect(where).toHaveBeenCalledWith('date')
    expect(toArray).not.toHaveBeenCalled()
  })

  it('gives nothing for an empty or reversed range', async () => {
    const db = await seeded()
    expect(await tripsBetween('2023-01-01', '2023-12-31', db)).toEqual([])
    expect(await tripsBetween('2024-12-31', '2024-01-01', db)).toEqual([])
  })
})

describe('tripsOn and tripDateSpan', () => {
  it("lists one day's trips by departure, untimed last", async () => {
    const db = await seeded()
    const trips = await tripsOn('2024-02-29', db)
    expect(trips.map((t) => t.departTime)).toEqual(['07:30', '18:00', null])
  })

  it('gives the first and last dates, or null for an empty log', async () => {
    const db = await seeded()
    expect(await tripDateSpan(db)).toEqual({ first: '2024-02-28', last: '2025-01-01' })
    await db.trips.clear()
    expect(await tripDateSpan(db)).toBeNull()
  })
})
