import { describe, expect, it } from 'vitest'
import { workdayReport } from '../../../../src/shared/stats/workday-report'
import { WORKDAY_CALENDAR_YEARS } from '../../../../src/shared/calendar/workdays'

describe('workdayReport', () => {
  it('follows the holiday calendar across National Day 2024 and its 调休 weekends', () => {
    // 28 Sep (Sat) off; 29 Sep (Sun) worked; 30 Sep worked; 1–7 Oct holiday; 8–11 Oct worked;
    // 12 Oct (Sat) worked; 13 Oct (Sun) off: 7 working days.
    const r = workdayReport({ from: '2024-09-28', to: '2024-10-13' }, [
      '2024-09-29',
      '2024-09-30',
      '2024-10-03', // a commute on a holiday
      '2024-10-08',
      '2024-11-01', // outside the range
    ])
    expect(r.expected).toBe(7)
    expect(r.commuted).toBe(3)
    expect(r.commutedOnDaysOff).toBe(1)
    expect(r.missed).toEqual(['2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12'])
    expect(r.assumedDates).toBe(0)
    expect(r.assumedYears).toEqual([])
  })

  it('counts the leap day as a working day (Thursday 29 Feb 2024)', () => {
    const r = workdayReport({ from: '2024-02-26', to: '2024-03-03' }, ['2024-02-29'])
    expect(r.expected).toBe(5)
    expect(r.commuted).toBe(1)
  })

  it('stops at asOf so days still ahead are not counted as missed', () => {
    const r = workdayReport({ from: '2024-03-01', to: '2024-03-31' }, ['2024-03-01'], '2024-03-05')
    expect(r.to).toBe('2024-03-05')
    expect(r.expected).toBe(3) // Fri 1st, Mon 4th, Tue 5th
    expect(r.missed).toEqual(['2024-03-04', '2024-03-05'])
  })

  it('assumes Monday–Friday outside the calendar years and says for which dates', () => {
    expect(WORKDAY_CALENDAR_YEARS.to).toBeLessThan(2030) // the fixture needs an uncovered year
    // 1 Jan 2030 is a Tuesday: Tue–Fri plus Monday the 7th.
    const r = workdayReport({ from: '2030-01-01', to: '2030-01-07' }, ['2030-01-05'])
    expect(r.expected).toBe(5)
    expect(r.commuted).toBe(0)
    expect(r.commutedOnDaysOff).toBe(1)
    expect(r.assumedDates).toBe(7)
    expect(r.assumedYears).toEqual([2030])
  })

  it('gives zeros for an empty period', () => {
    const r = workdayReport({ from: '2024-10-01', to: '2024-10-07' }, [])
    expect(r).toMatchObject({ expected: 0, commuted: 0, missed: [], commutedOnDaysOff: 0 })
  })
})
