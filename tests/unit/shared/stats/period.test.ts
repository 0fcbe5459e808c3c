import { describe, expect, it } from 'vitest'
import {
  customPeriod,
  periodContaining,
  periodDates,
  periodDays,
  previousPeriod,
  shiftMonth,
} from '../../../../src/shared/stats/period'
import { dateKeys } from '../../../../src/shared/stats/date-keys'

describe('periodContaining', () => {
  it('starts weeks on Monday, across the leap day', () => {
    // 2024-03-03 is a Sunday: its week began on Monday 2024-02-26.
    expect(periodContaining('week', '2024-03-03')).toEqual({
      kind: 'week',
      from: '2024-02-26',
      to: '2024-03-03',
    })
    expect(periodContaining('week', '2024-03-04')).toEqual({
      kind: 'week',
      from: '2024-03-04',
      to: '2024-03-10',
    })
  })

  it('ends February on the 29th in a leap year and the 28th otherwise', () => {
    expect(periodContaining('month', '2024-02-10').to).toBe('2024-02-29')
    expect(periodContaining('month', '2023-02-10').to).toBe('2023-02-28')
    expect(periodContaining('month', '2100-02-01').to).toBe('2100-02-28')
  })

  it('covers a whole calendar year', () => {
    const y = periodContaining('year', '2024-07-01')
    expect(y).toEqual({ kind: 'year', from: '2024-01-01', to: '2024-12-31' })
    expect(periodDays(y)).toBe(366)
    expect(periodDays(periodContaining('year', '2023-07-01'))).toBe(365)
  })
})

describe('previousPeriod', () => {
  it('gives the previous week across a new year', () => {
    const w = periodContaining('week', '2024-01-03')
    expect(w.from).toBe('2024-01-01')
    expect(previousPeriod(w)).toEqual({ kind: 'week', from: '2023-12-25', to: '2023-12-31' })
  })

  it('gives the previous calendar month, whatever its length', () => {
    expect(previousPeriod(periodContaining('month', '2024-03-31'))).toEqual({
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    })
    expect(previousPeriod(periodContaining('month', '2024-01-15'))).toEqual({
      kind: 'month',
      from: '2023-12-01',
      to: '2023-12-31',
    })
  })

  it('gives the previous year', () => {
    expect(previousPeriod(periodContaining('year', '2024-05-05'))).toEqual({
      kind: 'year',
      from: '2023-01-01',
      to: '2023-12-31',
    })
  })

  it('gives a custom range of the same length ending the day before', () => {
    const p = customPeriod('2024-03-01', '2024-03-10')
    expect(p).not.toBeNull()
    expect(previousPeriod(p!)).toEqual({ kind: 'custom', from: '2024-02-20', to: '2024-02-29' })
    const oneDay = customPeriod('2024-03-01', '2024-03-01')!
    expect(previousPeriod(oneDay)).toEqual({ kind: 'custom', from: '2024-02-29', to: '2024-02-29' })
  })
})

describe('customPeriod', () => {
  it('rejects reversed ranges and impossible dates', () => {
    expect(customPeriod('2024-03-10', '2024-03-01')).toBeNull()
    expect(customPeriod('2023-02-29', '2023-03-01')).toBeNull()
    expect(customPeriod('2024-3-1', '2024-03-05')).toBeNull()
  })
})

describe('periodDates and dateKeys', () => {
  it('lists every day, the leap day included', () => {
    expect(periodDates({ from: '2024-02-27', to: '2024-03-02' })).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ])
  })

  it('keys each date to its Monday and month', () => {
    const keys = dateKeys({ from: '2024-02-29', to: '2024-03-04' })
    expect(keys.map((k) => [k.date, k.week, k.month, k.weekday])).toEqual([
      ['2024-02-29', '2024-02-26', '2024-02', 3],
      ['2024-03-01', '2024-02-26', '2024-03', 4],
      ['2024-03-02', '2024-02-26', '2024-03', 5],
      ['2024-03-03', '2024-02-26', '2024-03', 6],
      ['2024-03-04', '2024-03-04', '2024-03', 0],
    ])
  })
})

describe('shiftMonth', () => {
  it('moves across year ends both ways and by more than a year', () => {
    expect(shiftMonth('2024-01', -1)).toBe('2023-12')
    expect(shiftMonth('2023-12', 1)).toBe('2024-01')
    expect(shiftMonth('2024-03', 0)).toBe('2024-03')
    expect(shiftMonth('2024-05', -17)).toBe('2022-12')
    expect(shiftMonth('2024-11', 14)).toBe('2026-01')
  })
})
