import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PASS_RULES,
  PASS_PRESETS,
  PASS_SOURCE,
  passPriceFen,
  passRulesSchema,
  railRides,
  replayPass,
  splitFen,
  type PassRules,
  type RailRide,
} from '../../../../src/shared/stats/rail-pass'
import { leg, trip } from '../../../fixtures/stats/trips'

const count10: PassRules = { ...PASS_PRESETS[0].rules, bothDirections: false }
const period10: PassRules = { ...PASS_PRESETS[2].rules, bothDirections: false }

function ride(date: string, fareFen = 1000, from = '上海虹桥', to = '嘉兴南'): RailRide {
  return { date, time: '', from, to, fareFen }
}

describe('pass presets', () => {
  it('are the rules the source gives, with the source', () => {
    expect(
      PASS_PRESETS.map((p) => [p.id, p.rules.rides, p.rules.validDays, p.rules.discountPercent]),
    ).toEqual([
      ['count10', 10, 90, 10],
      ['count20', 20, 90, 10],
      ['period10', 10, 30, 15],
      ['period60', 60, 30, 38],
    ])
    expect(PASS_PRESETS.every((p) => p.rules.activationDays === 30)).toBe(true)
    expect(DEFAULT_PASS_RULES).toEqual({ ...PASS_PRESETS[0].rules, bothDirections: false })
    expect(PASS_SOURCE.url).toBe('http://www.szdaily.com/content/2025-09/09/content_31686492.htm')
    expect(PASS_SOURCE.date).toBe('2025-09-09')
  })

  it('validate user-entered rules with message keys', () => {
    expect(passRulesSchema.safeParse(DEFAULT_PASS_RULES).success).toBe(true)
    const bad = passRulesSchema.safeParse({
      ...DEFAULT_PASS_RULES,
      rides: 0,
      discountPercent: 100,
      validDays: 1.5,
    })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['rides', 'validation.passRides'],
      ['validDays', 'validation.passDays'],
      ['discountPercent', 'validation.passDiscount'],
    ])
  })
})

describe('pass price', () => {
  it('is rides × fare less the discount, to the fen', () => {
    expect(passPriceFen({ rides: 10, discountPercent: 10 }, 2950)).toBe(26550)
    expect(passPriceFen({ rides: 10, discountPercent: 15 }, 2950)).toBe(25075)
    expect(passPriceFen({ rides: 3, discountPercent: 15 }, 333)).toBe(849) // 849.15
  })

  it('splits into shares that add up exactly', () => {
    expect(splitFen(100, 3)).toEqual([34, 33, 33])
    expect(splitFen(25075, 10)).toEqual([
      2508, 2508, 2508, 2508, 2508, 2507, 2507, 2507, 2507, 2507,
    ])
  })
})

describe('railRides', () => {
  it('takes high-speed-rail legs with a fare, in date and time order', () => {
    const trips = [
      trip('2024-03-02', {
        departTime: '18:00',
        legs: [
          leg({ mode: 'metro', fareFen: 400 }),
          leg({ mode: 'hsr', from: ' 嘉兴南 ', to: '上海虹桥', fareFen: 2950 }),
        ],
      }),
      trip('2024-03-02', {
        departTime: '07:00',
        legs: [leg({ mode: 'hsr', from: 'A', to: 'B', fareFen: 2950 })],
      }),
      trip('2024-03-01', {
        legs: [leg({ mode: 'hsr', fareFen: 0 }), leg({ mode: 'train', fareFen: 1300 })],
      }),
    ]
    expect(railRides(trips)).toEqual([
      { date: '2024-03-02', time: '07:00', from: 'A', to: 'B', fareFen: 2950 },
      { date: '2024-03-02', time: '18:00', from: '嘉兴南', to: '上海虹桥', fareFen: 2950 },
    ])
  })
})

describe('replayPass', () => {
  it('saves the discount when every ride of a pass is used', () => {
    const rides = Array.from({ length: 10 }, (_, i) =>
      ride(`2024-01-${String(i + 2).padStart(2, '0')}`, 2950),
    )
    const r = replayPass(rides, count10, '2024-12-31')
    expect(r).toMatchObject({
      rides: 10,
      normalFen: 29500,
      passesBought: 1,
      paidFen: 26550,
      savingFen: 2950,
    })
    expect(r.expiredRides).toBe(0)
    expect(r.openRides).toBe(0)
    expect(r.months).toEqual([
      {
        month: '2024-01',
        rides: 10,
        normalFen: 29500,
        withPassFen: 26550,
        savingFen: 2950,
        passesBought: 1,
        expiredRides: 0,
      },
    ])
  })

  it('charges rides left on an expired pass to the month it expired', () => {
    // period10 at 2950: 25075 fen. Bought 2 Jan, valid to 31 Jan; 4 rides used, 6 wasted.
    const rides = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'].map((d) => ride(d, 2950))
    const r = replayPass(rides, period10, '2024-03-31')
    expect(r.months).toEqual([
      {
        month: '2024-01',
        rides: 4,
        normalFen: 11800,
        withPassFen: 25075,
        savingFen: -13275,
        passesBought: 1,
        expiredRides: 6,
      },
    ])
    expect(r.savingFen).toBe(-13275)
    expect(r.expiredRides).toBe(6)
  })

  it('keeps rides on a pass still valid at the end date apart', () => {
    const rides = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'].map((d) => ride(d, 2950))
    const r = replayPass(rides, period10, '2024-01-10')
    expect(r.openRides).toBe(6)
    expect(r.openFen).toBe(15043) // 2508 + 2507·5
    expect(r.months[0]).toMatchObject({ withPassFen: 10032, savingFen: 1768 }) // 2508·4
    expect(r.paidFen).toBe(25075)
    expect(r.savingFen).toBe(r.normalFen - (r.paidFen - r.openFen))
  })

  it('replays month by month, buying a new pass when the rides run out', () => {
    // 10 rides in January use up pass 1; rides 11–12 in February open pass 2 (valid 5 Feb – 4 May),
    // whose 8 unused rides are charged to May.
    const jan = Array.from({ length: 10 }, (_, i) => ride(`2024-01-${String(i + 10)}`))
    const r = replayPass([...jan, ride('2024-02-05'), ride('2024-02-06')], count10, '2024-12-31')
    expect(
      r.months.map((m) => [
        m.month,
        m.rides,
        m.normalFen,
        m.withPassFen,
        m.savingFen,
        m.passesBought,
        m.expiredRides,
      ]),
    ).toEqual([
      ['2024-01', 10, 10000, 9000, 1000, 1, 0],
      ['2024-02', 2, 2000, 1800, 200, 1, 0],
      ['2024-05', 0, 0, 7200, -7200, 0, 8],
    ])
    expect(r).toMatchObject({ passesBought: 2, paidFen: 18000, normalFen: 12000, savingFen: -6000 })
  })

  it('buys a new pass when the old one has run out of days', () => {
    // period10 at 1000 fen: 8500. Pass 1 valid 1–30 Jan with 9 rides left.
    const r = replayPass([ride('2024-01-01'), ride('2024-02-15')], period10, '2024-02-20')
    expect(r.passesBought).toBe(2)
    expect(r.months.map((m) => [m.month, m.withPassFen, m.expiredRides])).toEqual([
      ['2024-01', 8500, 9],
      ['2024-02', 850, 0],
    ])
    expect(r.openRides).toBe(9)
  })

  it('needs a pass per direction unless told one covers both', () => {
    const rides = [ride('2024-01-02', 1000, 'A', 'B'), ride('2024-01-02', 1000, 'B', 'A')]
    expect(replayPass(rides, count10, '2024-12-31').passesBought).toBe(2)
    const both = replayPass(rides, { ...count10, bothDirections: true }, '2024-12-31')
    expect(both.passesBought).toBe(1)
    expect(both.routes).toEqual([{ from: 'A', to: 'B', fareFen: 1000, rides: 2, passesBought: 1 }])
  })

  it('treats a different fare on the same route as another pass', () => {
    const r = replayPass(
      [ride('2024-01-02', 2950), ride('2024-01-03', 2450)],
      count10,
      '2024-12-31',
    )
    expect(r.routes.map((x) => x.fareFen).sort()).toEqual([2450, 2950])
    expect(r.passesBought).toBe(2)
  })

  it('ignores rides after the end date and gives zeros for none', () => {
    const r = replayPass([ride('2025-01-01')], count10, '2024-12-31')
    expect(r).toMatchObject({
      rides: 0,
      normalFen: 0,
      paidFen: 0,
      savingFen: 0,
      months: [],
      routes: [],
    })
  })
})
