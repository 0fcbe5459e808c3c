// Arrivals after the target, per month; and the door-to-door histogram's bins.
import { describe, expect, it } from 'vitest'
import { binPosition, histogram, isLate, latenessByMonth } from '@shared/personal'
import { trip, uuid } from '../../../fixtures/builders'

describe('late arrivals', () => {
  it('compares the arrival with the target’s first occurrence after the departure', () => {
    expect(isLate('07:00', '08:59', '09:00')).toBe(false)
    expect(isLate('07:00', '09:00', '09:00')).toBe(false)
    expect(isLate('07:00', '09:01', '09:00')).toBe(true)
    // Across midnight: 23:50 → 00:40 is late for 00:30, in time for 01:00.
    expect(isLate('23:50', '00:40', '00:30')).toBe(true)
    expect(isLate('23:50', '00:20', '00:30')).toBe(false)
    expect(isLate('23:50', '23:59', '00:30')).toBe(false)
  })

  it('counts timed trips and late ones per month, oldest month first', () => {
    let n = 0
    const t = (
      date: string,
      d: string,
      a: string | null,
      direction: 'toWork' | 'toHome' = 'toWork',
    ) => trip({ id: uuid(++n), date, departTime: d, arriveTime: a, direction })
    const trips = [
      t('2025-08-04', '07:00', '09:10'),
      t('2025-08-05', '07:00', '08:50'),
      t('2025-07-01', '07:00', '08:50'),
      t('2025-07-02', '07:00', null),
      t('2025-07-03', '17:00', '19:30', 'toHome'),
    ]
    expect(latenessByMonth(trips, 'toWork', '09:00')).toEqual([
      { month: '2025-07', timed: 1, late: 0 },
      { month: '2025-08', timed: 2, late: 1 },
    ])
    expect(latenessByMonth(trips, 'toHome', '19:00')).toEqual([
      { month: '2025-07', timed: 1, late: 1 },
    ])
  })
})

describe('door-to-door histogram', () => {
  it('bins minutes in a round width, empty bins included', () => {
    // 62 … 90 spans 29 minutes: 5-minute bins (29 one- or two-minute bins would be too many).
    const bins = histogram([62, 64, 66, 90, 71])
    expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [60, 65, 2],
      [65, 70, 1],
      [70, 75, 1],
      [75, 80, 0],
      [80, 85, 0],
      [85, 90, 0],
      [90, 95, 1],
    ])
  })

  it('places a value along the bins', () => {
    const bins = histogram([60, 80])
    expect(bins.map((b) => b.from)).toEqual([60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80])
    expect(binPosition(bins, 60)).toBe(0.25)
    expect(binPosition(bins, 80)).toBe(10.25)
    expect(histogram([])).toEqual([])
  })
})
