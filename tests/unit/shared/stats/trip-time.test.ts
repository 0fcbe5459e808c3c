import { describe, expect, it } from 'vitest'
import { tripTime } from '../../../../src/shared/stats/trip-time'
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
