import { describe, expect, it } from 'vitest'
import { parseFilingForm, parseVisitForm } from '@shared/medical/forms'
import { NOW, TOMORROW, uuid, visitForm } from './helpers'

const ctx = { id: uuid(7), now: NOW, tomorrow: TOMORROW }

describe('parseVisitForm', () => {
  it('turns yuan strings into fen and keeps a typed hospital name', () => {
    const r = parseVisitForm(
      visitForm({ total: '1,234.5', direct: '1000', outOfPocket: '¥234.50' }),
      ctx,
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({
      id: uuid(7),
      hospitalId: null,
      hospitalName: '嘉兴市第一医院',
      totalFen: 123_450,
      directFen: 100_000,
      outOfPocketFen: 23_450,
      createdAt: NOW,
      updatedAt: NOW,
    })
  })

  it('drops the typed name when a directory hospital is chosen', () => {
    const r = parseVisitForm(visitForm({ hospitalId: 'sh-changhai' }), ctx)
    expect(r.ok && r.value.hospitalName).toBe('')
  })

  it('treats empty direct and out-of-pocket amounts as zero', () => {
    const r = parseVisitForm(visitForm({ direct: '', outOfPocket: '' }), ctx)
    expect(r.ok && [r.value.directFen, r.value.outOfPocketFen]).toEqual([0, 0])
  })

  it.each([
    [{ total: '' }, 'total', 'validation.required'],
    [{ total: '12.345' }, 'total', 'validation.moneyDecimals'],
    // Issue 14, item 2: "356,4" was saved as ¥3,564.00.
    [{ total: '356,4' }, 'total', 'validation.moneyComma'],
    [
      { claimStatus: 'reimbursed' as const, reimbursed: '12,5' },
      'reimbursed',
      'validation.moneyComma',
    ],
    [{ total: 'abc' }, 'total', 'validation.amount'],
    [{ direct: '-5' }, 'direct', 'validation.amountRange'],
    [{ total: '2000000' }, 'total', 'validation.amountRange'],
    [{ direct: '400', outOfPocket: '200' }, 'outOfPocket', 'validation.amountsExceedTotal'],
    [{ hospitalName: '  ' }, 'hospitalName', 'validation.hospitalRequired'],
    [{ date: '2026-02-30' }, 'date', 'validation.date'],
    [{ date: '1999-12-31' }, 'date', 'validation.dateTooEarly'],
    [{ date: '2026-11-22' }, 'date', 'validation.dateFuture'],
    [{ department: 'x'.repeat(61) }, 'department', 'validation.tooLong'],
    [{ claimStatus: 'reimbursed' as const, reimbursed: '' }, 'reimbursed', 'validation.required'],
    [
      { claimStatus: 'reimbursed' as const, reimbursed: '250' },
      'reimbursed',
      'validation.reimbursedExceedsPaid',
    ],
  ])('refuses %o with a message on %s', (over, field, message) => {
    const r = parseVisitForm(visitForm(over), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[field]).toBe(message)
  })

  it('does not compare amounts while one of them is unreadable', () => {
    const r = parseVisitForm(visitForm({ total: 'x', direct: '300', outOfPocket: '200' }), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toEqual({ total: 'validation.amount' })
  })

  it('reports every bad field at once', () => {
    const r = parseVisitForm(visitForm({ total: '', direct: 'x', hospitalName: '', date: '' }), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(['date', 'direct', 'hospitalName', 'total'])
  })

  it('records a reimbursed amount only for a reimbursed claim', () => {
    const done = parseVisitForm(visitForm({ claimStatus: 'reimbursed', reimbursed: '150' }), ctx)
    expect(done.ok && done.value.claim).toEqual({
      status: 'reimbursed',
      reimbursedFen: 15_000,
      documents: [],
    })
    const open = parseVisitForm(visitForm({ claimStatus: 'submitted', reimbursed: '150' }), ctx)
    expect(open.ok && open.value.claim.reimbursedFen).toBeNull()
  })

  it('keeps createdAt of the record being edited', () => {
    const r = parseVisitForm(visitForm(), { ...ctx, createdAt: '2026-01-01T00:00:00.000Z' })
    expect(r.ok && [r.value.createdAt, r.value.updatedAt]).toEqual([
      '2026-01-01T00:00:00.000Z',
      NOW,
    ])
  })
})

describe('parseFilingForm', () => {
  const form = {
    type: 'temporary',
    insuredIn: 'shanghai',
    scheme: 'resident',
    city: 'jiaxing',
    date: '2026-05-01',
    validUntil: '',
    note: '',
  }

  it('accepts a filing without a valid-until date', () => {
    const r = parseFilingForm(form, ctx)
    expect(r.ok && r.value).toMatchObject({ type: 'temporary', city: 'jiaxing', validUntil: null })
  })

  it.each([
    [{ type: '' }, 'type', 'validation.filingType'],
    [{ insuredIn: 'beijing' }, 'insuredIn', 'validation.insuredIn'],
    [{ scheme: '' }, 'scheme', 'validation.scheme'],
    [{ city: 'hangzhou' }, 'city', 'validation.city'],
    [{ date: '2026-13-01' }, 'date', 'validation.date'],
    [{ date: '2027-01-01' }, 'date', 'validation.dateFuture'],
    [{ validUntil: '2026-04-30' }, 'validUntil', 'validation.validUntilBeforeDate'],
    [{ validUntil: '30/04/2027' }, 'validUntil', 'validation.date'],
  ])('refuses %o with a message on %s', (over, field, message) => {
    const r = parseFilingForm({ ...form, ...over }, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[field]).toBe(message)
  })

  it('accepts a valid-until date in the future', () => {
    expect(parseFilingForm({ ...form, validUntil: '2030-05-01' }, ctx).ok).toBe(true)
  })
})
