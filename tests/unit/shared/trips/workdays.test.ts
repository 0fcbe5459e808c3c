// The Chinese workday calendar the bulk entry relies on (src/shared/calendar/workdays.ts).
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  coveredYears,
  dayInfo,
  isCalendarCovered,
  isWorkday,
  packCalendarFor,
  setPackCalendars,
  WORKDAY_CALENDAR_YEARS,
  workdaysInRange,
} from '@shared/calendar/workdays'
import type { WorkCalendar } from '@shared/pack'

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

describe('the pack’s official arrangements', () => {
  afterEach(() => setPackCalendars([]))
  const notice = (year: number): WorkCalendar => ({
    id: `test-${year}`,
    year,
    days: [
      {
        name: { zh: '元旦', en: 'New Year’s Day' },
        off: [`${year}-01-01`, `${year}-01-02`],
        work: [`${year - 1}-12-29`],
      },
    ],
    sourceIds: ['test-notice'],
  })

  it('cover a year the package does not, and override it day by day', () => {
    const year = WORKDAY_CALENDAR_YEARS.to + 1
    expect(isCalendarCovered(`${year}-03-02`)).toBe(false)
    setPackCalendars([notice(year)])
    expect(coveredYears().to).toBe(year)
    expect(dayInfo(`${year}-01-02`)).toEqual({
      kind: 'holiday',
      name: 'New Year’s Day,元旦,0',
      covered: true,
    })
    expect(isCalendarCovered(`${year}-03-02`)).toBe(true)
    expect(packCalendarFor(year)?.sourceIds).toEqual(['test-notice'])
  })

  it('a year after the last known one is still counted Monday–Friday, and says so', () => {
    setPackCalendars([notice(WORKDAY_CALENDAR_YEARS.to)])
    const next = coveredYears().to + 1
    expect(dayInfo(`${next}-01-01`).covered).toBe(false)
  })

  it('the shipped pack’s 2026 notice agrees with the package for every day of 2026', () => {
    const pack = JSON.parse(
      readFileSync(new URL('../../../../resources/data/pack.json', import.meta.url), 'utf8'),
    ) as { workCalendars: WorkCalendar[] }
    const days = workdaysInRange('2026-01-01', '2026-12-31').workdays
    setPackCalendars(pack.workCalendars)
    expect(pack.workCalendars.map((c) => c.year)).toEqual([2026])
    expect(workdaysInRange('2026-01-01', '2026-12-31').workdays).toEqual(days)
  })
})
