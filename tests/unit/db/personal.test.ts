// The personal figures' reads: the window first by the date index, the rest of the log only when
// a figure found too few trips there; target times that a hand-edited backup may have spoiled.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDb, type HujiaDb } from '@renderer/db/db'
import {
  commuteFigures,
  getTargets,
  latenessFigures,
  otherTrips,
  readRouteFigures,
  windowTrips,
} from '@renderer/db/personal'
import { matcherFor } from '@shared/personal'
import type { Trip } from '@shared/trips/schema'
import { transitFixture } from '../../fixtures/transit/pack'
import { trip, uuid } from '../../fixtures/builders'

let database: HujiaDb | null = null
let n = 0
const TODAY = '2025-09-01'

async function open(trips: Trip[], settings: Record<string, unknown> = {}): Promise<HujiaDb> {
  database = openDb(`personal-${crypto.randomUUID()}`)
  await database.trips.bulkAdd(trips)
  await database.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })))
  return database
}

const timed = (date: string, arrive = '08:00') =>
  trip({ id: uuid(++n), date, departTime: '07:00', arriveTime: arrive })

afterEach(async () => {
  database?.close()
  if (database) await database.delete()
  database = null
})

describe('personal reads', () => {
  it('splits the log into the window and the rest', async () => {
    const db = await open([
      timed('2025-03-04'),
      timed('2025-03-05'),
      timed('2025-08-31'),
      timed('2025-09-01'),
    ])
    expect((await windowTrips(TODAY, db)).map((t) => t.date).sort()).toEqual([
      '2025-03-05',
      '2025-08-31',
    ])
    expect((await otherTrips(TODAY, db)).map((t) => t.date).sort()).toEqual([
      '2025-03-04',
      '2025-09-01',
    ])
  })

  it('reads only the window when every figure finds five trips there', async () => {
    const recent = ['2025-08-04', '2025-08-05', '2025-08-06', '2025-08-07', '2025-08-08']
    const db = await open([...recent.map((d) => timed(d)), timed('2024-01-02', '10:00')], {
      targetArriveWork: '09:00',
    })
    const spy = vi.spyOn(db.trips, 'where')
    const f = await commuteFigures(TODAY, db)
    // One range for the window; toHome has no trips, so the rest is read too (two more ranges).
    expect(spy).toHaveBeenCalledTimes(3)
    expect(f.toWork.door?.window).not.toBeNull()
    expect(f.toWork.door?.samples).toHaveLength(5)
    expect(f.toWork.leaveBy).toMatchObject({ kind: 'ok', time: '08:00' })
    expect(f.toHome.door).toBeNull()

    spy.mockClear()
    const route = await readRouteFigures(
      { matcher: matcherFor(transitFixture), direction: 'toWork', legs: [], today: TODAY },
      db,
    )
    expect(route.readAll).toBe(false)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(route.result.usual?.way.trips).toBe(5)
  })

  it('falls back to every trip, today’s included, when the window has fewer than five', async () => {
    const db = await open([
      timed('2024-01-02', '09:00'),
      timed('2025-08-04'),
      timed('2025-09-01', '08:30'),
    ])
    const f = await commuteFigures(TODAY, db)
    expect(f.toWork.door?.window).toBeNull()
    expect(f.toWork.door?.samples.map((s) => s.minutes)).toEqual([120, 60, 90])
  })

  it('takes only well-formed target times', async () => {
    const db = await open([], { targetArriveWork: '9:00', targetArriveHome: 1900 })
    expect(await getTargets(db)).toEqual({ toWork: null, toHome: null })
    await db.settings.bulkPut([
      { key: 'targetArriveWork', value: '08:45' },
      { key: 'targetArriveHome', value: '19:00' },
    ])
    expect(await getTargets(db)).toEqual({ toWork: '08:45', toHome: '19:00' })
  })

  it('counts late arrivals per month over the last twelve months, for directions with a target', async () => {
    const db = await open(
      [
        timed('2024-09-30', '09:30'),
        timed('2024-10-01', '09:30'),
        timed('2025-08-04', '08:00'),
        timed('2025-09-01', '09:10'),
      ],
      { targetArriveWork: '09:00' },
    )
    expect(await latenessFigures(TODAY, db)).toEqual({
      from: '2024-10-01',
      toWork: [
        { month: '2024-10', timed: 1, late: 1 },
        { month: '2025-08', timed: 1, late: 0 },
        { month: '2025-09', timed: 1, late: 1 },
      ],
      toHome: null,
    })
  })
})
