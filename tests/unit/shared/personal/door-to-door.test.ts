// Door to door per direction and weekday, and leave-by from it, including across midnight.
import { describe, expect, it } from 'vitest'
import { doorToDoor, forWeekday, leaveBy, minutesToTime, windowBefore } from '@shared/personal'
import type { Trip } from '@shared/trips/schema'
import { trip, uuid } from '../../../fixtures/builders'

let n = 0
const timed = (date: string, departTime: string, arriveTime: string, over: Partial<Trip> = {}) =>
  trip({ id: uuid(++n), date, departTime, arriveTime, ...over })

const TODAY = '2025-09-01' // a Monday
const w = windowBefore(TODAY)
// Mondays and Tuesdays in August 2025.
const MONDAYS = ['2025-08-04', '2025-08-11', '2025-08-18', '2025-08-25', '2025-07-28']
const TUESDAYS = ['2025-08-05', '2025-08-12', '2025-08-19', '2025-08-26']

describe('door to door', () => {
  it('uses only trips of the direction with both times, and counts on past midnight', () => {
    const trips = [
      timed('2025-08-04', '07:00', '08:10'),
      timed('2025-08-05', '23:40', '00:35'), // 55 minutes
      timed('2025-08-06', '07:00', '08:00', { direction: 'toHome' }),
      trip({ id: uuid(++n), date: '2025-08-07', departTime: '07:00', arriveTime: null }),
      trip({ id: uuid(++n), date: '2025-08-08', departTime: null, arriveTime: null }),
    ]
    const d = doorToDoor(trips, 'toWork', w)!
    expect(d.samples.map((s) => s.minutes)).toEqual([70, 55])
    // Fewer than five in the window: all trips, and the window is not claimed.
    expect(d.window).toBeNull()
    expect(d.all).toEqual({
      kind: 'few',
      n: 2,
      samples: [
        { date: '2025-08-04', value: 70 },
        { date: '2025-08-05', value: 55 },
      ],
    })
    expect(doorToDoor(trips, 'toHome', w)?.samples).toHaveLength(1)
    expect(doorToDoor([], 'toWork', w)).toBeNull()
  })

  it('gives a weekday its own figures from five trips, else the figures over all days', () => {
    const trips = [
      // Mondays: 60, 62, 64, 66, 90 → median rank 3 = 64, p90 rank 5 = 90
      ...MONDAYS.map((d, i) =>
        timed(d, '07:00', ['08:00', '08:02', '08:04', '08:06', '08:30'][i]!),
      ),
      // Tuesdays: four trips of 50 minutes — not enough for their own figures.
      ...TUESDAYS.map((d) => timed(d, '07:00', '07:50')),
    ]
    const d = doorToDoor(trips, 'toWork', w)!
    expect(d.window).toEqual(w)
    expect(d.weekdays).toEqual([
      { weekday: 1, spread: { kind: 'percentiles', n: 5, median: 64, p90: 90 } },
    ])
    // All nine: 50 50 50 50 60 62 64 66 90 → median rank 5 = 60, p90 rank ⌈8.1⌉ = 9 = 90
    expect(d.all).toEqual({ kind: 'percentiles', n: 9, median: 60, p90: 90 })
    expect(forWeekday(d, 1).basis).toBe(1)
    expect(forWeekday(d, 2)).toMatchObject({ basis: 'allDays', spread: d.all })
  })

  it('leaves out trips older than the window when five fall in it', () => {
    const trips = [
      ...MONDAYS.map((d) => timed(d, '07:00', '08:00')),
      timed('2025-03-04', '07:00', '10:00'), // 181 days before today
      timed('2025-09-01', '07:00', '10:00'), // today
    ]
    const d = doorToDoor(trips, 'toWork', w)!
    expect(d.samples).toHaveLength(5)
    expect(d.all).toMatchObject({ median: 60, p90: 60 })
  })
})

describe('leave by', () => {
  it('is the target minus the p90 for today’s weekday, with how many trips would have made it', () => {
    const trips = MONDAYS.map((d, i) =>
      timed(d, '07:00', ['08:00', '08:02', '08:04', '08:06', '08:30'][i]!),
    )
    const d = doorToDoor(trips, 'toWork', w)!
    expect(leaveBy(d, '09:00', TODAY)).toEqual({
      kind: 'ok',
      time: '07:30',
      daysBefore: 0,
      target: '09:00',
      p90: 90,
      basis: 1,
      onTime: 5,
      of: 5,
    })
  })

  it('counts the trips that took longer than the p90 as late', () => {
    // Ten trips of 60…69 and 100 minutes → sorted 60..68, 100; p90 rank 9 = 68
    const dates = [
      '2025-08-04',
      '2025-08-05',
      '2025-08-06',
      '2025-08-07',
      '2025-08-08',
      '2025-08-11',
      '2025-08-12',
      '2025-08-13',
      '2025-08-14',
      '2025-08-15',
    ]
    const arrive = [
      '08:00',
      '08:01',
      '08:02',
      '08:03',
      '08:04',
      '08:05',
      '08:06',
      '08:07',
      '08:08',
      '08:40',
    ]
    const d = doorToDoor(
      dates.map((x, i) => timed(x, '07:00', arrive[i]!)),
      'toWork',
      w,
    )!
    // Today is a Monday with two trips: the figures over all days are used.
    expect(leaveBy(d, '09:00', TODAY)).toMatchObject({
      time: '07:52',
      p90: 68,
      basis: 'allDays',
      onTime: 9,
      of: 10,
    })
  })

  it('gives a time on the day before when the target is shortly after midnight', () => {
    const trips = MONDAYS.map((d) => timed(d, '23:50', '00:40')) // 50 minutes each
    const d = doorToDoor(trips, 'toWork', w)!
    expect(leaveBy(d, '00:30', TODAY)).toMatchObject({
      kind: 'ok',
      time: '23:40',
      daysBefore: 1,
      p90: 50,
    })
    expect(leaveBy(d, '00:50', TODAY)).toMatchObject({ time: '00:00', daysBefore: 0 })
    expect(minutesToTime(-1)).toEqual({ time: '23:59', daysBefore: 1 })
    expect(minutesToTime(0)).toEqual({ time: '00:00', daysBefore: 0 })
  })

  it('shows the trips instead of a time when fewer than three are logged', () => {
    const d = doorToDoor(
      [timed('2025-08-04', '07:00', '08:00'), timed('2025-08-05', '07:00', '08:10')],
      'toWork',
      w,
    )!
    const r = leaveBy(d, '09:00', TODAY)
    expect(r).toMatchObject({ kind: 'few', basis: 'allDays' })
    expect(r.kind === 'few' && r.spread.samples.map((s) => s.value)).toEqual([60, 70])
  })
})
