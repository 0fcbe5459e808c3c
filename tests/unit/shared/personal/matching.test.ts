// Matching the user's typed legs to the legs the guide shows: one stop under its names and
// aliases, rail families, bus lines, and typed names that match nothing staying unmatched.
import { describe, expect, it } from 'vitest'
import {
  buildStopIndex,
  familyOf,
  indexLegs,
  matchLegs,
  matcherFor,
  packLegTarget,
  resolveStop,
  userLegTarget,
  type StopPlace,
  type StopStation,
} from '@shared/personal'
import { planRoutes } from '@shared/transit/routes'
import { transitFixture } from '../../../fixtures/transit/pack'
import { leg, trip, uuid } from '../../../fixtures/builders'

// Pack v2 gives stations and places aliases; the fixture's are added here.
const stations: StopStation[] = transitFixture.stations.map((s) =>
  s.id === 'shanghai-hongqiao' ? { ...s, aliases: ['虹桥站', '虹桥火车站'] } : s,
)
const places: StopPlace[] = [
  ...transitFixture.places,
  // A town whose name a station alias could be confused with.
  {
    id: 'sh-hongqiao-town',
    name: { zh: '虹桥镇', en: 'Hongqiao town' },
    kind: 'town',
    stationIds: [],
  },
  {
    id: 'sh-jinshanwei-town',
    name: { zh: '金山卫镇', en: 'Jinshanwei' },
    kind: 'town',
    stationIds: [],
  },
]
const stops = buildStopIndex(stations, places)
const busLines = transitFixture.busLines.map((l) =>
  l.id === 'jiashan-328' ? { ...l, aliases: ['328路', 'k328'] } : l,
)
const pack = { stations, places, busLines }

describe('stops through names and aliases', () => {
  it('reads 上海虹桥, 虹桥站, 上海虹桥站 and the English name as one stop', () => {
    for (const typed of [
      '上海虹桥',
      '虹桥站',
      '上海虹桥站',
      ' 上海 虹桥 ',
      'Shanghai Hongqiao',
      'shanghai hongqiao railway station',
      '虹桥火车站',
    ]) {
      expect(resolveStop(stops, typed), typed).toBe('station:shanghai-hongqiao')
    }
  })

  it('reads a place that is a station (a hub) as its station', () => {
    expect(resolveStop(stops, '虹桥枢纽')).toBe('station:shanghai-hongqiao')
    expect(resolveStop(stops, '嘉兴南站')).toBe('station:jiaxing-south')
    expect(resolveStop(stops, '嘉兴南')).toBe('station:jiaxing-south')
  })

  it('folds full-width characters and case', () => {
    expect(resolveStop(stops, 'ＪＩＡＸＩＮＧ　ＳＯＵＴＨ')).toBe('station:jiaxing-south')
  })

  it('leaves a typed name that matches nothing unmatched, never guessing a near name', () => {
    expect(resolveStop(stops, '家')).toBeNull()
    // 虹桥 is no name of the station (虹桥站 is), nor of the town (虹桥镇).
    expect(resolveStop(stops, '虹桥')).toBeNull()
    expect(resolveStop(stops, '嘉兴南湖')).toBeNull()
    expect(resolveStop(stops, '')).toBeNull()
  })

  it('leaves a name two different stops share unmatched', () => {
    // 金山卫 is a station and (here) the English name of a town.
    expect(resolveStop(stops, 'Jinshanwei')).toBeNull()
    // On a rail leg only stations count, so the town is no rival.
    expect(resolveStop(stops, 'Jinshanwei', true)).toBe('station:jinshanwei')
  })

  it('resolves a district to the district, and on a rail leg to nothing', () => {
    expect(resolveStop(stops, '闵行区')).toBe('place:sh-minhang')
    expect(resolveStop(stops, '闵行区', true)).toBeNull()
  })
})

describe('mode families', () => {
  it('counts high-speed and conventional rail as rail, and keeps metro and buses apart', () => {
    expect(familyOf('hsr')).toBe('rail')
    expect(familyOf('train')).toBe('rail')
    expect(familyOf('metro')).toBe('metro')
    expect(familyOf('cityBus')).toBe('bus')
    expect(familyOf('crossBus')).toBe('bus')
    expect(familyOf('taxi')).toBe('road')
  })
})

describe('matching logged legs to the guide’s legs', () => {
  const m = matcherFor(pack)
  const hsrLeg = (() => {
    const p = planRoutes({
      data: transitFixture,
      homePlaceId: 'sh-hongqiao-hub',
      workPlaceId: 'jx-south-station',
      cards: [],
    })
    if (p.status !== 'ok') throw new Error(p.status)
    return p.routes.find(
      (r) => r.legs.length === 1 && r.legs[0]!.railLink?.id === 'hongqiao-jiaxing-south',
    )!.legs[0]!
  })()
  const trips = [
    trip({ id: uuid(1), legs: [leg({ mode: 'hsr', from: '上海虹桥站', to: '嘉兴南' })] }),
    trip({ id: uuid(2), legs: [leg({ mode: 'train', from: '虹桥站', to: 'Jiaxing South' })] }),
    trip({ id: uuid(3), legs: [leg({ mode: 'metro', from: '上海虹桥', to: '嘉兴南' })] }),
    trip({ id: uuid(4), legs: [leg({ mode: 'hsr', from: '嘉兴南', to: '上海虹桥' })] }),
    trip({ id: uuid(5), legs: [leg({ mode: 'hsr', from: '虹桥', to: '嘉兴南' })] }),
    trip({
      id: uuid(6),
      legs: [
        leg({ mode: 'walk', from: '家', to: '地铁站', fareFen: 0 }),
        leg({ mode: 'hsr', from: '上海虹桥', to: '嘉兴南站' }),
      ],
    }),
  ]
  const index = indexLegs(trips, m)

  it('finds rail legs of either family between the same stations, in that direction', () => {
    const found = matchLegs(index, packLegTarget(hsrLeg)).map((l) => l.tripId)
    // 3 is metro, 4 runs the other way, 5 typed 虹桥, which is no stop the pack names.
    expect(found.sort()).toEqual([uuid(1), uuid(2), uuid(6)])
  })

  it('matches a saved commute’s leg by its typed stops, even where the pack knows neither', () => {
    const walk = userLegTarget({ mode: 'walk', from: '家', to: '地铁站' }, m)
    expect(matchLegs(index, walk).map((l) => l.tripId)).toEqual([uuid(6)])
    // A leg with a stop left blank matches nothing.
    expect(matchLegs(index, userLegTarget({ mode: 'walk', from: '', to: '地铁站' }, m))).toEqual([])
  })

  it('never matches a typed name the pack does not know to a pack stop', () => {
    const typed = userLegTarget({ mode: 'hsr', from: '虹桥', to: '嘉兴南' }, m)
    expect(typed.from).toEqual(['text:虹桥'])
    expect(matchLegs(index, typed).map((l) => l.tripId)).toEqual([uuid(5)])
  })

  it('finds bus legs by their line, unless a typed stop is a different pack stop', () => {
    const p = planRoutes({
      data: transitFixture,
      homePlaceId: 'sh-fengjing',
      workPlaceId: 'js-yaozhuang',
      cards: [],
    })
    if (p.status !== 'ok') throw new Error(p.status)
    const busLeg = p.routes[0]!.legs[0]!
    expect(busLeg.busLine?.id).toBe('jiashan-328')
    const bus = [
      trip({
        id: uuid(11),
        legs: [leg({ mode: 'crossBus', line: '328路', from: '枫泾车站', to: '姚庄' })],
      }),
      trip({ id: uuid(12), legs: [leg({ mode: 'cityBus', line: '328', from: '', to: '' })] }),
      trip({
        id: uuid(13),
        legs: [leg({ mode: 'crossBus', line: '', from: '枫泾镇', to: '姚庄镇' })],
      }),
      // Same line, but from Yaozhuang to Fengjing: the other direction.
      trip({
        id: uuid(14),
        legs: [leg({ mode: 'crossBus', line: '328路', from: '姚庄镇', to: '枫泾镇' })],
      }),
      trip({ id: uuid(15), legs: [leg({ mode: 'crossBus', line: '319路', from: '', to: '' })] }),
    ]
    const found = matchLegs(indexLegs(bus, m), packLegTarget(busLeg)).map((l) => l.tripId)
    expect(found.sort()).toEqual([uuid(11), uuid(12), uuid(13)])
  })
})
