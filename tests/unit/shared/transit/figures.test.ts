import { describe, expect, it } from 'vitest'
import { addRanges, fareRange, minutesRange } from '@shared/transit/figures'

const src = ['s']

describe('sourced figures', () => {
  it('spans all sourced values and is null when none is sourced', () => {
    expect(
      minutesRange([
        { value: 42, label: null, sourceIds: src },
        { value: 32, label: null, sourceIds: src },
        { value: 60, label: null, sourceIds: src },
      ]),
    ).toEqual({ min: 32, max: 60 })
    expect(minutesRange([])).toBeNull()
    expect(fareRange([{ fen: 600, label: null, sourceIds: src }])).toEqual({
      min: 600,
      max: 600,
    })
    expect(fareRange([])).toBeNull()
  })

  it('adds ranges end by end', () => {
    expect(addRanges({ min: 18, max: 18 }, { min: 20, max: 35 })).toEqual({ min: 38, max: 53 })
  })
})
