import { describe, expect, it } from 'vitest'
import {
  compareNewestFirst,
  EMPTY_FILTER,
  inDateRange,
  listRows,
  tripMatcher,
} from '@shared/trips/filter'
import { CARD_ID, leg, trip, uuid } from '../../../fixtures/builders'

const a = trip({
  id: uuid(1),
  date: '2025-10-09',
  departTime: '07:10',
  note: '早班',
  tags: ['加班'],
})
const b = trip({
  id: uuid(2),
  date: '2025-10-09',
  departTime: '18:00',
  direction: 'toHome',
  legs: [
    leg({ mode: 'metro', from: '嘉兴南', to: 'Home', payment: { kind: 'card', cardId: CARD_ID } }),
  ],
})
const c = trip({ id: uuid(3), date: '2025-10-10', departTime: null })

describe('list filters', () => {
  it('matches everything with an empty filter', () => {
    expect(tripMatcher(EMPTY_FILTER)).toBeNull()
  })

  it('filters by direction, mode, card and text (any field, case-insensitive, all words)', () => {
    const pick = (f: Partial<typeof EMPTY_FILTER>): string[] =>
      [a, b, c].filter(tripMatcher({ ...EMPTY_FILTER, ...f })!).map((t) => t.id)
    expect(pick({ direction: 'toHome' })).toEqual([uuid(2)])
    expect(pick({ mode: 'metro' })).toEqual([uuid(2)])
    expect(pick({ cardId: CARD_ID })).toEqual([uuid(2)])
    expect(pick({ text: 'home' })).toEqual([uuid(2)])
    expect(pick({ text: '加班' })).toEqual([uuid(1)])
    expect(pick({ text: '早班 G7501' })).toEqual([uuid(1)])
    expect(pick({ text: '早班 nothing' })).toEqual([])
  })

  it('applies an inclusive date range, open at either end', () => {
    expect(inDateRange(a, '2025-10-09', '2025-10-09')).toBe(true)
    expect(inDateRange(a, '2025-10-10', '')).toBe(false)
    expect(inDateRange(a, '', '')).toBe(true)
  })

  it('sorts newest first and groups by day with day totals', () => {
    const sorted = [a, c, b].sort(compareNewestFirst)
    expect(sorted.map((t) => t.id)).toEqual([uuid(3), uuid(2), uuid(1)])
    const rows = listRows(sorted)
    expect(rows.map((r) => (r.kind === 'day' ? r.date : r.trip.id))).toEqual([
      '2025-10-10',
      uuid(3),
      '2025-10-09',
      uuid(2),
      uuid(1),
    ])
    expect(rows[2]).toEqual({ kind: 'day', date: '2025-10-09', trips: 2, fareFen: 4900 })
  })
})
