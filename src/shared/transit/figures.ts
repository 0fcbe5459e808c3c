// Sourced numbers as ranges. A list of measures or fares is one entry per source, so the honest
// summary is the span between the lowest and highest figure, or null when none is sourced.
import type { Fare, Measure } from '../pack/schema'
import type { Range } from './types'

export function rangeOf(values: readonly number[]): Range | null {
  if (values.length === 0) return null
  return { min: Math.min(...values), max: Math.max(...values) }
}

export function minutesRange(measures: readonly Measure[]): Range | null {
  return rangeOf(measures.map((m) => m.value))
}

export function fareRange(fares: readonly Fare[]): Range | null {
  return rangeOf(fares.map((f) => f.fen))
}

/** Adds ranges part by part. */
export function addRanges(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max + b.max }
}
