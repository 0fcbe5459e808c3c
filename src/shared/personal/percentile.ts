// Percentiles as the guide defines them, so that anyone can check a figure by hand: the p-th
// percentile of n values is the value at rank ⌈p/100 × n⌉ in ascending order (nearest rank); the
// median is p = 50. Fewer than MIN_FOR_PERCENTILE values give the values themselves.

export const MIN_FOR_PERCENTILE = 3

/**
 * The nearest-rank percentile of values already sorted ascending. `p * n` is an integer, so
 * dividing by 100 is exact whenever the rank is a whole number (0.9 * 30 would give 27.000…04).
 */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values')
  if (!Number.isInteger(p) || p <= 0 || p > 100) throw new RangeError(`p must be 1–100, got ${p}`)
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100))
  return sorted[rank - 1]!
}

/** One of the user's figures: a minutes value and the day it was logged. */
export interface Sample {
  date: string
  value: number
}

/** What a set of minutes says: the trips themselves when there are few, else median and p90. */
export type Spread =
  | { kind: 'few'; n: number; samples: Sample[] }
  | { kind: 'percentiles'; n: number; median: number; p90: number }

export function spreadOf(samples: readonly Sample[]): Spread {
  if (samples.length < MIN_FOR_PERCENTILE) {
    const byDate = [...samples].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    return { kind: 'few', n: samples.length, samples: byDate }
  }
  const sorted = samples.map((s) => s.value).sort((a, b) => a - b)
  return {
    kind: 'percentiles',
    n: sorted.length,
    median: nearestRank(sorted, 50),
    p90: nearestRank(sorted, 90),
  }
}
