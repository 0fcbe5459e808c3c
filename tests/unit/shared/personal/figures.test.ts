// The usual way and the route screen's figures as a whole, and when the older trips are needed.
import { describe, expect, it } from 'vitest'
import {
  doorFigures,
  matcherFor,
  needsAllTrips,
  packLegTarget,
  routeFigures,
  targetKey,
  usualWay,
  windowBefore,
} from '@shared/personal'
import { planRoutes } from '@shared/transit/routes'
import type { Trip } from '@shared/trips/schema'
import { transitFixture } from '../../../fixtures/transit/pack'
import { leg, template, trip, uuid } from '../../../fixtures/builders'

const m = matcherFor(transitFixture)
const TODAY = '2025-09-01'
const w = windowBefore(TODAY)

let n = 0
const walk = leg({ mode: 'walk', from: '家', to: '上海虹桥', fareFen: 0, minutes: 12 })
const hsr = (fareFen: number, minutes: number) =>
  leg({ mode: 'hsr', from: '上海虹桥站', to: '嘉兴南', fareFen, minutes })
const byTrain = (date: string, fareFen: number, minutes: number, over: Partial<Trip> = {}) =>
  trip({ id: uuid(++n), date, legs: [walk, hsr(fareFen, minutes)], ...over })

const AUGUST = ['2025-08-04', '2025-08-05', '2025-08-06', '2025-08-07', '2025-08-08', '2025-08-11']

describe('the usual way', () => {
  it('is the way taken most often, with the saved commute that goes that way', () => {
    const trips = [
      ...AUGUST.map((d) => byTrain(d, 3150, 28)),
      trip({
        id: uuid(++n),
        date: '2025-08-12',
        legs: [leg({ mode: 'crossBus', from: '枫泾镇', to: '姚庄镇' })],
      }),
    ]
    const saved = template({ name: '高铁上班', legs: [walk, hsr(3150, 28)] })
    const u = usualWay(trips, [template(), saved], 'toWork', m, w)!
    expect(u).toMatchObject({ trips: 6, of: 7, otherWays: 1, window: w })
    expect(u.template?.name).toBe('高铁上班')
    expect(u.legs.map((l) => l.mode)).toEqual(['walk', 'hsr'])
  })

  it('counts 上海虹桥 and 上海虹桥站 as the same way, but not a stop the pack does not know', () => {
    const trips = [
      byTrain('2025-08-04', 3150, 28),
      trip({
        id: uuid(++n),
        date: '2025-08-05',
        legs: [walk, leg({ mode: 'train', from: '上海虹桥', to: '嘉兴南站' })],
      }),
      trip({
        id: uuid(++n),
        date: '2025-08-06',
        legs: [walk, leg({ mode: 'hsr', from: '虹桥', to: '嘉兴南' })],
      }),
    ]
    expect(usualWay(trips, [], 'toWork', m, w)).toMatchObject({
      trips: 2,
      otherWays: 1,
      template: null,
    })
  })

  it('is the first saved commute of the direction while nothing is logged', () => {
    const u = usualWay(
      [],
      [
        template({ direction: 'toHome' }),
        template({ name: 'A', order: 2 }),
        template({ name: 'B', order: 1 }),
      ],
      'toWork',
      m,
      w,
    )
    expect(u).toMatchObject({ trips: 0, of: 0, template: { name: 'B' } })
    expect(usualWay([], [], 'toWork', m, w)).toBeNull()
  })
})

describe('the route screen’s figures', () => {
  const plan = planRoutes({
    data: transitFixture,
    homePlaceId: 'sh-hongqiao-hub',
    workPlaceId: 'jx-south-station',
    cards: [],
  })
  if (plan.status !== 'ok') throw new Error(plan.status)
  const targets = plan.routes.flatMap((r) => r.legs.map(packLegTarget))
  const bus = planRoutes({
    data: transitFixture,
    homePlaceId: 'sh-fengjing',
    workPlaceId: 'js-yaozhuang',
    cards: [],
  })
  if (bus.status !== 'ok') throw new Error(bus.status)
  const busTarget = packLegTarget(bus.routes[0]!.legs[0]!)
  const direct = targets.find(
    (t) =>
      t.family === 'rail' &&
      t.to[0] === 'station:jiaxing-south' &&
      t.from[0] === 'station:shanghai-hongqiao',
  )!

  it('gives the usual way, door to door, leave-by and each travelled pack leg', () => {
    const minutes = [26, 27, 28, 29, 35, 27]
    const trips = AUGUST.map((d, i) =>
      byTrain(d, i < 2 ? 2950 : 3150, minutes[i]!, {
        departTime: '07:30',
        arriveTime: `08:${String(10 + i).padStart(2, '0')}`,
      }),
    )
    const f = routeFigures({
      trips,
      templates: [],
      matcher: m,
      direction: 'toWork',
      target: '09:00',
      today: TODAY,
      legs: [...targets, busTarget],
    })
    const leg = f.legs.get(targetKey(direct))!
    // Minutes 26 27 27 28 29 35: median rank 3 = 27, p90 rank ⌈5.4⌉ = 6 = 35.
    expect(leg).toMatchObject({
      n: 6,
      window: w,
      minutes: { kind: 'percentiles', median: 27, p90: 35 },
    })
    expect(leg.fare).toMatchObject({
      usual: { fen: 3150, n: 4, from: '2025-08-06' },
      before: { fen: 2950, n: 2 },
    })
    expect(f.usual?.legs.map((l) => l?.n)).toEqual([6, 6])
    // Door to door 40 … 45: median rank 3 = 42, p90 rank 6 = 45 → leave by 08:15.
    expect(f.door?.all).toEqual({ kind: 'percentiles', n: 6, median: 42, p90: 45 })
    expect(f.leaveBy).toMatchObject({ kind: 'ok', time: '08:15', onTime: 6, of: 6 })
    // Legs the user never took have no figures, so older trips must be read to be sure.
    expect(f.legs.get(targetKey(busTarget))).toBeNull()
    expect(needsAllTrips(f)).toBe(true)
  })

  it('needs the older trips only when a figure found fewer than five in the window', () => {
    const trips = AUGUST.map((d) => byTrain(d, 3150, 28))
    const f = routeFigures({
      trips,
      templates: [],
      matcher: m,
      direction: 'toWork',
      target: null,
      today: TODAY,
      legs: [direct],
    })
    expect(f.leaveBy).toBeNull()
    expect(needsAllTrips(f)).toBe(false)
    expect(needsAllTrips(doorFigures(trips.slice(0, 4), 'toWork', null, TODAY))).toBe(true)
    expect(needsAllTrips(doorFigures([], 'toWork', null, TODAY))).toBe(true)
  })
})
