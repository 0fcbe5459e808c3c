import { describe, expect, it } from 'vitest'
import { DuplicateIndex, tripContentKey } from '@shared/trips/duplicates'
import { leg, trip, uuid } from './helpers'

describe('duplicates', () => {
  const stored = trip()
  const index = new DuplicateIndex([stored])

  it('finds the same id even when everything else changed', () => {
    expect(index.reasonFor(trip({ date: '2025-01-01', legs: [leg({ fareFen: 1 })] }))).toBe(
      'sameId',
    )
  })

  it('finds the same date and legs under another id', () => {
    expect(index.reasonFor(trip({ id: uuid(2), note: '另一条', departTime: null }))).toBe(
      'sameContent',
    )
  })

  it('treats any leg difference or another date as new', () => {
    expect(index.reasonFor(trip({ id: uuid(2), date: '2025-10-08' }))).toBeNull()
    expect(index.reasonFor(trip({ id: uuid(2), legs: [leg({ fareFen: 2451 })] }))).toBeNull()
    expect(
      index.reasonFor(trip({ id: uuid(2), legs: [leg({ payment: { kind: 'cash' } })] })),
    ).toBeNull()
    expect(index.reasonFor(trip({ id: uuid(2), legs: [leg(), leg()] }))).toBeNull()
  })

  it('cannot be fooled by text that contains the separators', () => {
    const a = trip({ legs: [leg({ from: 'a', to: 'b' })] })
    const b = trip({ legs: [leg({ from: 'a\u001fb', to: '' })] })
    expect(tripContentKey(a)).not.toBe(tripContentKey(b))
  })
})
