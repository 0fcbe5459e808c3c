// Reconciling a bill with the log: fill, correct, same payment, already imported, grouped into a
// saved commute, or a new trip; importing the same bill again adds nothing.
import { describe, expect, test } from 'vitest'
import { sortRows, type BillLeg } from '@shared/bills/legs'
import { reconcileBill, type BillPlan } from '@shared/bills/reconcile'
import type { CommuteTemplate, Trip } from '@shared/trips/schema'
import { idSequence, leg, trip, uuid } from '../trips/helpers'
import { loggedTrip, names, readFile } from './helpers'

const NOW = new Date('2026-12-01T10:00:00Z')

async function alipayLegs(): Promise<BillLeg[]> {
  return sortRows((await readFile('alipay-utf8.csv')).rows, names).legs
}

function plan(bills: BillLeg[], existing: Trip[], templates: CommuteTemplate[] = []): BillPlan {
  return reconcileBill(bills, existing, { templates, cards: [], now: NOW, newId: idSequence() })
}

/** What a commit writes: new trips plus the updated ones, replacing their originals. */
function apply(log: Trip[], p: BillPlan): Trip[] {
  const updated = new Map(p.updated.map((t) => [t.id, t]))
  return [...log.map((t) => updated.get(t.id) ?? t), ...p.newTrips.map((n) => n.trip)]
}

const morning = loggedTrip

describe('against a logged trip of that day', () => {
  test('a missing fare is filled and a different one corrected; the rest are new trips', async () => {
    const p = plan(await alipayLegs(), [morning])
    expect(p.changes.map((c) => [c.kind, c.date, c.mode, c.fromFen, c.toFen])).toEqual([
      ['correct', '2026-11-03', 'hsr', 2950, 3150],
      ['fill', '2026-11-03', 'metro', 0, 500],
    ])
    expect(p.updated).toHaveLength(1)
    expect(p.updated[0]!.legs).toMatchObject([
      { fareFen: 3150, bill: { source: 'alipay', orderNo: '2026110322001400003' }, invoice: false },
      { fareFen: 500, from: '莘庄', to: '人民广场', bill: { source: 'alipay' } },
    ])
    expect(p.originals).toEqual([morning])
    expect(p.newTrips.map((n) => [n.trip.date, n.trip.legs[0]!.fareFen, n.commute])).toEqual([
      ['2026-11-02', 500, null],
    ])
    expect(p.newTrips[0]!.trip).toMatchObject({ direction: 'other', departTime: '18:31' })
  })

  test('the same payment already logged by hand is a duplicate and gains its number', async () => {
    const logged = trip({
      id: uuid(2),
      date: '2026-11-02',
      departTime: '18:20',
      legs: [leg({ mode: 'metro', from: '人民广场', to: '莘庄', line: '', fareFen: 500 })],
    })
    const p = plan(await alipayLegs(), [logged])
    expect(p.duplicates.map((d) => d.kind)).toEqual(['logged'])
    expect(p.updated[0]!.legs[0]!.bill?.orderNo).toBe('2026110222001400004')
    expect(p.changes).toEqual([])
  })

  test('a leg between other stations is not matched', async () => {
    const elsewhere = trip({
      date: '2026-11-02',
      legs: [leg({ mode: 'metro', from: '徐家汇', to: '静安寺', fareFen: 0 })],
    })
    const p = plan(await alipayLegs(), [elsewhere])
    expect(p.changes).toEqual([])
  })

  test('of two same-mode legs that day, the one nearer in time is matched', () => {
    const bills: BillLeg[] = [
      {
        source: 'csv',
        orderNo: 'x',
        at: 2,
        date: '2026-11-03',
        time: '18:10',
        mode: 'metro',
        from: '',
        to: '',
        line: '',
        fareFen: 600,
        operator: 'shCard',
      },
    ]
    const am = trip({
      id: uuid(5),
      date: '2026-11-03',
      departTime: '08:00',
      legs: [leg({ mode: 'metro', fareFen: 400, from: '', to: '' })],
    })
    const pm = trip({
      id: uuid(6),
      date: '2026-11-03',
      departTime: '18:00',
      legs: [leg({ mode: 'metro', fareFen: 400, from: '', to: '' })],
    })
    const p = plan(bills, [am, pm])
    expect(p.changes.map((c) => [c.tripId, c.kind])).toEqual([[uuid(6), 'correct']])
  })
})

describe('importing the same bill again', () => {
  test('adds nothing, changes nothing', async () => {
    const first = plan(await alipayLegs(), [morning])
    const log = apply([morning], first)
    const second = plan(await alipayLegs(), log)
    expect(second.newTrips).toEqual([])
    expect(second.changes).toEqual([])
    expect(second.updated).toEqual([])
    expect(second.duplicates.map((d) => d.kind)).toEqual(['imported', 'imported', 'imported'])
  })

  test('a payment twice in one file counts once', async () => {
    const legs = await alipayLegs()
    const p = plan([...legs, legs[0]!], [])
    expect(p.newTrips).toHaveLength(3)
    expect(p.duplicates).toHaveLength(1)
  })
})

describe('grouping into a saved commute', () => {
  const toWork: CommuteTemplate = {
    id: uuid(50),
    name: '上班',
    order: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    direction: 'toWork',
    departTime: '06:40',
    arriveTime: '08:40',
    note: '',
    tags: ['通勤'],
    legs: [
      leg({
        mode: 'metro',
        from: '莘庄',
        to: '上海虹桥',
        line: '1号线',
        fareFen: 500,
        payment: { kind: 'cash' },
      }),
      leg({ mode: 'hsr', from: '上海虹桥', to: '嘉兴南', line: '', fareFen: 2950 }),
      leg({
        mode: 'cityBus',
        from: '',
        to: '',
        line: 'K1路',
        fareFen: 200,
        payment: { kind: 'cash' },
      }),
      leg({
        mode: 'walk',
        from: '',
        to: '',
        line: '',
        fareFen: 0,
        payment: { kind: 'cash' },
        minutes: 5,
      }),
    ],
  }

  test("a day's rides that fit it become one trip in its shape, with the bill's fares", async () => {
    const legs = sortRows((await readFile('wechat.xlsx')).rows, names).legs
    const p = plan(legs, [], [toWork])
    expect(p.newTrips).toHaveLength(1)
    const { trip: t, commute, bills } = p.newTrips[0]!
    expect(commute).toBe('上班')
    expect(bills).toHaveLength(3)
    expect(t).toMatchObject({
      date: '2026-11-04',
      direction: 'toWork',
      departTime: '06:40',
      tags: ['通勤'],
    })
    expect(t.legs.map((l) => [l.mode, l.from, l.to, l.line, l.fareFen])).toEqual([
      ['metro', '莘庄', '上海虹桥', '1号线', 600],
      ['hsr', '上海虹桥', '嘉兴南', 'G7505', 3150],
      ['cityBus', '', '', 'K1路', 200],
      ['walk', '', '', '', 0],
    ])
  })

  test('rides in another order or between other stations do not fit', async () => {
    const legs = sortRows((await readFile('wechat.xlsx')).rows, names).legs
    const reversed = { ...toWork, legs: [...toWork.legs].reverse() }
    const p = plan(legs, [], [reversed])
    expect(p.newTrips.every((n) => n.commute === null)).toBe(true)
    expect(p.newTrips).toHaveLength(3)
  })
})
