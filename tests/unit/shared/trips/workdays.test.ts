// The Chinese workday calendar the bulk entry relies on (src/shared/calendar/workdays.ts).
import { describe, expect, it } from 'vitest'
import {
  dayInfo,
  isWorkday,
  WORKDAY_CALENDAR_YEARS,
  workdaysInRange,
} from '@shared/calendar/workdays'

describe('workday calendar', () => {
  it('covers the current years', () => {
    expect(WORKDAY_CALENDAR_YEARS.from).toBeLessThanOrEqual(2025)
    expect(WORKDAY_CALENDAR_YEARS.to).toBeGreaterThanOrEqual(2025)
  })

  it('knows the 2025 National Day and Mid-Autumn holiday, Oct 1–8', () => {
    for (let d = 1; d <= 8; d++) {
      const date = `2025-10-0${d}`
      expect(dayInfo(date).kind, date).toBe('holiday')
      expect(isWorkday(date)).toBe(false)
    }
    expect(isWorkday('2025-10-09')).toBe(true)
  })

  it('knows the adjusted working Sunday 2025-09-28 and Saturday 2025-10-11', () => {
    expect(dayInfo('2025-09-28').kind).toBe('adjustedWorkday')
    expect(isWorkday('2025-09-28')).toBe(true)
    expect(isWorkday('2025-10-11')).toBe(true)
    expect(isWorkday('2025-10-12')).toBe(false)
  })

  it('lists the workdays of a range around the holiday', () => {
    const r = workdaysInRange('2025-09-26', '2025-10-12')
    expect(r.workdays).toEqual([
      '2025-09-26',
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ])
    expect(r.uncoveredDates).toEqual([])
  })

  it('falls back to Monday–Friday outside the covered years and says which dates', () => {
    const year = WORKDAY_CALENDAR_YEARS.to + 1
    // Find the first Monday of January of that year.
    const start = new Date(year, 0, 1)
    while (start.getDay() !== 1) start.setDate(start.getDate() + 1)
    const pad = (n: number): string => String(n).padStart(2, '0')
    const day = (offset: number): string => {
      const d = new Date(start)
      d.setDate(d.getDate() + offset)
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
    }
    const r = workdaysInRange(day(0), day(6))
    expect(r.workdays).toEqual([0, 1, 2, 3, 4].map(day))
    expect(r.uncoveredDates).toHaveLength(7)
    expect(dayInfo(day(0)).covered).toBe(false)
  })
})
