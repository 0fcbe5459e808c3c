// Routes over the SHIPPED pack (resources/data/pack.json): every Shanghai district × Jiaxing
// county-level unit gets a route or a named missing link, a district without a station says the
// first mile is not in the data, and no figure is invented on the way.
import { describe, expect, it } from 'vitest'
import { planRoutes, type RouteOption, type RoutePlan } from '@shared/transit/routes'
import { divisionCoverage, pairCoverage } from '@shared/transit/coverage'
import type { Pack } from '@shared/pack'
import { shippedPack } from '../pack/helpers'
import { userCard } from './helpers'

const pack = shippedPack()
const TODAY = '2026-12-06'

function plan(
  home: string,
  work: string,
  cards = [] as ReturnType<typeof userCard>[],
  today = TODAY,
) {
  return planRoutes({ data: pack, homePlaceId: home, workPlaceId: work, cards, today })
}
function routesOf(p: RoutePlan): RouteOption[] {
  if (p.status !== 'ok') throw new Error(p.status)
  return p.routes
}
const routesBetween = (home: string, work: string, cards = [] as ReturnType<typeof userCard>[]) =>
  routesOf(plan(home, work, cards))
const describeLegs = (r: RouteOption) =>
  r.legs.map((l) => l.railLink?.id ?? l.busLine?.id).join(' → ')
const place = (id: string) => pack.places.find((p) => p.id === id)!
const districts = (data: Pack, side: string) =>
  data.places.filter((p) => p.side === side && p.kind === 'district')

describe('every Shanghai district × Jiaxing unit', () => {
  const coverage = divisionCoverage(pack, TODAY)

  it('covers the 16 × 7 pairs', () => {
    expect(districts(pack, 'shanghai')).toHaveLength(16)
    expect(districts(pack, 'jiaxing')).toHaveLength(7)
    expect(coverage).toHaveLength(112)
  })

  it('each pair has a route or names its missing link', () => {
    for (const c of coverage) {
      expect(c.routes > 0 || c.missing.length > 0, `${c.home.id} → ${c.work.id}`).toBe(true)
    }
    expect(coverage.filter((c) => c.routes === 0)).toEqual([])
  })

  it('and the other way round (home in Jiaxing)', () => {
    for (const jx of districts(pack, 'jiaxing'))
      for (const sh of districts(pack, 'shanghai'))
        expect(pairCoverage(pack, jx, sh, TODAY).routes, `${jx.id} → ${sh.id}`).toBeGreaterThan(0)
  })

  it('a pair that rests on a fallback names the district whose first mile is missing', () => {
    const huangpu = coverage.find((c) => c.home.id === 'sh-huangpu' && c.work.id === 'jx-nanhu')!
    expect(huangpu.basis).toEqual({ home: 'sideFallback', work: 'inPlace' })
    expect(huangpu.missing.map((m) => [m.kind, m.place?.id])).toEqual([['firstMile', 'sh-huangpu']])
    expect(huangpu.missing[0]!.text.zh).toContain('第一公里不在数据中')
    // 闵行区 has Hongqiao and 南湖区 Jiaxing South: nothing is missing.
    const minhang = coverage.find((c) => c.home.id === 'sh-minhang' && c.work.id === 'jx-nanhu')!
    expect(minhang.missing).toEqual([])
  })

  it('complete pairs have a sourced time and a current sourced fare on every leg of one route', () => {
    const complete = coverage.filter((c) => c.complete).map((c) => `${c.home.id}|${c.work.id}`)
    // Only bus routes have both today: HSR fares float since 2024-06-15 (check 12306).
    expect(complete).toEqual(['sh-jinshan|jx-jiashan'])
  })
})

describe('a district without a station', () => {
  it('reaches the line through its side’s stations and says the first mile is not in the data', () => {
    const [route] = routesBetween('sh-huangpu', 'jx-nanhu')
    expect(route!.basis.home).toBe('sideFallback')
    const access = route!.gaps.find((g) => g.kind === 'access')
    expect(access).toMatchObject({
      kind: 'access',
      basis: 'sideFallback',
      place: { id: 'sh-huangpu' },
    })
  })

  it('uses a sourced link where there is one: Qingpu to Hongqiao by Metro Line 17', () => {
    const [route] = routesBetween('sh-qingpu', 'jx-nanhu')
    expect(describeLegs(route!)).toBe('rail-hongqiao-jiaxing-south')
    const access = route!.gaps[0]!
    expect(access).toMatchObject({
      kind: 'access',
      basis: 'sourcedLink',
      station: { id: 'sh-hongqiao' },
    })
    if (access.kind === 'transfer') throw new Error('access')
    expect(access.access!.sourceIds).toEqual(['shine-2024-line17'])
  })

  it('a town without one uses its district’s: 枫泾镇 reaches Jinshan North too', () => {
    const routes = routesBetween('sh-fengjing', 'jx-nanhu')
    const viaJinshanNorth = routes.find(
      (r) => r.legs[0]?.railLink?.fromStationId === 'sh-jinshan-north',
    )
    expect(viaJinshanNorth?.basis.home).toBe('inParent')
  })
})

describe('闵行区 → 南湖区', () => {
  it('is Hongqiao to Jiaxing South by HSR, 27 minutes, with the fare left to the floating-fare rule', () => {
    const [route] = routesBetween('sh-minhang', 'jx-nanhu')
    expect(describeLegs(route!)).toBe('rail-hongqiao-jiaxing-south')
    expect(route!.basis).toEqual({ home: 'inPlace', work: 'inPlace' })
    const leg = route!.legs[0]!
    expect(leg.minutes).toEqual({ min: 27, max: 27 })
    expect(leg.fareFen).toBeNull()
    expect(leg.fareRules.map((r) => r.id)).toEqual(['fr-hsr-floating-2024'])
    expect(route!.gaps.map((g) => [g.kind, g.kind === 'transfer' ? null : g.basis])).toEqual([
      ['access', 'inPlace'],
      ['egress', 'inPlace'],
    ])
  })
})

describe('fares and stations', () => {
  it('a floating HSR fare keeps its sourced history, dated, and never becomes the leg’s fare', () => {
    const [route] = routesBetween('sh-minhang', 'jx-dayun')
    const leg = route!.legs[0]!
    expect(leg.railLink!.id).toBe('rail-hongqiao-jiashan-south')
    expect(leg.fareFen).toBeNull()
    expect(leg.fares.map((f) => [f.fen, f.asOf ?? null])).toEqual([
      [2950, null],
      [2400, '2017-12-11'],
    ])
    expect(leg.fareRules[0]!.lookup.sourceIds).toEqual(['railway-12306'])
    expect(route!.total.fareFen).toBeNull()
  })

  it('嘉善站 is closed from 2024-12-10 to 2027-12-09: shown, never routed through', () => {
    const p = plan('sh-jinshan', 'jx-jiashan')
    if (p.status !== 'ok') throw new Error(p.status)
    expect(p.closed.map((c) => [c.station.id, c.closure.from, c.closure.to])).toEqual([
      ['jx-jiashan', '2024-12-10', '2027-12-09'],
    ])
    const after = plan('sh-jinshan', 'jx-jiashan', [], '2027-12-10')
    expect(after.status === 'ok' && after.closed).toEqual([])
  })

  it('Songjiang district to 新埭镇: HSR to Jinshan North, then the 319', () => {
    const [route] = routesBetween('sh-songjiang', 'jx-xindai')
    expect(describeLegs(route!)).toBe('rail-songjiang-jinshan-north → bus-319')
    expect(route!.legs.map((l) => l.system)).toEqual(['nationalRail', 'crossBus'])
    // The derived km is flagged as inference.
    expect(route!.legs[0]!.railLink!.km[0]).toMatchObject({ value: 17, inference: true })
  })

  it('Jinjiang Park to Jiashan county: the 枫梅线 (a Shanghai bus, 2011 fare) then the boundary bus', () => {
    const redCard = userCard('sh-card-red', '红卡')
    const routes = routesBetween('sh-jinjiang-park', 'jx-jiashan', [redCard])
    const route = routes.find((r) => describeLegs(r) === 'bus-fengmei → bus-jiashan-fengjing-2011')!
    const [fengmei, boundary] = route.legs
    expect(fengmei).toMatchObject({
      mode: 'cityBus',
      system: 'shBus',
      fareFen: { min: 1100, max: 1100 },
    })
    expect(boundary).toMatchObject({ system: 'crossBus' })
    expect(fengmei!.cards[0]!.cell).toMatchObject({ system: 'shBus' })
    expect(route.total.fareFen).toEqual({ min: 1700, max: 1700 })
  })

  it('every station is in a division of the pack', () => {
    for (const s of pack.stations) expect(place(s.placeId!), s.id).toBeDefined()
  })
})
