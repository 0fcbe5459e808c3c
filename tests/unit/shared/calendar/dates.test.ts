import { describe, expect, it } from 'vitest'
import {
  durationMinutes,
  isDateString,
  timeToMinutes,
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
