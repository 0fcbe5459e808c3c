import { describe, expect, it } from 'vitest'
import { checkDraft } from '@shared/trips/validate'
import {
  crossesMidnight,
  draftFromForm,
  emptyForm,
  emptyLeg,
  formDuration,
  formFromBody,
  nextLeg,
} from '@shared/trips/form'
import { paymentFromValue, paymentValue } from '@shared/trips/payment'
import { parseTags } from '@shared/trips/draft'
import { isRailMode } from '@shared/trips/schema'
import { CARD_ID, leg, template, trip } from '../../../fixtures/builders'

describe('entry form model', () => {
  it('turns typed text into a draft: yuan to fen, minutes, times, tags', () => {
    const form = {
      ...emptyForm('2025-10-09'),
      departTime: '7:05',
      arriveTime: '08:30',
      legs: [
        emptyLeg({
          mode: 'hsr' as const,
          payment: 'ticket',
          fare: '24.5',
          minutes: '28',
          from: '上海虹桥',
          to: '嘉兴南',
        }),
      ],
      tags: '加班，雨天 加班',
    }
    const { draft, issues } = draftFromForm(form)
    expect(issues).toEqual([])
    expect(draft).toMatchObject({
      departTime: '07:05',
      arriveTime: '08:30',
      tags: ['加班', '雨天'],
    })
    expect(draft.legs[0]).toMatchObject({ fareFen: 2450, minutes: 28, payment: { kind: 'ticket' } })
  })

  it('names each unreadable field with the path the schema uses', () => {
    const form = {
      ...emptyForm('2025-10-09'),
      departTime: '25:00',
      legs: [
        emptyLeg({ fare: '', payment: '' }),
        emptyLeg({ fare: '1.234', minutes: '5.5', payment: 'cash' }),
        emptyLeg({ fare: '六元', payment: 'cash' }),
      ],
    }
    expect(draftFromForm(form).issues).toEqual([
      { path: 'legs.0.payment', message: 'validation.payment' },
      { path: 'legs.0.fareFen', message: 'validation.required' },
      { path: 'legs.1.fareFen', message: 'validation.moneyDecimals' },
      { path: 'legs.1.minutes', message: 'validation.minutes' },
      { path: 'legs.2.fareFen', message: 'validation.moneyNotNumber' },
      { path: 'departTime', message: 'validation.time' },
    ])
  })

  it("keeps a leg's bill, its payment's bill and e-invoice when editing, and drops them from a copy", () => {
    const imported = trip({
      legs: [
        leg({
          invoice: true,
          bill: { source: 'rail12306', orderNo: 'E123456789/2026-11-06/G7501/05车12A号' },
          paidBy: { source: 'alipay', orderNo: '2026110522001400010' },
        }),
      ],
    })
    const edited = draftFromForm(formFromBody(imported, imported.date, true)).draft
    expect(edited.legs[0]).toMatchObject({
      invoice: true,
      bill: { source: 'rail12306', orderNo: 'E123456789/2026-11-06/G7501/05车12A号' },
      paidBy: { source: 'alipay', orderNo: '2026110522001400010' },
    })
    const copy = draftFromForm(formFromBody(imported, '2025-10-10')).draft
    expect(copy.legs[0]!.bill).toBeUndefined()
    expect(copy.legs[0]!.paidBy).toBeUndefined()
    expect(copy.legs[0]!.invoice).toBe(false)
  })

  // Issue 14, item 2: a comma in a fare multiplied it (12,5 saved ¥125.00, 3,50 ¥350.00).
  it.each(['12,5', '3,50', '1,234'])('refuses the fare %s instead of scaling it', (fare) => {
    const form = { ...emptyForm('2025-10-09'), legs: [emptyLeg({ fare, payment: 'cash' })] }
    expect(draftFromForm(form).issues).toEqual([
      { path: 'legs.0.fareFen', message: 'validation.moneyComma' },
    ])
  })

  it('round-trips a saved commute through the form', () => {
    const t = template()
    const { draft, issues } = draftFromForm(formFromBody(t, '2025-10-09'))
    expect(issues).toEqual([])
    const { date: _date, ...body } = draft
    expect(body).toEqual({
      direction: t.direction,
      // A rail leg read back from the form says whether its e-invoice was requested.
      legs: t.legs.map((l) => (isRailMode(l.mode) ? { ...l, invoice: false } : l)),
      departTime: t.departTime,
      arriveTime: t.arriveTime,
      note: t.note,
      tags: t.tags,
    })
    expect(checkDraft(draft, '2025-10-10').ok).toBe(true)
  })

  it('derives the duration, across midnight too', () => {
    expect(formDuration({ departTime: '07:10', arriveTime: '08:30' })).toBe(80)
    expect(formDuration({ departTime: '23:50', arriveTime: '00:20' })).toBe(30)
    expect(crossesMidnight({ departTime: '23:50', arriveTime: '00:20' })).toBe(true)
    expect(formDuration({ departTime: '07:10', arriveTime: '' })).toBeNull()
  })

  it('starts a new leg where the last one ended, paying the same way', () => {
    expect(nextLeg(emptyLeg({ to: '嘉兴南', payment: `card:${CARD_ID}` }))).toMatchObject({
      from: '嘉兴南',
      payment: `card:${CARD_ID}`,
      to: '',
    })
  })

  it('reads payment choices', () => {
    expect(paymentFromValue(`card:${CARD_ID}`)).toEqual({ kind: 'card', cardId: CARD_ID })
    expect(paymentFromValue('cash')).toEqual({ kind: 'cash' })
    expect(paymentFromValue('card:')).toBeNull()
    expect(paymentFromValue('')).toBeNull()
    expect(paymentFromValue('app:wechat')).toEqual({ kind: 'app', app: 'wechat' })
    expect(paymentFromValue('app:paypal')).toBeNull()
    expect(paymentFromValue('app:')).toBeNull()
  })

  it('writes every payment as a value it reads back', () => {
    for (const p of [
      { kind: 'cash' as const },
      { kind: 'ticket' as const },
      { kind: 'card' as const, cardId: CARD_ID },
      { kind: 'app' as const, app: 'alipay' as const },
      { kind: 'app' as const, app: 'other' as const },
    ])
      expect(paymentFromValue(paymentValue(p))).toEqual(p)
  })

  it('splits tags on Chinese and Latin separators, without repeats', () => {
    expect(parseTags(' 加班、出差;雨天；加班 ,  ')).toEqual(['加班', '出差', '雨天'])
  })
})
