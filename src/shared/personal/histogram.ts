// Door-to-door minutes in bins of a round width, for the statistics chart: about a dozen bars
// whatever the spread, every bin between the shortest and the longest trip shown (empty ones too).

export interface Bin {
  /** Minutes from (included) … to (excluded). */
  from: number
  to: number
  count: number
}

const WIDTHS = [1, 2, 5, 10, 15, 20, 30, 60, 120]
const TARGET_BINS = 12

export function binWidth(min: number, max: number): number {
  const span = max - min + 1
  return WIDTHS.find((w) => span / w <= TARGET_BINS) ?? WIDTHS[WIDTHS.length - 1]!
}

export function histogram(minutes: readonly number[]): Bin[] {
  if (minutes.length === 0) return []
  let min = Infinity
  let max = -Infinity
  for (const m of minutes) {
    if (m < min) min = m
    if (m > max) max = m
  }
  const width = binWidth(min, max)
  const start = Math.floor(min / width) * width
  const bins: Bin[] = []
  for (let from = start; from <= max; from += width) bins.push({ from, to: from + width, count: 0 })
  for (const m of minutes) bins[Math.floor((m - start) / width)]!.count++
  return bins
}

/** Where a value sits along the bins, 0 … bins.length (for marking the median and p90). */
export function binPosition(bins: readonly Bin[], value: number): number {
  const first = bins[0]
  if (!first) return 0
  const width = first.to - first.from
  return (value - first.from + 0.5) / width
}
