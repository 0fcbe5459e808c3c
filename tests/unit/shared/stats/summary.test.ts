// Every expected number below was worked out by hand from the fixture; the comments show the sums.
import { describe, expect, it } from 'vitest'
import { computeStats } from '../../../../src/shared/stats/summary'
import { periodContaining } from '../../../../src/shared/stats/period'
import type { Leg } from '../../../../src/shared/trips/schema'
import { leg, trip } from '../../../fixtures/stats/trips'

const c1 = { kind: 'card', cardId: 'card-1' } as const
const c2 = { kind: 'card', cardId: 'card-2' } as const
const ticket = { kind: 'ticket' } as const
const cash = { kind: 'cash' } as const

const toWorkLegs: Leg[] = [
  leg({ mode: 'metro', from: '莘庄', to: '上海虹桥', fareFen: 500, payment: c1, minutes: 40 }),
  leg({ mode: 'hsr', from: '上海虹桥', to: '嘉兴南', fareFen: 2950, payment: ticket, minutes: 30 }),
  leg({ mode: 'cityBus', from: '嘉兴南', to: '公司', fareFen: 200, payment: c2, minutes: 15 }),
]
const toHomeLegs: Leg[] = [
  leg({ mode: 'cityBus', from: '公司', to: '嘉兴南', fareFen: 200, payment: c2, minutes: 15 }),
  leg({ mode: 'hsr', from: '嘉兴南', to: '上海虹桥', fareFen: 2950, payment: ticket, minutes: 30 }),
  leg({ mode: 'metro', from: '上海虹桥', to: '莘庄', fareFen: 500, payment: c1, minutes: 40 }),
]

// March 2024 starts on a Friday. A–C fall in the week of Monday 26 Feb, D–F in the week of 4 Mar.
const march = [
  // A: 3650 fen, 07:00→08:30 = 90 min from times
  trip('2024-03-01', {
    direction: 'toWork',
    departTime: '07:00',
    arriveTime: '08:30',
    legs: toWorkLegs,
  }),
  // B: 3650 fen, no times: legs 15 + 30 + 40 = 85 min
  trip('2024-03-01', { direction: 'toHome', legs: toHomeLegs }),
  // C: Sunday errand, 3000 fen cash, departure only and no leg minutes: untimed
  trip('2024-03-03', {
    direction: 'other',
    departTime: '22:00',
    legs: [leg({ mode: 'taxi', from: '莘庄', to: '七宝', fareFen: 3000, payment: cash })],
  }),
  // D: crosses midnight, 23:30→00:45 = 75 min, counted on the 4th; 600 fen
  trip('2024-03-04', {
    direction: 'toWork',
    departTime: '23:30',
    arriveTime: '00:45',
    legs: [
      leg({ mode: 'crossBus', from: '枫泾', to: '嘉善', fareFen: 600, payment: c1, minutes: 35 }),
    ],
  }),
  // E: 3450 fen, one leg untimed: a 40-minute lower bound, left out of averages
  trip('2024-03-04', {
    direction: 'toWork',
    legs: [toWorkLegs[0]!, { ...toWorkLegs[1]!, minutes: null }],
  }),
  // F: like A, 07:05→08:40 = 95 min
  trip('2024-03-05', {
    direction: 'toWork',
    departTime: '07:05',
    arriveTime: '08:40',
    legs: toWorkLegs,
  }),
]
const outside = [
  trip('2024-02-29', { legs: [leg({ fareFen: 999, minutes: 9 })] }),
  trip('2024-04-01', { legs: [leg({ fareFen: 777, minutes: 7 })] }),
]

describe('computeStats for a month', () => {
  const s = computeStats([...outside, ...march], periodContaining('month', '2024-03-15'))

  it('counts trips and days, leaving out trips outside the period', () => {
    expect(s.trips).toBe(6)
    expect(s.commuteTrips).toBe(5)
    expect(s.tripDays).toBe(4) // 1st, 3rd, 4th, 5th
    expect(s.commuteDays).toBe(3) // the Sunday errand is not a commute
  })

  it('adds spending by mode, card, cash and ticket', () => {
    expect(s.spending.totalFen).toBe(18000) // 3650·3 + 3000 + 600 + 3450
    expect(s.spending.commuteFen).toBe(15000)
    expect(s.spending.byMode).toMatchObject({
      metro: 2000,
      hsr: 11800,
      cityBus: 600,
      taxi: 3000,
      crossBus: 600,
      train: 0,
    })
    expect(s.spending.byCard).toEqual([
      { cardId: 'card-1', fen: 2600 }, // 500·4 + 600
      { cardId: 'card-2', fen: 600 },
    ])
    expect(s.spending.ticketFen).toBe(11800)
    expect(s.spending.cashFen).toBe(3000)
    expect(s.spending.byApp).toEqual({ alipay: 0, wechat: 0, other: 0 })
    expect(s.costPerCommuteDayFen).toBe(5000) // 15000 / 3
  })

  it('adds phone payments by app, apart from cash', () => {
    const alipay = { kind: 'app', app: 'alipay' } as const
    const phone = computeStats(
      [
        trip('2024-03-04', {
          legs: [
            leg({ fareFen: 500, payment: alipay }),
            leg({ fareFen: 200, payment: { kind: 'app', app: 'wechat' } }),
            leg({ fareFen: 400, payment: alipay }),
          ],
        }),
      ],
      periodContaining('month', '2024-03-15'),
    )
    expect(phone.spending.byApp).toEqual({ alipay: 900, wechat: 200, other: 0 })
    expect(phone.spending.cashFen).toBe(0)
    expect(phone.spending.ticketFen).toBe(0)
  })

  it('adds time on the road and says how each trip was timed', () => {
    expect(s.time.totalMinutes).toBe(385) // 90 + 85 + 0 + 75 + 40 + 95
    expect(s.time.bySource).toEqual({ times: 3, legs: 1, partialLegs: 1, none: 1 })
  })

  it('averages door-to-door time by direction over fully timed trips', () => {
    expect(s.doorToDoor.toWork).toEqual({ trips: 3, totalMinutes: 260, averageMinutes: 87 })
    expect(s.doorToDoor.toHome).toEqual({ trips: 1, totalMinutes: 85, averageMinutes: 85 })
    expect(s.doorToDoor.other).toEqual({ trips: 0, totalMinutes: 0, averageMinutes: null })
  })

  it('ranks routes by first origin and last destination', () => {
    expect(s.topRoutes).toEqual([
      { from: '莘庄', to: '公司', trips: 2, fen: 7300 },
      { from: '公司', to: '莘庄', trips: 1, fen: 3650 },
      { from: '枫泾', to: '嘉善', trips: 1, fen: 600 },
      { from: '莘庄', to: '七宝', trips: 1, fen: 3000 },
      { from: '莘庄', to: '嘉兴南', trips: 1, fen: 3450 },
    ])
  })

  it('ranks stations by the trips that touched them, once per trip', () => {
    expect(s.topStations).toEqual([
      { name: '莘庄', trips: 5 },
      { name: '上海虹桥', trips: 4 },
      { name: '嘉兴南', trips: 4 },
      { name: '公司', trips: 3 },
      { name: '七宝', trips: 1 },
    ])
  })

  it('buckets by Monday-first weeks, cut at the period edges', () => {
    expect(s.weeks.map((w) => [w.key, w.from, w.to])).toEqual([
      ['2024-02-26', '2024-03-01', '2024-03-03'],
      ['2024-03-04', '2024-03-04', '2024-03-10'],
      ['2024-03-11', '2024-03-11', '2024-03-17'],
      ['2024-03-18', '2024-03-18', '2024-03-24'],
      ['2024-03-25', '2024-03-25', '2024-03-31'],
    ])
    expect(s.weeks[0]).toMatchObject({
      trips: 3,
      commuteTrips: 2,
      fen: 10300,
      minutes: 175,
      commuteDays: 1,
    })
    expect(s.weeks[1]).toMatchObject({
      trips: 3,
      commuteTrips: 3,
      fen: 7700,
      minutes: 210,
      commuteDays: 2,
    })
    expect(s.weeks[2]).toMatchObject({ trips: 0, fen: 0, minutes: 0, commuteDays: 0 })
    expect(s.months).toEqual([
      {
        key: '2024-03',
        from: '2024-03-01',
        to: '2024-03-31',
        trips: 6,
        commuteTrips: 5,
        fen: 18000,
        minutes: 385,
        commuteDays: 3,
      },
    ])
  })

  it('lists every day, counting the midnight trip on the day it left', () => {
    expect(s.days).toHaveLength(31)
    expect(s.days[3]).toEqual({
      date: '2024-03-04',
      weekday: 0,
      trips: 2,
      commuteTrips: 2,
      fen: 4050,
      minutes: 115,
    })
    expect(s.days[4]).toMatchObject({ date: '2024-03-05', trips: 1, minutes: 95 })
  })

  it('honours a shorter top list', () => {
    const s2 = computeStats(march, periodContaining('month', '2024-03-01'), { top: 1 })
    expect(s2.topRoutes).toHaveLength(1)
    expect(s2.topStations).toEqual([{ name: '莘庄', trips: 5 }])
  })
})

describe('computeStats edge cases', () => {
  it('gives zeros, empty lists and nulls for an empty period', () => {
    const s = computeStats(march, periodContaining('month', '2024-02-01'))
    expect(s.trips).toBe(0)
    expect(s.commuteDays).toBe(0)
    expect(s.spending.totalFen).toBe(0)
    expect(s.spending.byCard).toEqual([])
    expect(s.costPerCommuteDayFen).toBeNull()
    expect(s.doorToDoor.toWork.averageMinutes).toBeNull()
    expect(s.topRoutes).toEqual([])
    expect(s.topStations).toEqual([])
    expect(s.days).toHaveLength(29) // a leap February
    expect(s.weeks.map((w) => w.key)).toEqual([
      '2024-01-29',
      '2024-02-05',
      '2024-02-12',
      '2024-02-19',
      '2024-02-26',
    ])
    expect(s.weeks.every((w) => w.trips === 0 && w.fen === 0)).toBe(true)
  })

  it('handles a single trip', () => {
    const one = trip('2024-02-29', {
      direction: 'toHome',
      departTime: '18:00',
      arriveTime: '19:10',
      legs: [leg({ mode: 'hsr', from: '嘉善南', to: '上海虹桥', fareFen: 2950, payment: ticket })],
    })
    const s = computeStats([one], periodContaining('month', '2024-02-29'))
    expect(s.trips).toBe(1)
    expect(s.commuteDays).toBe(1)
    expect(s.spending.totalFen).toBe(2950)
    expect(s.costPerCommuteDayFen).toBe(2950)
    expect(s.time.totalMinutes).toBe(70)
    expect(s.doorToDoor.toHome.averageMinutes).toBe(70)
    expect(s.topRoutes).toEqual([{ from: '嘉善南', to: '上海虹桥', trips: 1, fen: 2950 }])
    // The leap day sits in the week of Monday 26 Feb, cut at the month's end.
    expect(s.weeks.at(-1)).toMatchObject({
      key: '2024-02-26',
      from: '2024-02-26',
      to: '2024-02-29',
      trips: 1,
    })
  })

  it('covers a leap year in 366 days, 53 Monday weeks and 12 months', () => {
    const s = computeStats([...outside, ...march], periodContaining('year', '2024-06-01'))
    expect(s.days).toHaveLength(366)
    expect(s.weeks).toHaveLength(53) // 1 Jan 2024 is a Monday; 30 Dec starts the last week
    expect(s.weeks.at(-1)).toMatchObject({ key: '2024-12-30', to: '2024-12-31' })
    expect(s.months.map((m) => m.trips)).toEqual([0, 1, 6, 1, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(s.trips).toBe(8)
  })

  it('splits a Sunday and the next Monday into different weeks', () => {
    const s = computeStats(
      [trip('2024-03-03'), trip('2024-03-04'), trip('2024-03-10')],
      periodContaining('month', '2024-03-01'),
    )
    expect(s.weeks.slice(0, 2).map((w) => [w.key, w.trips])).toEqual([
      ['2024-02-26', 1],
      ['2024-03-04', 2],
    ])
  })

  it('ignores a route with neither end named but still counts its fare', () => {
    const s = computeStats(
      [trip('2024-03-04', { legs: [leg({ fareFen: 300 })] })],
      periodContaining('week', '2024-03-04'),
    )
    expect(s.topRoutes).toEqual([])
    expect(s.topStations).toEqual([])
    expect(s.spending.totalFen).toBe(300)
  })
})
