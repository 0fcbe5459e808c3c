// Reconciling a bill with the log: fill, correct, same payment, already imported, grouped into a
// saved commute, or a new trip; importing the same bill again adds nothing. Rail payments from a
// phone bill are paired with their 12306 tickets (same import or the log, either order) and never
// become a leg on the day they were bought.
import { describe, expect, test } from 'vitest'
import type { BillLeg } from '@shared/bills/legs'
import { reconcileBill, type BillInput, type BillPlan, type LegItem } from '@shared/bills/reconcile'
import { planCounts, planWrites } from '@shared/bills/selection'
import type { CommuteTemplate, Trip } from '@shared/trips/schema'
import { idSequence, leg, trip, uuid } from '../../../fixtures/builders'
import { legsOf, loggedTrip } from './helpers'

const NOW = new Date('2026-12-01T10:00:00Z')
/** One sequence for the file: trips of successive imports into one log get distinct ids. */
const newId = idSequence()
const NONE: ReadonlySet<string> = new Set()

const alipayLegs = (): Promise<BillLeg[]> => legsOf(['alipay-utf8.csv'])

function plan(
  input: BillInput | BillLeg[],
  existing: Trip[],
  templates: CommuteTemplate[] = [],
  cards: { id: string; typeId: string }[] = [],
): BillPlan {
  const i = Array.isArray(input) ? { legs: input } : input
  return reconcileBill(i, existing, { templates, cards, now: NOW, newId })
}

/** What a commit writes: new trips plus the updated ones, replacing their originals. */
function apply(log: Trip[], p: BillPlan, excluded = NONE): Trip[] {
  const w = planWrites(p, excluded, NOW)
  const updated = new Map(w.updated.map((t) => [t.id, t]))
  return [...log.map((t) => updated.get(t.id) ?? t), ...w.newTrips]
}

const changes = (p: BillPlan): LegItem[] => p.items.filter((i): i is LegItem => i.kind !== 'new')
const newTrips = (p: BillPlan) => p.items.flatMap((i) => (i.kind === 'new' ? [i] : []))
const railLegs = (log: Trip[]) => log.flatMap((t) => t.legs.filter((l) => l.mode === 'hsr'))

const morning = loggedTrip
/** The key of alipay-utf8.csv's G7501 payment, bought on 2026-11-03 07:02. */
const G7501_PAYMENT = 'alipay:2026110322001400003'

describe('against a logged trip of that day', () => {
  test('a missing fare is filled; a rail payment waits for its travel date; the rest are new trips', async () => {
    const p = plan(await alipayLegs(), [morning])
    expect(
      changes(p).map((c) => [c.kind, c.date, c.mode, c.before.fareFen, c.after.fareFen]),
    ).toEqual([['fill', '2026-11-03', 'metro', 0, 500]])
    expect(changes(p)[0]!.after).toMatchObject({
      from: '莘庄',
      to: '人民广场',
      bill: { source: 'alipay', orderNo: '2026110322001400002' },
    })
    // The G7501 payment is the day it was bought: no leg on that day, and no ticket matched it.
    expect(p.undated.map((b) => [b.date, b.line, b.fareFen])).toEqual([
      ['2026-11-03', 'G7501', 3150],
    ])
    expect(newTrips(p).map((n) => [n.trip.date, n.trip.legs[0]!.fareFen, n.commute])).toEqual([
      ['2026-11-02', 500, null],
    ])
    expect(newTrips(p)[0]!.trip).toMatchObject({ direction: 'other', departTime: '18:31' })
    expect(planCounts(p, NONE)).toMatchObject({ newTrips: 1, fills: 1, corrections: 0, undated: 1 })
  })

  test('given its travel date, the rail payment corrects the fare typed for that journey', async () => {
    const p = plan({ legs: await alipayLegs(), travelDates: { [G7501_PAYMENT]: '2026-11-03' } }, [
      morning,
    ])
    // In the logged trip's order.
    expect(changes(p).map((c) => [c.kind, c.mode, c.before.fareFen, c.after.fareFen])).toEqual([
      ['correct', 'hsr', 2950, 3150],
      ['fill', 'metro', 0, 500],
    ])
    expect(p.undated).toEqual([])
    const w = planWrites(p, NONE, NOW)
    expect(w.updated).toHaveLength(1)
    expect(w.updated[0]!.legs).toMatchObject([
      { fareFen: 3150, bill: { source: 'alipay', orderNo: '2026110322001400003' }, invoice: false },
      { fareFen: 500, bill: { source: 'alipay' } },
    ])
    expect(w.originals).toEqual([morning])
  })

  test('a travel date before the purchase is not taken', async () => {
    const p = plan({ legs: await alipayLegs(), travelDates: { [G7501_PAYMENT]: '2026-11-02' } }, [
      morning,
    ])
    expect(p.undated.map((b) => b.orderNo)).toEqual(['2026110322001400003'])
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
    expect(p.same[0]!.after.bill?.orderNo).toBe('2026110222001400004')
    expect(planWrites(p, NONE, NOW).updated[0]!.legs[0]!.bill?.orderNo).toBe('2026110222001400004')
    expect(changes(p)).toEqual([])
  })

  test('a leg between other stations is not matched', async () => {
    const elsewhere = trip({
      date: '2026-11-02',
      legs: [leg({ mode: 'metro', from: '徐家汇', to: '静安寺', fareFen: 0 })],
    })
    expect(changes(plan(await alipayLegs(), [elsewhere]))).toEqual([])
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
    expect(changes(plan(bills, [am, pm])).map((c) => [c.tripId, c.kind])).toEqual([
      [uuid(6), 'correct'],
    ])
  })
})

describe('importing the same bill again', () => {
  test('adds nothing, changes nothing', async () => {
    const input = { legs: await alipayLegs(), travelDates: { [G7501_PAYMENT]: '2026-11-03' } }
    const log = apply([morning], plan(input, [morning]))
    const second = plan(input, log)
    expect(second.items).toEqual([])
    expect(second.same).toEqual([])
    expect(second.undated).toEqual([])
    expect(second.duplicates.map((d) => d.kind)).toEqual(['imported', 'imported', 'imported'])
  })

  test('a payment twice in one file counts once', async () => {
    const legs = await alipayLegs()
    const metro = legs.find((l) => l.mode === 'metro')!
    const p = plan([...legs, metro], [])
    expect(newTrips(p)).toHaveLength(2)
    expect(p.duplicates).toHaveLength(1)
  })
})

describe('rail payments and 12306 tickets', () => {
  test('in one import: the order payment is recorded on both its tickets, no leg of its own', async () => {
    const p = plan(await legsOf(['alipay-rail.csv', 'rail-order.txt']), [])
    const trips = newTrips(p)
    expect(
      trips.map((n) => [
        n.trip.date,
        n.trip.legs[0]!.mode,
        n.trip.legs[0]!.line,
        n.trip.legs[0]!.fareFen,
      ]),
    ).toEqual([
      ['2026-11-06', 'metro', '', 500],
      ['2026-11-06', 'hsr', 'G7501', 3150],
      ['2026-11-06', 'hsr', 'G7512', 3150],
    ])
    for (const n of trips.slice(1))
      expect(n.trip.legs[0]).toMatchObject({
        payment: { kind: 'ticket' },
        bill: { source: 'rail12306' },
        paidBy: { source: 'alipay', orderNo: '2026110522001400010' },
      })
    // The 78.50 and 31.50 payments have no ticket in this import or the log.
    expect(p.undated.map((b) => b.fareFen)).toEqual([7850, 3150])
    expect(planCounts(p, NONE)).toEqual({
      newTrips: 3,
      fills: 0,
      corrections: 0,
      paired: 1,
      duplicates: 0,
      excluded: 0,
      undated: 2,
    })
  })

  test('one payment for an order with other passengers pairs by the order total', async () => {
    const p = plan(await legsOf(['alipay-rail.csv', 'rail-order-family.txt'], '张三'), [])
    const rail = newTrips(p).filter((n) => n.trip.legs[0]!.mode === 'hsr')
    expect(
      rail.map((n) => [n.trip.date, n.trip.legs[0]!.fareFen, n.trip.legs[0]!.paidBy?.orderNo]),
    ).toEqual([['2026-11-10', 3150, '2026110822001400012']])
    expect(p.undated.map((b) => b.fareFen)).toEqual([6300, 3150])
  })

  test('mail first, bill later: the payment is recorded on the logged tickets; again adds nothing', async () => {
    const log = apply([], plan(await legsOf(['rail-order.txt']), []))
    expect(log).toHaveLength(2)
    const p = plan(await legsOf(['alipay-rail.csv']), log)
    const paired = changes(p).filter((c) => c.kind === 'paired')
    expect(paired.map((c) => [c.date, c.after.line, c.after.paidBy?.orderNo])).toEqual([
      ['2026-11-06', 'G7501', '2026110522001400010'],
      ['2026-11-06', 'G7512', '2026110522001400010'],
    ])
    // One payment, one item to leave out (both rows share it), one count.
    expect(new Set(paired.map((c) => c.id)).size).toBe(1)
    expect(planCounts(p, NONE)).toMatchObject({ newTrips: 1, paired: 1, undated: 2 })
    const after = apply(log, p)
    expect(railLegs(after)).toHaveLength(2)
    const again = plan(await legsOf(['alipay-rail.csv', 'rail-order.txt']), after)
    expect(again.items).toEqual([])
    expect(again.same).toEqual([])
  })

  test('bill first with a travel date, mail later: the ticket takes the leg, never a second one', async () => {
    const G7513 = 'alipay:2026110922001400013'
    const first = plan(
      { legs: await legsOf(['alipay-rail.csv']), travelDates: { [G7513]: '2026-11-10' } },
      [],
    )
    const log = apply([], first)
    expect(railLegs(log).map((l) => [l.line, l.fareFen, l.bill?.source])).toEqual([
      ['G7513', 3150, 'alipay'],
    ])
    const p = plan(await legsOf(['rail-order-single.txt']), log)
    expect(newTrips(p)).toEqual([])
    expect(p.duplicates.map((d) => d.kind)).toEqual(['logged'])
    const after = apply(log, p)
    expect(railLegs(after)).toEqual([
      expect.objectContaining({
        line: 'G7513',
        from: '嘉兴南',
        to: '上海虹桥',
        fareFen: 3150,
        bill: { source: 'rail12306', orderNo: 'E323456789/2026-11-10/G7513/03车01A号' },
        paidBy: { source: 'alipay', orderNo: '2026110922001400013' },
      }),
    ])
    // Both orders of import now hold both numbers: nothing more from either file.
    const again = plan(await legsOf(['alipay-rail.csv', 'rail-order-single.txt']), after)
    expect(again.items).toEqual([])
    expect(again.same).toEqual([])
    expect(again.undated.map((b) => b.fareFen)).toEqual([6300, 7850])
  })

  test('bill first without a date, mail later, bill again: one leg per ticket, payment recorded', async () => {
    let log = apply([], plan(await legsOf(['alipay-rail.csv']), []))
    expect(railLegs(log)).toEqual([])
    log = apply(log, plan(await legsOf(['rail-order.txt']), log))
    log = apply(log, plan(await legsOf(['alipay-rail.csv']), log))
    expect(railLegs(log).map((l) => [l.line, l.paidBy?.orderNo])).toEqual([
      ['G7501', '2026110522001400010'],
      ['G7512', '2026110522001400010'],
    ])
  })

  test("a date given to a payment whose amount is not the ticket's still pairs with that day's ticket", async () => {
    const legs = await legsOf(['alipay-rail.csv', 'rail-order-family.txt'], '张三')
    const cheaper = legs.map((l) =>
      l.orderNo === '2026110822001400012' ? { ...l, fareFen: 7000 } : l,
    )
    const p = plan(
      { legs: cheaper, travelDates: { 'alipay:2026110822001400012': '2026-11-10' } },
      [],
    )
    const rail = newTrips(p).filter((n) => n.trip.legs[0]!.mode === 'hsr')
    expect(rail.map((n) => [n.trip.legs[0]!.fareFen, n.trip.legs[0]!.paidBy?.orderNo])).toEqual([
      [3150, '2026110822001400012'],
    ])
  })
})

describe('leaving items out', () => {
  test('counts and writes follow the boxes; a paired payment stays with its ticket', async () => {
    const p = plan(await legsOf(['alipay-rail.csv', 'rail-order.txt']), [])
    const [metro, g7501] = newTrips(p)
    const out = new Set([metro!.id])
    expect(planCounts(p, out)).toMatchObject({ newTrips: 2, paired: 1, excluded: 1 })
    expect(planWrites(p, out, NOW).newTrips.map((t) => t.legs[0]!.line)).toEqual(['G7501', 'G7512'])
    const both = new Set([metro!.id, g7501!.id])
    expect(planCounts(p, both)).toMatchObject({ newTrips: 1, paired: 1, excluded: 2 })
    const all = new Set(newTrips(p).map((n) => n.id))
    expect(planCounts(p, all)).toMatchObject({ newTrips: 0, paired: 0, excluded: 3 })
    expect(planWrites(p, all, NOW)).toMatchObject({ newTrips: [], updated: [] })
  })

  test('a left-out fill leaves its logged leg as it was; the other change is still written', async () => {
    const p = plan({ legs: await alipayLegs(), travelDates: { [G7501_PAYMENT]: '2026-11-03' } }, [
      morning,
    ])
    const fill = changes(p).find((c) => c.kind === 'fill')!
    const w = planWrites(p, new Set([fill.id]), NOW)
    expect(w.updated[0]!.legs.map((l) => l.fareFen)).toEqual([3150, 0])
    expect(w.fares).toBe(1)
    expect(planCounts(p, new Set([fill.id]))).toMatchObject({
      fills: 0,
      corrections: 1,
      excluded: 1,
    })
  })
})

describe('how a new leg is paid', () => {
  test('by the app the bill came from, never cash; by a saved ride code when the user keeps one', async () => {
    const legs = await legsOf(['alipay-rail.csv', 'wechat.xlsx'])
    const payOf = (p: BillPlan) =>
      newTrips(p).map((n) => [n.bills[0]!.source, n.trip.legs[0]!.mode, n.trip.legs[0]!.payment])
    expect(payOf(plan(legs, []))).toEqual([
      ['wechat', 'metro', { kind: 'app', app: 'wechat' }],
      ['wechat', 'cityBus', { kind: 'app', app: 'wechat' }],
      ['alipay', 'metro', { kind: 'app', app: 'alipay' }],
    ])
    // The Shanghai ride code pays the Shanghai transport card company's rides, not Jiaxing's bus.
    const code = { id: uuid(900), typeId: 'sh-ride-code' }
    expect(payOf(plan(legs, [], [], [code]))).toEqual([
      ['wechat', 'metro', { kind: 'card', cardId: uuid(900) }],
      ['wechat', 'cityBus', { kind: 'app', app: 'wechat' }],
      ['alipay', 'metro', { kind: 'card', cardId: uuid(900) }],
    ])
  })

  test('a logged leg typed as cash that a bill pays is paid in the app; a card stays', async () => {
    const cash = trip({
      id: uuid(3),
      date: '2026-11-02',
      departTime: '18:30',
      legs: [
        leg({ mode: 'metro', from: '人民广场', to: '莘庄', fareFen: 0, payment: { kind: 'cash' } }),
      ],
    })
    const p = plan(await alipayLegs(), [cash])
    expect(changes(p)[0]!.after.payment).toEqual({ kind: 'app', app: 'alipay' })
    const card = {
      ...cash,
      legs: [{ ...cash.legs[0]!, payment: { kind: 'card' as const, cardId: uuid(900) } }],
    }
    expect(changes(plan(await alipayLegs(), [card]))[0]!.after.payment).toEqual({
      kind: 'card',
      cardId: uuid(900),
    })
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
  const G7505 = 'wechat:4200002026110400005'

  test("a day's rides that fit it become one trip in its shape, with the bill's fares", async () => {
    const legs = await legsOf(['wechat.xlsx'])
    const p = plan({ legs, travelDates: { [G7505]: '2026-11-04' } }, [], [toWork])
    expect(newTrips(p)).toHaveLength(1)
    const { trip: t, commute, bills } = newTrips(p)[0]!
    expect(commute).toBe('上班')
    expect(bills).toHaveLength(3)
    expect(t).toMatchObject({
      date: '2026-11-04',
      direction: 'toWork',
      departTime: '06:40',
      tags: ['通勤'],
    })
    expect(t.legs.map((l) => [l.mode, l.from, l.to, l.line, l.fareFen, l.payment.kind])).toEqual([
      ['metro', '莘庄', '上海虹桥', '1号线', 600, 'app'],
      ['hsr', '上海虹桥', '嘉兴南', 'G7505', 3150, 'ticket'],
      ['cityBus', '', '', 'K1路', 200, 'app'],
      ['walk', '', '', '', 0, 'cash'],
    ])
  })

  test('without the rail leg the day does not fit; the rail payment waits for its date', async () => {
    const p = plan(await legsOf(['wechat.xlsx']), [], [toWork])
    expect(newTrips(p).map((n) => [n.trip.legs[0]!.mode, n.commute])).toEqual([
      ['metro', null],
      ['cityBus', null],
    ])
    expect(p.undated.map((b) => b.line)).toEqual(['G7505'])
  })

  test('rides in another order or between other stations do not fit', async () => {
    const legs = await legsOf(['wechat.xlsx'])
    const reversed = { ...toWork, legs: [...toWork.legs].reverse() }
    const p = plan({ legs, travelDates: { [G7505]: '2026-11-04' } }, [], [reversed])
    expect(newTrips(p).every((n) => n.commute === null)).toBe(true)
    expect(newTrips(p)).toHaveLength(3)
  })
})
