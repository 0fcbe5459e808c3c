// Pairing a rail payment (dated the day it was bought) with the 12306 ticket it paid for: amount,
// window (on or after the purchase, at most RAIL_PURCHASE_WINDOW_DAYS later), the day the mail
// says the order was bought, and the train and stops where both name them.
import { describe, expect, test } from 'vitest'
import type { BillLeg } from '@shared/bills/legs'
import {
  pairPurchases,
  RAIL_PURCHASE_WINDOW_DAYS,
  trainOf,
  windowEnd,
} from '@shared/bills/rail-pairing'
import { reconcileBill } from '@shared/bills/reconcile'
import { idSequence, leg, trip, uuid } from '../../../fixtures/builders'

const purchase = (over: Partial<BillLeg> = {}): BillLeg => ({
  source: 'alipay',
  orderNo: 'p1',
  at: 2,
  date: '2026-11-05',
  time: '20:10',
  mode: 'hsr',
  from: '',
  to: '',
  line: '中国铁路网络有限公司',
  fareFen: 3150,
  operator: 'rail',
  ...over,
})

const ticket = (over: Partial<BillLeg> = {}): BillLeg => ({
  source: 'rail12306',
  orderNo: 'E1/2026-11-06/G7501/05车12A号',
  at: 1,
  date: '2026-11-06',
  time: '07:12',
  mode: 'hsr',
  from: '上海虹桥',
  to: '嘉兴南',
  line: 'G7501',
  fareFen: 3150,
  operator: 'rail',
  ...over,
})

const paired = (purchases: BillLeg[], tickets: BillLeg[]): string[][] => {
  const r = pairPurchases({ purchases, tickets, slots: [] })
  return purchases.map((p) =>
    (r.pairs.get(`${p.source}:${p.orderNo}`) ?? []).map((t) =>
      t.kind === 'ticket' ? t.bill.orderNo : 'slot',
    ),
  )
}

describe('the window', () => {
  test(`a ticket up to ${RAIL_PURCHASE_WINDOW_DAYS} days after the purchase, not one day more`, () => {
    expect(windowEnd('2026-11-05')).toBe('2026-12-05')
    expect(paired([purchase()], [ticket({ date: '2026-12-05', orderNo: 't' })])).toEqual([['t']])
    expect(paired([purchase()], [ticket({ date: '2026-12-06', orderNo: 't' })])).toEqual([[]])
  })

  test('never a journey before the purchase, on the day before or earlier that day', () => {
    expect(paired([purchase()], [ticket({ date: '2026-11-04' })])).toEqual([[]])
    expect(paired([purchase({ date: '2026-11-06', time: '08:00' })], [ticket()])).toEqual([[]])
    expect(paired([purchase({ date: '2026-11-06', time: '07:00' })], [ticket()])).toEqual([
      [ticket().orderNo],
    ])
  })

  test('the day the 12306 mail says the order was bought is the payment day (or the next)', () => {
    const order = { no: 'E1', totalFen: 3150, boughtOn: '2026-11-05' }
    expect(paired([purchase()], [ticket({ order })])).toEqual([[ticket().orderNo]])
    expect(paired([purchase({ date: '2026-11-06', time: '00:10' })], [ticket({ order })])).toEqual([
      [ticket().orderNo],
    ])
    expect(paired([purchase({ date: '2026-11-03' })], [ticket({ order })])).toEqual([[]])
  })
})

describe('what must agree', () => {
  test('the amount: one ticket, or the whole order (every passenger) for every ticket of it', () => {
    expect(paired([purchase({ fareFen: 3000 })], [ticket()])).toEqual([[]])
    const order = { no: 'E2', totalFen: 6300, boughtOn: null }
    const a = ticket({ orderNo: 'a', order })
    const b = ticket({ orderNo: 'b', order, time: '18:05', line: 'G7512' })
    expect(paired([purchase({ fareFen: 6300 })], [a, b])).toEqual([['a', 'b']])
  })

  test('the train and stops where both name them', () => {
    expect(paired([purchase({ line: 'G7513' })], [ticket()])).toEqual([[]])
    expect(paired([purchase({ from: '嘉兴南', to: '上海虹桥' })], [ticket()])).toEqual([[]])
    expect(paired([purchase({ line: 'G7501', from: '上海虹桥站' })], [ticket()])).toEqual([
      [ticket().orderNo],
    ])
  })

  test('two payments of the same fare take the two tickets in order', () => {
    const t1 = ticket({ orderNo: 't1' })
    const t2 = ticket({ orderNo: 't2', date: '2026-11-07' })
    expect(
      paired(
        [purchase({ orderNo: 'p2', date: '2026-11-06', time: '06:00' }), purchase()],
        [t2, t1],
      ),
    ).toEqual([['t2'], ['t1']])
  })

  test('train numbers are told from operator names', () => {
    expect(['G7501', 'k1234', '5124', '中国铁路网络有限公司', ''].map(trainOf)).toEqual([
      'G7501',
      'K1234',
      '5124',
      null,
      null,
    ])
  })
})

describe('against the log', () => {
  const ctx = {
    templates: [],
    cards: [],
    now: new Date('2026-12-01T00:00:00Z'),
    newId: idSequence(),
  }

  test('a rail leg typed by hand with the amount paid is paired and gains the payment as its bill', () => {
    const hand = trip({
      id: uuid(1),
      date: '2026-11-06',
      departTime: '07:12',
      legs: [leg({ fareFen: 3150 })],
    })
    const p = reconcileBill({ legs: [purchase()] }, [hand], ctx)
    expect(p.items).toMatchObject([
      { kind: 'paired', tripId: uuid(1), after: { bill: { source: 'alipay', orderNo: 'p1' } } },
    ])
    expect(p.undated).toEqual([])
  })

  test('a logged leg a payment paired with is taken by no dated payment after it', () => {
    const hand = trip({
      id: uuid(4),
      date: '2026-11-06',
      departTime: '07:12',
      legs: [leg({ fareFen: 3150 })],
    })
    const p = reconcileBill(
      {
        legs: [purchase(), purchase({ orderNo: 'p2', fareFen: 3000 })],
        travelDates: { 'alipay:p2': '2026-11-06' },
      },
      [hand],
      ctx,
    )
    expect(p.items.map((i) => [i.kind, i.id])).toEqual([
      ['paired', 'alipay:p1'],
      ['new', 'alipay:p2'],
    ])
  })

  test('a logged ticket that already has its payment takes no other', () => {
    const logged = trip({
      date: '2026-11-06',
      legs: [
        leg({
          fareFen: 3150,
          bill: { source: 'rail12306', orderNo: 'E1/2026-11-06/G7501/05车12A号' },
          paidBy: { source: 'wechat', orderNo: 'w1' },
        }),
      ],
    })
    const p = reconcileBill({ legs: [purchase()] }, [logged], ctx)
    expect(p.items).toEqual([])
    expect(p.undated.map((b) => b.orderNo)).toEqual(['p1'])
  })

  test('a payment given a travel date attaches to that day’s logged ticket without changing its fare', () => {
    const logged = trip({
      id: uuid(2),
      date: '2026-11-10',
      legs: [
        leg({ fareFen: 3150, bill: { source: 'rail12306', orderNo: 'E2/2026-11-10/G7501/x' } }),
      ],
    })
    const p = reconcileBill(
      { legs: [purchase({ fareFen: 7850 })], travelDates: { 'alipay:p1': '2026-11-10' } },
      [logged],
      ctx,
    )
    expect(p.items).toMatchObject([
      { kind: 'paired', tripId: uuid(2), after: { fareFen: 3150, paidBy: { orderNo: 'p1' } } },
    ])
  })
})
