import { describe, expect, it } from 'vitest'
import { fastDurationMinutes, tripTime } from '../../../../src/shared/stats/trip-time'
import { durationMinutes } from '../../../../src/shared/calendar/dates'
import { leg, trip } from '../../../fixtures/stats/trips'

describe('tripTime', () => {
  it('prefers departure and arrival times over leg minutes', () => {
    const t = trip('2024-01-02', {
      departTime: '07:10',
      arriveTime: '08:45',
      legs: [leg({ minutes: 30 }), leg({ minutes: 20 })],
    })
    expect(tripTime(t)).toEqual({ minutes: 95, source: 'times' })
  })

  it('counts a trip past midnight on into the next day', () => {
    const t = trip('2024-01-02', { departTime: '23:30', arriveTime: '00:45' })
    expect(tripTime(t)).toEqual({ minutes: 75, source: 'times' })
  })

  it('sums leg minutes when a time is missing, and says when some legs had none', () => {
    const legs = [leg({ minutes: 30 }), leg({ minutes: 20 })]
    expect(tripTime(trip('2024-01-02', { departTime: '07:00', legs }))).toEqual({
      minutes: 50,
      source: 'legs',
    })
    const partial = [leg({ minutes: 30 }), leg({ minutes: null })]
    expect(tripTime(trip('2024-01-02', { legs: partial }))).toEqual({
      minutes: 30,
      source: 'partialLegs',
    })
    expect(tripTime(trip('2024-01-02', { legs: [leg()] }))).toEqual({ minutes: 0, source: 'none' })
  })
})

describe('fastDurationMinutes', () => {
  it('agrees with durationMinutes across the clock', () => {
    const times: string[] = []
    for (let m = 0; m < 24 * 60; m += 7) {
      times.push(
        `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
      )
    }
    times.push('23:59', '00:00')
    const mismatches: string[] = []
    for (const a of times) {
      for (const b of times) {
        if (fastDurationMinutes(a, b) !== durationMinutes(a, b)) mismatches.push(`${a}→${b}`)
      }
    }
    expect(mismatches).toEqual([])
    expect(fastDurationMinutes('23:30', '00:45')).toBe(75)
  })
})
