import { beforeEach, describe, expect, it } from 'vitest'
import type { HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import {
  addTrip,
  addTrips,
  bulkLogTemplate,
  commitTripImport,
  deleteTrip,
  lastTrip,
  logTemplate,
  previewTripImport,
  readTripsNewestFirst,
  recentPlaces,
  restoreTrip,
  TripGoneError,
  TripValidationError,
  tripsInRange,
  updateTrip,
} from '@renderer/db/trips'
import { issuesByPath } from '@shared/trips/validate'
import { tripsToCsv } from '@shared/trips/csv-export'
import { draftOf, type TripDraft } from '@shared/trips/draft'
import { readImportFile } from '@shared/trips/import'
import type { Trip } from '@shared/trips/schema'
import { leg, template, trip, uuid } from '../../fixtures/builders'

let database: HujiaDb
const now = new Date('2025-10-09T10:00:00+08:00')

beforeEach(async () => {
  database = await freshDb()
})

const draft = (over: Partial<TripDraft> = {}): TripDraft => ({ ...draftOf(trip()), ...over })

async function issuesOf(p: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await p
  } catch (e) {
    if (e instanceof TripValidationError) return issuesByPath(e.issues)
    throw e
  }
  throw new Error('expected a validation error')
}

describe('writing trips', () => {
  it('adds a trip with a new id and timestamps, tidying spaces', async () => {
    const t = await addTrip(
      draft({ note: '  早班 ', legs: [leg({ from: ' 上海虹桥 ' })] }),
      database,
      now,
    )
    expect(await database.trips.get(t.id)).toEqual(t)
    expect(t).toMatchObject({
      note: '早班',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    })
    expect(t.legs[0]!.from).toBe('上海虹桥')
  })

  it('writes nothing and names the fields when the trip is bad', async () => {
    const issues = await issuesOf(
      addTrip(
        draft({ date: '2025-10-11', legs: [leg({ fareFen: 1_000_001, minutes: 0 })] }),
        database,
        now,
      ),
    )
    expect(issues).toEqual({
      date: 'validation.dateFuture',
      'legs.0.fareFen': 'validation.fareRange',
      'legs.0.minutes': 'validation.minutesRange',
    })
    expect(await issuesOf(addTrip(draft({ legs: [] }), database, now))).toEqual({
      legs: 'validation.legsRequired',
    })
    expect(await database.trips.count()).toBe(0)
  })

  it('accepts tomorrow (a trip logged the night before)', async () => {
    await expect(addTrip(draft({ date: '2025-10-10' }), database, now)).resolves.toBeTruthy()
  })

  it('updates a trip, keeping its id and creation time', async () => {
    const t = await addTrip(draft(), database, now)
    const later = new Date('2025-10-09T12:00:00+08:00')
    const u = await updateTrip(t.id, draft({ note: '改了' }), database, later)
    expect(u).toMatchObject({
      id: t.id,
      note: '改了',
      createdAt: t.createdAt,
      updatedAt: later.toISOString(),
    })
    expect(await database.trips.get(t.id)).toEqual(u)
  })

  // Issue 14, item 5: the edit of a trip another window deleted threw a bare Error.
  it('says the trip is gone when an edit is saved after another window deleted it', async () => {
    const t = await addTrip(draft(), database, now)
    await deleteTrip(t.id, database)
    await expect(updateTrip(t.id, draft({ note: '改了' }), database, now)).rejects.toThrow(
      TripGoneError,
    )
    expect(await database.trips.count()).toBe(0)
  })

  it('leaves the stored trip alone when an edit is bad', async () => {
    const t = await addTrip(draft(), database, now)
    await issuesOf(updateTrip(t.id, draft({ legs: [leg({ fareFen: -1 })] }), database, now))
    expect(await database.trips.get(t.id)).toEqual(t)
  })

  it('deletes and restores a trip exactly', async () => {
    const t = await addTrip(draft(), database, now)
    const gone = await deleteTrip(t.id, database)
    expect(gone).toEqual(t)
    expect(await database.trips.count()).toBe(0)
    await restoreTrip(gone!, database)
    expect(await database.trips.get(t.id)).toEqual(t)
  })

  it('adds many trips all or nothing', async () => {
    await expect(
      addTrips([trip({ id: uuid(1) }), trip({ id: uuid(2), legs: [] })], database, now),
    ).rejects.toThrow(TripValidationError)
    expect(await database.trips.count()).toBe(0)
    await addTrips([trip({ id: uuid(1) }), trip({ id: uuid(2) })], database, now)
    expect(await database.trips.count()).toBe(2)
  })
})

describe('quick entry', () => {
  it('logs a saved commute for a day in one call', async () => {
    const t = await logTemplate(template(), '2025-10-09', database, now)
    expect(await database.trips.get(t.id)).toMatchObject({
      date: '2025-10-09',
      legs: template().legs,
    })
  })

  it('bulk-logs the working days of a range around National Day, once', async () => {
    const r = await bulkLogTemplate(template(), '2025-09-29', '2025-10-10', database, now)
    if (!r.ok) throw new Error(r.error)
    const dates = (await tripsInRange('', '', database)).map((t) => t.date)
    expect(dates).toEqual(['2025-10-10', '2025-10-09', '2025-09-30', '2025-09-29'])
    const again = await bulkLogTemplate(template(), '2025-09-29', '2025-10-10', database, now)
    expect(again.ok && again.plan.alreadyLogged).toHaveLength(4)
    expect(await database.trips.count()).toBe(4)
  })

  it('bulk-logs the 回家 commute on the days that hold the 上班 one', async () => {
    const toWork = template({ id: uuid(600), direction: 'toWork' })
    const toHome = template({ id: uuid(601), direction: 'toHome' })
    await bulkLogTemplate(toWork, '2025-09-22', '2025-09-26', database, now)
    const r = await bulkLogTemplate(toHome, '2025-09-22', '2025-09-26', database, now)
    expect(r.ok && [r.plan.trips.length, r.plan.alreadyLogged.length]).toEqual([5, 0])
    expect(await database.trips.count()).toBe(10)
  })

  it('writes nothing for a bad range', async () => {
    expect(await bulkLogTemplate(template(), '2025-10-10', '2025-10-01', database, now)).toEqual({
      ok: false,
      error: 'bulk.badRange',
    })
    expect(await database.trips.count()).toBe(0)
  })

  it('finds the last trip by date, then departure', async () => {
    await addTrips(
      [
        trip({ id: uuid(1), date: '2025-10-08', departTime: '18:00', arriveTime: '19:00' }),
        trip({ id: uuid(2), date: '2025-10-09', departTime: '07:00', arriveTime: '08:00' }),
        trip({ id: uuid(3), date: '2025-10-09', departTime: '18:00', arriveTime: '19:00' }),
      ],
      database,
      now,
    )
    expect((await lastTrip(database))?.id).toBe(uuid(3))
  })

  it('suggests places and lines from history, most used first', async () => {
    await addTrips(
      [
        trip({ id: uuid(1), legs: [leg({ from: '嘉兴南', to: '公司', line: 'G1' })] }),
        trip({
          id: uuid(2),
          date: '2025-10-08',
          legs: [leg({ from: '嘉兴南', to: '家', line: '' })],
        }),
      ],
      database,
      now,
    )
    const s = await recentPlaces(database)
    expect(s.places[0]).toBe('嘉兴南')
    expect(s.places).toHaveLength(3)
    expect(s.lines).toEqual(['G1'])
  })
})

describe('reading the list page by page', () => {
  // Issue 14, item 10: the list read the whole log before showing a row (33 s for 606,012 trips).
  it('hands over the newest trips first, whole days per page, every trip once', async () => {
    const day = (i: number) => `2025-09-${String((i % 30) + 1).padStart(2, '0')}`
    // 2,400 trips over 30 days, 80 a day: pages of 1,000 end part-way through a day.
    const all = Array.from({ length: 2400 }, (_, i) =>
      trip({ id: uuid(10_000 + i), date: day(i), departTime: null, arriveTime: null }),
    )
    await addTrips(all, database, now)
    const pages: { dates: Set<string>; oldest: string }[] = []
    const seen: string[] = []
    const onPage = (page: Trip[], oldest: string) => {
      pages.push({ dates: new Set(page.map((t) => t.date)), oldest })
      for (const t of page) seen.push(t.id)
    }
    await readTripsNewestFirst('', '', onPage, undefined, database)
    expect(pages.length).toBeGreaterThan(2)
    expect(pages[0]!.dates.has('2025-09-30')).toBe(true)
    // No day is split across pages, and the pages go back in time.
    for (let i = 1; i < pages.length; i++) {
      for (const d of pages[i]!.dates) expect(pages[i - 1]!.dates.has(d)).toBe(false)
      expect(pages[i]!.oldest < pages[i - 1]!.oldest).toBe(true)
    }
    expect(new Set(seen).size).toBe(2400)
    expect(seen).toEqual((await tripsInRange('', '', database)).map((t) => t.id))
  })

  it('reads the range only, and stops when asked', async () => {
    const two = [
      trip({ id: uuid(1), date: '2025-10-01' }),
      trip({ id: uuid(2), date: '2025-10-05' }),
    ]
    await addTrips(two, database, now)
    const inRange: string[] = []
    const collect = (p: Trip[]) => void inRange.push(...p.map((t) => t.id))
    await readTripsNewestFirst('2025-10-02', '2025-10-09', collect, undefined, database)
    expect(inRange).toEqual([uuid(2)])
    let pages = 0
    await readTripsNewestFirst(
      '',
      '',
      () => void pages++,
      () => true,
      database,
    )
    expect(pages).toBe(0)
  })
})

describe('reading the list', () => {
  it('returns a date range newest first, ordered within a day', async () => {
    await addTrips(
      [
        trip({ id: uuid(1), date: '2025-10-01', departTime: '07:00', arriveTime: '08:00' }),
        trip({ id: uuid(2), date: '2025-10-05', departTime: '07:00', arriveTime: '08:00' }),
        trip({ id: uuid(3), date: '2025-10-05', departTime: '18:00', arriveTime: '19:00' }),
        trip({ id: uuid(4), date: '2025-10-09', departTime: '07:00', arriveTime: '08:00' }),
      ],
      database,
      now,
    )
    expect((await tripsInRange('2025-10-02', '2025-10-09', database)).map((t) => t.id)).toEqual([
      uuid(4),
      uuid(3),
      uuid(2),
    ])
    expect((await tripsInRange('', '2025-10-04', database)).map((t) => t.id)).toEqual([uuid(1)])
    expect(await tripsInRange('2025-10-09', '2025-10-01', database)).toEqual([])
  })
})

describe('import', () => {
  const ctx = { cards: [], tomorrow: '2025-10-10' }

  it('previews, then writes the new trips in one go; a second import adds nothing', async () => {
    await addTrips([trip({ id: uuid(1) })], database, now)
    const csv = tripsToCsv(
      [
        trip({ id: uuid(1) }),
        trip({ id: uuid(2), date: '2025-10-01' }),
        trip({ id: uuid(3), date: '2025-10-02' }),
      ],
      [],
    )
    const read = await readImportFile('t.csv', new TextEncoder().encode(csv), ctx)
    if (!read.ok) throw new Error(read.error.message)
    const preview = await previewTripImport(read.source.candidates, database)
    expect([preview.fresh.length, preview.duplicates.length, preview.invalid.length]).toEqual([
      2, 1, 0,
    ])
    expect(await database.trips.count()).toBe(1)
    const written = await commitTripImport(read.source.candidates, database)
    expect(written.fresh).toHaveLength(2)
    expect(await database.trips.count()).toBe(3)
    const again = await commitTripImport(read.source.candidates, database)
    expect(again.fresh).toHaveLength(0)
    expect(await database.trips.count()).toBe(3)
  })

  it('finds a stored trip with the same id even when its date moved out of the file’s span', async () => {
    await addTrips([trip({ id: uuid(9), date: '2024-01-01' })], database, now)
    const preview = await previewTripImport(
      [{ at: 2, trip: trip({ id: uuid(9), date: '2025-10-09' }) }],
      database,
    )
    expect(preview.duplicates.map((d) => d.reason)).toEqual(['sameId'])
  })

  it('reports progress while writing a long import, and writes nothing when cancelled', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) =>
      trip({
        id: uuid(100_000 + i),
        date: '2025-01-01',
        departTime: null,
        arriveTime: null,
        note: String(i),
      }),
    )
    const candidates = many.map((t, i) => ({ at: i + 2, trip: t }))
    const seen: number[] = []
    await expect(
      commitTripImport(candidates, database, (done) => {
        seen.push(done)
        if (done >= 10_000) throw new DOMException('cancelled', 'AbortError')
      }),
    ).rejects.toThrow('cancelled')
    expect(seen).toEqual([0, 5000, 10_000])
    expect(await database.trips.count()).toBe(0)
    const written = await commitTripImport(candidates, database, (done) => void seen.push(done))
    expect(written.fresh).toHaveLength(12_000)
    expect(await database.trips.count()).toBe(12_000)
  })

  it('writes nothing at all when the write fails part way', async () => {
    const ok = trip({ id: uuid(20), date: '2025-10-01' })
    // A record without its key makes bulkAdd fail after the first trip: the transaction rolls back.
    const bad = {
      ...trip({ id: uuid(21), date: '2025-10-02' }),
      id: undefined as unknown as string,
    }
    await expect(
      commitTripImport(
        [
          { at: 2, trip: ok },
          { at: 3, trip: bad },
        ],
        database,
      ),
    ).rejects.toThrow()
    expect(await database.trips.count()).toBe(0)
  })
})
