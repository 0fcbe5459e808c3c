// What the user paid: the fare paid most often, when, and the one before it changed.
import { describe, expect, it } from 'vitest'
import { fareHistory } from '@shared/personal/fares'

const paid = (list: [string, number][]) => list.map(([date, fareFen]) => ({ date, fareFen }))

describe('fare history', () => {
  it('gives the fare paid most often with its dates and the fare before it ("¥31.5 since 2025-03, ¥29.5 before")', () => {
    const h = fareHistory(
      paid([
        ['2025-01-06', 2950],
        ['2025-01-20', 2950],
        ['2025-02-10', 2950],
        ['2025-03-03', 3150],
        ['2025-03-10', 3150],
        ['2025-04-07', 3150],
        ['2025-05-05', 3150],
      ]),
    )
    expect(h).toEqual({
      n: 7,
      usual: { fen: 3150, n: 4, from: '2025-03-03', to: '2025-05-05' },
      before: { fen: 2950, n: 3, from: '2025-01-06', to: '2025-02-10' },
      after: null,
    })
  })

  it('names a newer fare paid after the usual one', () => {
    const h = fareHistory(
      paid([
        ['2025-01-06', 2950],
        ['2025-01-07', 2950],
        ['2025-01-08', 2950],
        ['2025-02-01', 3150],
      ]),
    )
    expect(h?.usual).toEqual({ fen: 2950, n: 3, from: '2025-01-06', to: '2025-01-08' })
    expect(h?.before).toBeNull()
    expect(h?.after).toEqual({ fen: 3150, n: 1, from: '2025-02-01', to: '2025-02-01' })
  })

  it('breaks a tie in favour of the fare paid last', () => {
    const h = fareHistory(
      paid([
        ['2025-01-01', 600],
        ['2025-01-02', 500],
        ['2025-01-03', 600],
        ['2025-01-04', 500],
      ]),
    )
    expect(h?.usual.fen).toBe(500)
  })

  it('has nothing to say without a leg', () => {
    expect(fareHistory([])).toBeNull()
  })
})
