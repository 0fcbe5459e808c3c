// The nearest-rank rule on small sets worked by hand: rank = ⌈p/100 × n⌉ in ascending order.
import { describe, expect, it } from 'vitest'
import { nearestRank, spreadOf, type Sample } from '@shared/personal/percentile'

const samples = (values: number[]): Sample[] =>
  values.map((value, i) => ({ date: `2025-03-${String(i + 1).padStart(2, '0')}`, value }))

describe('nearest-rank percentile', () => {
  it('n = 1: every percentile is the one value', () => {
    expect(nearestRank([42], 50)).toBe(42)
    expect(nearestRank([42], 90)).toBe(42)
  })

  it('n = 2: median at rank ⌈1⌉ = 1, p90 at rank ⌈1.8⌉ = 2', () => {
    expect(nearestRank([30, 40], 50)).toBe(30)
    expect(nearestRank([30, 40], 90)).toBe(40)
  })

  it('n = 3: median at rank ⌈1.5⌉ = 2, p90 at rank ⌈2.7⌉ = 3', () => {
    expect(spreadOf(samples([50, 30, 40]))).toEqual({
      kind: 'percentiles',
      n: 3,
      median: 40,
      p90: 50,
    })
  })

  it('n = 5: median at rank ⌈2.5⌉ = 3, p90 at rank ⌈4.5⌉ = 5', () => {
    expect(spreadOf(samples([62, 55, 71, 58, 60]))).toMatchObject({ median: 60, p90: 71 })
  })

  it('n = 10: median at rank 5, p90 at rank 9 (not the largest)', () => {
    // sorted: 50 51 52 53 54 55 56 57 58 90
    const s = spreadOf(samples([58, 50, 90, 53, 51, 57, 52, 56, 55, 54]))
    expect(s).toEqual({ kind: 'percentiles', n: 10, median: 54, p90: 58 })
  })

  it('ties: equal values share ranks, the value at the rank is taken', () => {
    // sorted: 40 40 40 45 45 45 45 60
    const s = spreadOf(samples([45, 40, 60, 45, 40, 45, 40, 45]))
    // median rank ⌈4⌉ = 4 → 45; p90 rank ⌈7.2⌉ = 8 → 60
    expect(s).toMatchObject({ median: 45, p90: 60 })
    expect(spreadOf(samples([30, 30, 30, 30]))).toMatchObject({ median: 30, p90: 30 })
  })

  it('computes the rank without floating-point drift (0.9 × 30 is exactly rank 27)', () => {
    const sorted = Array.from({ length: 30 }, (_, i) => i + 1)
    expect(nearestRank(sorted, 90)).toBe(27)
    expect(
      nearestRank(
        Array.from({ length: 70 }, (_, i) => i + 1),
        90,
      ),
    ).toBe(63)
  })

  it('fewer than 3 values give the trips, by date, not a percentile', () => {
    expect(spreadOf([])).toEqual({ kind: 'few', n: 0, samples: [] })
    expect(
      spreadOf([
        { date: '2025-03-04', value: 31 },
        { date: '2025-03-02', value: 29 },
      ]),
    ).toEqual({
      kind: 'few',
      n: 2,
      samples: [
        { date: '2025-03-02', value: 29 },
        { date: '2025-03-04', value: 31 },
      ],
    })
  })

  it('refuses an empty set or a percentile outside 1–100', () => {
    expect(() => nearestRank([], 50)).toThrow(RangeError)
    expect(() => nearestRank([1], 0)).toThrow(RangeError)
    expect(() => nearestRank([1], 101)).toThrow(RangeError)
  })
})
