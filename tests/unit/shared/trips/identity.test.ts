import { describe, expect, it } from 'vitest'
import { planBulkEntry } from '@shared/trips/bulk'
import { TripMatcher, tripContentKey } from '@shared/trips/identity'
import { previewImport, type Candidate } from '@shared/trips/import'
import type { Trip } from '@shared/trips/schema'
import { leg, template, trip, uuid } from '../../../fixtures/builders'

const candidates = (...trips: Trip[]): Candidate[] => trips.map((t, i) => ({ at: i + 2, trip: t }))

// Issue 14, item 1: 上班 08:00 地铁 ¥6 cash, copied to 回家 18:30.
const metro = leg({
  mode: 'metro',
  from: '',
  to: '',
  line: '',
  payment: { kind: 'cash' },
  fareFen: 600,
  minutes: null,
})
const morning = trip({
  id: uuid(1),
  date: '2025-10-09',
  direction: 'toWork',
  departTime: '08:00',
  arriveTime: null,
  legs: [metro],
})
const evening = trip({
  id: uuid(2),
  date: '2025-10-09',
  direction: 'toHome',
  departTime: '18:30',
  arriveTime: null,
  legs: [metro],
})

describe('trip identity', () => {
  it('does not take the trip home for a duplicate of the trip to work (export → empty profile)', () => {
    const preview = previewImport(candidates(morning, evening), [])
    expect(preview.fresh.map((t) => t.id)).toEqual([uuid(1), uuid(2)])
    expect(preview.duplicates).toEqual([])
  })

  it('counts direction and times as part of a trip', () => {
    const stored = [morning]
    const other = (over: Partial<Trip>) =>
      previewImport(candidates(trip({ ...morning, id: uuid(9), ...over })), stored)
    expect(other({}).duplicates.map((d) => d.reason)).toEqual(['sameContent'])
    expect(other({ direction: 'toHome' }).fresh).toHaveLength(1)
    expect(other({ departTime: '08:01' }).fresh).toHaveLength(1)
    expect(other({ arriveTime: '09:00' }).fresh).toHaveLength(1)
    expect(other({ note: '换了备注', tags: ['雨天'] }).duplicates).toHaveLength(1)
  })

  it('never makes two rows of one file with different ids duplicates of each other', () => {
    const twin = trip({ ...morning, id: uuid(3) })
    expect(previewImport(candidates(morning, twin), []).fresh).toHaveLength(2)
  })

  it('matches each stored trip once: two identical rows against one stored trip leave one new', () => {
    const stored = trip({ ...morning, id: uuid(7) })
    const preview = previewImport(candidates(morning, trip({ ...morning, id: uuid(3) })), [stored])
    expect(preview.duplicates.map((d) => d.trip.id)).toEqual([uuid(1)])
    expect(preview.fresh.map((t) => t.id)).toEqual([uuid(3)])
  })

  it('re-importing an export finds every trip by id, and the same id twice in a file once', () => {
    const preview = previewImport(candidates(morning, evening, morning), [morning, evening])
    expect(preview.duplicates.map((d) => d.reason)).toEqual(['sameId', 'sameId', 'sameId'])
    expect(previewImport(candidates(morning, morning), []).fresh).toHaveLength(1)
  })

  it('leaves a stored trip the file names by id to that row, not to a look-alike', () => {
    const lookAlike = trip({ ...morning, id: uuid(4) })
    // The file holds the stored trip (by id) and a second, identical trip under a new id.
    const preview = previewImport(candidates(lookAlike, morning), [morning])
    expect(preview.fresh.map((t) => t.id)).toEqual([uuid(4)])
    expect(preview.duplicates.map((d) => d.reason)).toEqual(['sameId'])
  })

  it('finds the same id even when everything else changed', () => {
    const m = new TripMatcher([morning])
    expect(m.match(trip({ ...evening, id: uuid(1) }))).toBe('sameId')
  })

  it('treats any leg difference or another date as new', () => {
    const m = (over: Partial<Trip>) =>
      new TripMatcher([morning]).match(trip({ ...morning, id: uuid(9), ...over }))
    expect(m({ date: '2025-10-08' })).toBeNull()
    expect(m({ legs: [{ ...metro, fareFen: 601 }] })).toBeNull()
    expect(m({ legs: [{ ...metro, payment: { kind: 'ticket' } }] })).toBeNull()
    expect(m({ legs: [metro, metro] })).toBeNull()
  })

  it('cannot be fooled by text that contains the separators', () => {
    const a = trip({ legs: [leg({ from: 'a', to: 'b' })] })
    const b = trip({ legs: [leg({ from: 'a\u001fb', to: '' })] })
    expect(tripContentKey(a)).not.toBe(tripContentKey(b))
  })
})

describe('bulk entry of both directions', () => {
  const toWork = template({ id: uuid(500), direction: 'toWork' })
  const toHome = template({
    id: uuid(501),
    direction: 'toHome',
    departTime: '18:00',
    arriveTime: '19:40',
  })
  const week = { from: '2025-09-22', to: '2025-09-26', tomorrow: '2025-10-10' }

  it('logs the 回家 commute on days that already hold the 上班 one with the same legs', () => {
    const first = planBulkEntry({ ...week, template: toWork })
    if (!first.ok) throw new Error(first.error)
    expect(first.plan.trips).toHaveLength(5)
    const second = planBulkEntry({ ...week, template: toHome, existing: first.plan.trips })
    if (!second.ok) throw new Error(second.error)
    expect(second.plan.alreadyLogged).toEqual([])
    expect(second.plan.trips).toHaveLength(5)
  })

  it('skips only the days that already hold that commute in that direction', () => {
    const logged = planBulkEntry({ ...week, template: toWork })
    if (!logged.ok) throw new Error(logged.error)
    // Monday's trip to work was logged at another time than the commute's usual one.
    const existing = [{ ...logged.plan.trips[0]!, departTime: '07:05' }]
    const again = planBulkEntry({ ...week, template: toWork, existing })
    if (!again.ok) throw new Error(again.error)
    expect(again.plan.alreadyLogged).toEqual(['2025-09-22'])
    expect(again.plan.trips).toHaveLength(4)
  })
})
