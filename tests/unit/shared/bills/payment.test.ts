// How a ride from a bill is paid: a saved ride code where one fits, else the app; never cash. And
// schema v5's correction of legs an earlier import recorded as cash, in the database's upgrade and
// in a v4 backup restored.
import { describe, expect, test } from 'vitest'
import { billPayment, withAppPayment } from '@shared/bills/payment'
import { upgradeTables } from '@shared/backup/upgrade'
import { tripSchema } from '@shared/trips/schema'
import { leg, trip, uuid } from '../../../fixtures/builders'

describe('the payment of a ride from a bill', () => {
  const code = { id: uuid(900), typeId: 'sh-ride-code' }

  test.each([
    ['alipay', 'shCard', [], { kind: 'app', app: 'alipay' }],
    ['wechat', 'jxBus', [code], { kind: 'app', app: 'wechat' }],
    ['csv', null, [], { kind: 'app', app: 'other' }],
    ['alipay', 'shCard', [code], { kind: 'card', cardId: uuid(900) }],
  ] as const)('%s via %s with cards %j → %j', (source, operator, cards, expected) => {
    expect(billPayment({ source, operator, mode: 'metro' }, cards)).toEqual(expected)
  })

  test('a rail leg is a ticket, whoever sold it', () => {
    expect(billPayment({ source: 'alipay', operator: 'rail', mode: 'hsr' }, [code])).toEqual({
      kind: 'ticket',
    })
  })

  test('an app payment is a valid payment of a stored trip', () => {
    const t = trip({ legs: [leg({ mode: 'metro', payment: { kind: 'app', app: 'wechat' } })] })
    expect(tripSchema.safeParse(t).success).toBe(true)
    const bad = { ...t, legs: [{ ...t.legs[0], payment: { kind: 'app', app: 'paypal' } }] }
    expect(tripSchema.safeParse(bad).success).toBe(false)
  })
})

describe('schema v6: imported cash becomes the app', () => {
  const imported = (source: 'alipay' | 'wechat' | 'csv' | 'rail12306', mode = 'metro' as const) =>
    leg({ mode, payment: { kind: 'cash' }, bill: { source, orderNo: 'o' } })

  test('a non-rail leg from an Alipay, WeChat or statement bill paid "cash" is paid in the app', () => {
    expect(withAppPayment(imported('alipay')).payment).toEqual({ kind: 'app', app: 'alipay' })
    expect(withAppPayment(imported('wechat')).payment).toEqual({ kind: 'app', app: 'wechat' })
    expect(withAppPayment(imported('csv')).payment).toEqual({ kind: 'app', app: 'other' })
  })

  test('hand-typed cash, cards, tickets and other values stay as they are', () => {
    const hand = leg({ mode: 'metro', payment: { kind: 'cash' } })
    expect(withAppPayment(hand)).toBe(hand)
    const card = leg({
      mode: 'metro',
      payment: { kind: 'card', cardId: uuid(900) },
      bill: { source: 'alipay', orderNo: 'o' },
    })
    expect(withAppPayment(card)).toBe(card)
    const rail = leg({
      mode: 'hsr',
      payment: { kind: 'cash' },
      bill: { source: 'alipay', orderNo: 'o' },
    })
    expect(withAppPayment(rail)).toBe(rail)
    expect(withAppPayment(null)).toBeNull()
    expect(withAppPayment('x')).toBe('x')
  })

  test('a v5 backup restored now gets the same correction', () => {
    const v5 = {
      trips: [
        trip({ legs: [imported('wechat'), leg({ mode: 'metro', payment: { kind: 'cash' } })] }),
      ],
    }
    const [t] = upgradeTables(v5, 5)['trips'] as ReturnType<typeof trip>[]
    expect(t!.legs.map((l) => l.payment)).toEqual([
      { kind: 'app', app: 'wechat' },
      { kind: 'cash' },
    ])
  })
})
