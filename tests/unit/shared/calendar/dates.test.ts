import { describe, expect, it } from 'vitest'
import { addDays, format, isValid, parse } from 'date-fns'
import {
  durationMinutes,
  isDateString,
  parseDate,
  timeToMinutes,
  toDateString,
  today,
  tomorrow,
} from '@shared/calendar/dates'

describe('calendar dates', () => {
  it('accepts real yyyy-MM-dd dates only', () => {
    expect(isDateString('2024-02-29')).toBe(true)
    expect(isDateString('2023-02-29')).toBe(false)
    expect(isDateString('2025-13-01')).toBe(false)
    expect(isDateString('2025-1-1')).toBe(false)
    expect(isDateString('2025/01/01')).toBe(false)
  })

  it('parses only yyyy-MM-dd, to local midnight', () => {
    expect(parseDate('2024-02-29')).toEqual(new Date(2024, 1, 29))
    for (const bad of ['2023-02-29', '2024-02-29T10:00', '20240229', '2024-W09', ''])
      expect(Number.isNaN(parseDate(bad).getTime()), bad).toBe(true)
  })

  it('gives today and tomorrow as local dates, across a month and year end', () => {
    expect(today(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31')
    expect(tomorrow(new Date(2025, 11, 31, 23, 59))).toBe('2026-01-01')
    expect(tomorrow(new Date(2024, 1, 28, 8, 0))).toBe('2024-02-29')
  })

  it('reads HH:mm as minutes after midnight, for every minute of the day', () => {
    for (let m = 0; m < 24 * 60; m++) {
      const t = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
      expect(timeToMinutes(t)).toBe(m)
    }
  })

  it('derives durations, including trips that cross midnight', () => {
    expect(durationMinutes('07:40', '08:07')).toBe(27)
    expect(durationMinutes('23:30', '00:45')).toBe(75)
    expect(durationMinutes('08:00', '08:00')).toBe(0)
    expect(durationMinutes('00:00', '23:59')).toBe(1439)
  })
})

/** The reference: what date-fns makes of the string, written back. */
function byDateFns(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1))
  return isValid(d) && format(d, 'yyyy-MM-dd') === s
}

describe('isDateString and parseDate against date-fns', () => {
  it(
    'agree with date-fns parse and format around leap days and on near misses',
    { timeout: 60_000 },
    () => {
      const pad = (n: number): string => String(n).padStart(2, '0')
      const samples: string[] = [
        '0000-01-01',
        '0001-01-01',
        '0099-02-29',
        '0400-02-29',
        '2025-1-01',
      ]
      samples.push('20251-01-01', ' 2025-01-01', '2025-01-01 ', '2025-00-10', '2025-13-01')
      // Every day of a leap year and of the years around a century that is not one.
      for (const y of [1999, 2000, 2024, 2100])
        for (let d = new Date(y, 0, 1); d.getFullYear() === y; d = addDays(d, 1))
          samples.push(toDateString(d))
      // The end of February and of every month, valid or not, over two centuries.
      for (let y = 1899; y <= 2101; y++) {
        for (const day of [28, 29, 30]) samples.push(`${y}-02-${day}`)
        if (y % 11 === 0)
          for (let m = 0; m <= 13; m++)
            for (const day of [0, 30, 31, 32]) samples.push(`${y}-${pad(m)}-${pad(day)}`)
      }
      for (const s of samples) {
        expect(isDateString(s), s).toBe(byDateFns(s))
        // parseDate: local midnight exactly as date-fns parse gives it, Invalid Date otherwise.
        const expected = byDateFns(s) ? parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1)).getTime() : NaN
        expect(parseDate(s).getTime(), s).toBe(expected)
        if (byDateFns(s)) expect(toDateString(parseDate(s)), s).toBe(s)
      }
    },
  )
})
