import { describe, expect, it } from 'vitest'
import {
  legMinutesTotal,
  splitMinutes,
  tripDoorMinutes,
  tripFareFen,
  tripMinutes,
  tripTotals,
} from '@shared/trips/trip-math'
import { leg, trip } from '../../../fixtures/builders'

describe('fares', () => {
  it('adds the legs in fen without floating-point drift', () => {
    // 0.1 + 0.2 yuan style sums must stay exact.
    const t = trip({
      legs: [leg({ fareFen: 10 }), leg({ fareFen: 20 }), leg({ fareFen: 1_000_000 })],
    })
    expect(tripFareFen(t)).toBe(1_000_030)
  })
})

describe('durations', () => {
  it('takes depart → arrive on the same day', () => {
    expect(tripDoorMinutes({ departTime: '07:10', arriveTime: '08:30' })).toBe(80)
  })

  it('counts an arrival after midnight on the next day', () => {
    expect(tripDoorMinutes({ departTime: '23:40', arriveTime: '00:25' })).toBe(45)
  })

  it('is unknown without both times', () => {
    expect(tripDoorMinutes({ departTime: '07:10', arriveTime: null })).toBeNull()
  })

  it('falls back to the legs when times are missing, ignoring legs without minutes', () => {
    const t = trip({
      departTime: null,
      arriveTime: null,
      legs: [leg({ minutes: 20 }), leg({ minutes: null }), leg({ minutes: 35 })],
    })
    expect(tripMinutes(t)).toBe(55)
    expect(legMinutesTotal([leg({ minutes: null })])).toBeNull()
  })

  it('prefers door-to-door time, which includes waiting', () => {
    expect(
      tripMinutes(trip({ departTime: '07:00', arriveTime: '08:40', legs: [leg({ minutes: 28 })] })),
    ).toBe(100)
  })

  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 })
  })
})

describe('totals', () => {
  it('counts trips, fare and known time, and how many had no time', () => {
    const totals = tripTotals([
      trip({ legs: [leg({ fareFen: 400 }), leg({ fareFen: 2450 })] }),
      trip({ departTime: null, arriveTime: null, legs: [leg({ fareFen: 0, minutes: null })] }),
    ])
    expect(totals).toEqual({ trips: 2, fareFen: 2850, minutes: 80, untimed: 1 })
  })
})
