import { describe, expect, it } from 'vitest'
import { visitSchema } from '@shared/medical/schema'
import { isOpenClaim, openClaims, totalsByYear } from '@shared/medical/visits'
import { uuid, visit } from './helpers'

const doc = (n: number, done: boolean) => ({
  id: `d${n}`,
  text: { zh: `单据${n}`, en: `Doc ${n}` },
  sourceIds: [],
  done,
})

describe('visit schema', () => {
  it('accepts settled + out of pocket equal to the total, and less', () => {
    expect(visitSchema.safeParse(visit()).success).toBe(true)
    expect(visitSchema.safeParse(visit({ directFen: 0, outOfPocketFen: 100 })).success).toBe(true)
  })

  it('refuses settled + out of pocket above the total, on the out-of-pocket field', () => {
    const r = visitSchema.safeParse(visit({ totalFen: 100, directFen: 60, outOfPocketFen: 41 }))
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['outOfPocketFen', 'validation.amountsExceedTotal'],
    ])
  })

  it.each([
    [{ totalFen: 1.5 }, 'validation.amount'],
    [{ directFen: -1 }, 'validation.amountRange'],
    [{ totalFen: 100_000_001 }, 'validation.amountRange'],
    [{ totalFen: Number.NaN }, 'validation.amount'],
  ])('refuses amount %o', (over, message) => {
    const r = visitSchema.safeParse(visit(over))
    expect(r.error?.issues[0]?.message).toBe(message)
  })

  it('needs an amount for a reimbursed claim and none for other statuses', () => {
    const missing = visitSchema.safeParse(
      visit({ claim: { status: 'reimbursed', reimbursedFen: null, documents: [] } }),
    )
    expect(missing.error?.issues[0]?.message).toBe('validation.reimbursedRequired')
    const stray = visitSchema.safeParse(
      visit({ claim: { status: 'toClaim', reimbursedFen: 5, documents: [] } }),
    )
    expect(stray.error?.issues[0]?.message).toBe('validation.reimbursedOnlyWhenDone')
  })

  it('refuses a reimbursement larger than what the user paid', () => {
    const r = visitSchema.safeParse(
      visit({
        outOfPocketFen: 20_000,
        claim: { status: 'reimbursed', reimbursedFen: 20_001, documents: [] },
      }),
    )
    expect(r.error?.issues[0]?.message).toBe('validation.reimbursedExceedsPaid')
  })

  it('needs a hospital: a directory id or a typed name', () => {
    expect(visitSchema.safeParse(visit({ hospitalId: null, hospitalName: '' })).success).toBe(false)
    expect(
      visitSchema.safeParse(visit({ hospitalId: null, hospitalName: '青浦区中医医院' })).success,
    ).toBe(true)
    expect(visitSchema.safeParse(visit({ hospitalId: 'Not An Id' })).success).toBe(false)
  })
})

describe('totalsByYear', () => {
  const visits = [
    visit({
      id: uuid(1),
      date: '2025-12-31',
      totalFen: 10_000,
      directFen: 6_000,
      outOfPocketFen: 4_000,
    }),
    visit({
      id: uuid(2),
      date: '2026-01-01',
      totalFen: 80_000,
      directFen: 0,
      outOfPocketFen: 80_000,
      claim: { status: 'reimbursed', reimbursedFen: 50_000, documents: [] },
    }),
    visit({
      id: uuid(3),
      date: '2026-06-15',
      totalFen: 30_000,
      directFen: 0,
      outOfPocketFen: 30_000,
      claim: { status: 'submitted', reimbursedFen: null, documents: [] },
    }),
    visit({
      id: uuid(4),
      date: '2026-07-01',
      totalFen: 1_234,
      directFen: 1_000,
      outOfPocketFen: 234,
      claim: { status: 'toClaim', reimbursedFen: null, documents: [] },
    }),
  ]

  it('adds each year up separately, newest year first', () => {
    expect(totalsByYear(visits)).toEqual([
      {
        year: '2026',
        visits: 3,
        totalFen: 111_234,
        directFen: 1_000,
        outOfPocketFen: 110_234,
        reimbursedFen: 50_000,
        pendingFen: 30_234,
        netFen: 60_234,
        openClaims: 2,
      },
      {
        year: '2025',
        visits: 1,
        totalFen: 10_000,
        directFen: 6_000,
        outOfPocketFen: 4_000,
        reimbursedFen: 0,
        pendingFen: 0,
        netFen: 4_000,
        openClaims: 0,
      },
    ])
  })

  it('is empty for no visits', () => {
    expect(totalsByYear([])).toEqual([])
  })
})

describe('openClaims', () => {
  it('lists claims to claim or submitted, oldest first, with document progress', () => {
    const visits = [
      visit({
        id: uuid(1),
        date: '2026-05-01',
        claim: {
          status: 'submitted',
          reimbursedFen: null,
          documents: [doc(1, true), doc(2, false)],
        },
      }),
      visit({
        id: uuid(2),
        date: '2026-02-01',
        claim: { status: 'toClaim', reimbursedFen: null, documents: [] },
      }),
      visit({
        id: uuid(3),
        date: '2026-01-01',
        claim: { status: 'reimbursed', reimbursedFen: 1, documents: [] },
      }),
      visit({
        id: uuid(4),
        date: '2026-01-01',
        claim: { status: 'notNeeded', reimbursedFen: null, documents: [] },
      }),
    ]
    expect(openClaims(visits).map((c) => [c.visit.id, c.documentsDone, c.documentsTotal])).toEqual([
      [uuid(2), 0, 0],
      [uuid(1), 1, 2],
    ])
  })

  it('knows which statuses are open', () => {
    expect(
      ['notNeeded', 'toClaim', 'submitted', 'reimbursed'].map((status) =>
        isOpenClaim({ status: status as never }),
      ),
    ).toEqual([false, true, true, false])
  })
})
