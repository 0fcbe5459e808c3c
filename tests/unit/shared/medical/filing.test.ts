import { describe, expect, it } from 'vitest'
import { answersFromFiling, currentFiling, filingState } from '@shared/medical/filing'
import { filing, uuid } from './helpers'

describe('filing helpers', () => {
  it('is active without a valid-until date, and until that date inclusive', () => {
    expect(filingState(filing({ validUntil: null }), '2040-01-01')).toBe('active')
    expect(filingState(filing({ validUntil: '2026-12-31' }), '2026-12-31')).toBe('active')
    expect(filingState(filing({ validUntil: '2026-12-31' }), '2027-01-01')).toBe('expired')
  })

  it('picks the most recent filing', () => {
    const a = filing({ id: uuid(1), date: '2025-01-01' })
    const b = filing({ id: uuid(2), date: '2026-01-01', updatedAt: '2026-01-01T00:00:00.000Z' })
    const c = filing({ id: uuid(3), date: '2026-01-01', updatedAt: '2026-02-01T00:00:00.000Z' })
    expect(currentFiling([a, b, c])?.id).toBe(uuid(3))
    expect(currentFiling([])).toBeNull()
  })

  it('pre-fills the wizard, and says "not filed" once the filing expired', () => {
    const f = filing({
      type: 'temporary',
      insuredIn: 'shanghai',
      scheme: 'resident',
      city: 'jiaxing',
      validUntil: '2026-06-30',
    })
    expect(answersFromFiling(f, '2026-06-01')).toEqual({
      insuredIn: 'shanghai',
      scheme: 'resident',
      careIn: 'jiaxing',
      filed: 'temporary',
    })
    expect(answersFromFiling(f, '2026-07-01').filed).toBe('none')
  })
})
