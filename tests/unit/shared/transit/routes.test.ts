// The route builder over the fixture pack: what it finds, what it sums, and what it admits it
// does not know.
import { describe, expect, it } from 'vitest'
import { planRoutes, type RouteOption, type RoutePlan } from '@shared/transit/routes'
import { transitFixture, withFixture } from '../../../fixtures/transit/pack'
import { userCard } from './helpers'

const jxCard = userCard('jx-citizen-card', '市民卡')
const redCard = userCard('sh-card-red', '红卡')
const goneCard = userCard('retired-card', '旧卡')

function plan(homePlaceId: string | null, workPlaceId: string | null, cards = [jxCard, redCard]) {
  return planRoutes({ data: transitFixture, homePlaceId, workPlaceId, cards })
}

function routes(p: RoutePlan): RouteOption[] {
  if (p.status !== 'ok') throw new Error(`expected routes, got ${p.status}`)
  return p.routes
}

const describeLegs = (r: RouteOption) =>
  r.legs.map((l) => l.railLink?.id ?? l.busLine?.id).join(' → ')

describe('route builder', () => {
  it('asks for home and work until both are set', () => {
    expect(plan(null, 'jx-xincheng')).toEqual({ status: 'unset', missing: ['home'] })
    expect(plan(null, null)).toEqual({ status: 'unset', missing: ['home', 'work'] })
  })

  it('says when a chosen place is no longer in the pack', () => {
    expect(plan('sh-minhang', 'gone-place')).toEqual({ status: 'placeGone', missing: ['work'] })
  })

  it('does not build a route from a place to itself', () => {
    expect(plan('sh-minhang', 'sh-minhang').status).toBe('samePlace')
  })

  it('finds rail then a connecting city bus, with a leg that has no sourced fare', () => {
    const [route, ...rest] = routes(plan('sh-hongqiao-hub', 'jx-xincheng'))
    expect(rest).toEqual([])
    expect(describeLegs(route!)).toBe('hongqiao-jiaxing-south → jx-260')
    const [rail, bus] = route!.legs
    expect(rail).toMatchObject({ kind: 'rail', mode: 'hsr', system: 'nationalRail' })
    expect(rail!.minutes).toEqual({ min: 27, max: 27 })
    // No source gives a current Hongqiao–Jiaxing South fare: null, not a guess.
    expect(rail!.fareFen).toBeNull()
    expect(rail!.fares).toEqual([])
    expect(bus).toMatchObject({
      kind: 'bus',
      mode: 'cityBus',
      system: 'jxBus',
      minutes: null,
      fareFen: null,
    })
    expect(bus!.from).toMatchObject({ kind: 'station', station: { id: 'jiaxing-south' } })
    expect(bus!.to).toMatchObject({ kind: 'place', place: { id: 'jx-xincheng' } })
    // The total covers what is sourced and says it is partial.
    expect(route!.total).toEqual({
      minutes: { min: 27, max: 27 },
      fareFen: null,
      minutesComplete: false,
      fareComplete: false,
    })
    // Hongqiao hub is a station place: no access gap; the change at Jiaxing South is one.
    expect(route!.gaps.map((g) => g.kind)).toEqual(['transfer'])
  })

  it('shows which of my cards works on each leg, with unknown acceptance kept unknown', () => {
    const [route] = routes(plan('sh-hongqiao-hub', 'jx-xincheng', [jxCard, redCard, goneCard]))
    const bus = route!.legs[1]!
    const byNick = Object.fromEntries(bus.cards.map((c) => [c.card.nickname, c]))
    expect(byNick['市民卡']).toMatchObject({ status: 'works', basis: 'record' })
    // The pack records the red card on Jiaxing buses as unknown: the route says so.
    expect(byNick['红卡']).toMatchObject({ status: 'unknown', basis: 'record' })
    expect(byNick['红卡']!.cell!.sourceIds).toEqual(['guidebook-2024-qr'])
    expect(byNick['旧卡']).toMatchObject({ status: 'unknown', basis: 'typeGone', cell: null })
    // No acceptance record at all for these cards on national rail: unknown, no record.
    const rail = route!.legs[0]!
    expect(rail.cards.map((c) => [c.status, c.basis])).toEqual([
      ['unknown', 'noRecord'],
      ['unknown', 'noRecord'],
      ['unknown', 'typeGone'],
    ])
  })

  it('chains HSR, a cross-province bus and its station connection (319 via Jinshan North)', () => {
    const [route] = routes(plan('sh-minhang', 'ph-xindai'))
    expect(describeLegs(route!)).toBe('hongqiao-jinshan-north → pinghu-319')
    expect(route!.legs[1]).toMatchObject({ system: 'crossBus', mode: 'crossBorder' })
    expect(route!.total.minutes).toEqual({ min: 38, max: 38 })
    // Minhang is a district: reaching Hongqiao is not in the data, so the total is partial.
    expect(route!.gaps.map((g) => g.kind)).toEqual(['access', 'transfer'])
    expect(route!.total.minutesComplete).toBe(false)
  })

  it('finds a single cross-province bus serving both places', () => {
    const [route, ...rest] = routes(plan('js-yaozhuang', 'sh-fengjing'))
    expect(rest).toEqual([])
    expect(describeLegs(route!)).toBe('jiashan-328')
    expect(route!.gaps).toEqual([])
    expect(route!.total).toMatchObject({ minutes: null, fareFen: null, minutesComplete: false })
  })

  it('sums sourced ranges and calls a fully sourced route complete', () => {
    const data = withFixture({
      places: [
        ...transitFixture.places,
        {
          ...transitFixture.places.find((p) => p.id === 'jx-south-station')!,
          id: 'jiashan-south-station',
          stationIds: ['jiashan-south'],
        },
      ],
      railLinks: transitFixture.railLinks.map((l) =>
        l.id === 'hongqiao-jiashan-south'
          ? { ...l, minutes: [{ value: 20, label: null, sourceIds: ['blog-jiashan-fare'] }] }
          : l,
      ),
    })
    const p = planRoutes({
      data,
      homePlaceId: 'sh-hongqiao-hub',
      workPlaceId: 'jiashan-south-station',
      cards: [],
    })
    const [route] = routes(p)
    expect(route!.total).toEqual({
      minutes: { min: 20, max: 20 },
      fareFen: { min: 2950, max: 2950 },
      minutesComplete: true,
      fareComplete: true,
    })
  })

  it('falls back to the side’s stations when a place’s own lead nowhere, and marks it', () => {
    // Xuhui is served by Shanghai South, whose only link is the Jinshan Railway to Jinshanwei.
    const found = routes(plan('sh-xuhui', 'jx-xincheng'))
    expect(found.length).toBeGreaterThan(0)
    for (const r of found) {
      expect(r.basis.home).toBe('sideFallback')
      expect(r.gaps[0]).toMatchObject({ kind: 'access', basis: 'sideFallback' })
    }
  })

  it('returns no routes, not a guess, when nothing in the pack connects home and work', () => {
    const data = withFixture({ railLinks: [], busLines: [] })
    const p = planRoutes({ data, homePlaceId: 'sh-xuhui', workPlaceId: 'jx-xincheng', cards: [] })
    expect(p).toMatchObject({ status: 'ok', routes: [] })
  })

  it('does not chain two links of one line through their shared station', () => {
    // Jinshan North ⇄ Hongqiao and Hongqiao ⇄ Jiaxing South are both on the Shanghai–Hangzhou
    // HSR: going via Hongqiao would double back, and the direct trip has no sourced figure.
    const data = withFixture({
      places: [
        ...transitFixture.places,
        { ...transitFixture.places[0]!, id: 'jinshan-north-hub', stationIds: ['jinshan-north'] },
      ],
    })
    const p = planRoutes({
      data,
      homePlaceId: 'jinshan-north-hub',
      workPlaceId: 'jx-south-station',
      cards: [],
    })
    // What is offered starts at another station, as a fallback, never through Hongqiao.
    expect(routes(p).map(describeLegs)).toEqual(['hongqiao-jiaxing-south'])
    expect(routes(p)[0]!.basis.home).toBe('sideFallback')
  })

  it('stops at the leg limit', () => {
    const p = planRoutes({
      data: transitFixture,
      homePlaceId: 'sh-minhang',
      workPlaceId: 'ph-xindai',
      cards: [],
      maxLegs: 1,
    })
    expect(routes(p).filter((r) => r.legs.length > 1)).toEqual([])
  })

  it('lists routes fastest first, unknown times last', () => {
    // From Hongqiao hub to Jiaxing South station and, with a bus added, to Xincheng by 2 ways.
    const data = withFixture({
      places: transitFixture.places.map((p) =>
        p.id === 'jx-xincheng' ? { ...p, stationIds: ['jiashan-south'] } : p,
      ),
    })
    const p = planRoutes({
      data,
      homePlaceId: 'sh-hongqiao-hub',
      workPlaceId: 'jx-xincheng',
      cards: [],
    })
    expect(routes(p).map(describeLegs)).toEqual([
      'hongqiao-jiaxing-south → jx-260',
      'hongqiao-jiashan-south',
    ])
  })

  it('checks cards against the system each record states, not one guessed from its kind or side', () => {
    // Mark the Jiaxing city bus as a cross-province line: the citizen card's "works" on Jiaxing
    // buses no longer applies, and the leg says there is no record for the stated system.
    const data = withFixture({
      busLines: transitFixture.busLines.map((l) =>
        l.id === 'jx-260' ? { ...l, system: 'crossBus' as const } : l,
      ),
    })
    const p = planRoutes({
      data,
      homePlaceId: 'sh-hongqiao-hub',
      workPlaceId: 'jx-xincheng',
      cards: [jxCard],
    })
    const bus = routes(p)[0]!.legs[1]!
    expect(bus).toMatchObject({ mode: 'cityBus', system: 'crossBus' })
    expect(bus.cards[0]).toMatchObject({ status: 'unknown', basis: 'noRecord' })
    // Unchanged, the same leg is a Jiaxing bus and the card works there.
    const [, shipped] = routes(plan('sh-hongqiao-hub', 'jx-xincheng', [jxCard]))[0]!.legs
    expect(shipped).toMatchObject({ system: 'jxBus' })
    expect(shipped!.cards[0]).toMatchObject({ status: 'works', basis: 'record' })
  })

  it('offers a change between two bus lines once, even when both lines list it', () => {
    // 319 names Jinshan North; here 260 and 319 also name each other, on both sides.
    const link = (to: string) => ({
      stationId: null,
      busLineId: to,
      text: { zh: '换乘', en: 'Change' },
      sourceIds: ['shcafe-2020-commuters'],
    })
    const data = withFixture({
      busLines: transitFixture.busLines.map((l) =>
        l.id === 'jx-260'
          ? { ...l, connections: [...l.connections, link('pinghu-319')] }
          : l.id === 'pinghu-319'
            ? { ...l, connections: [...l.connections, link('jx-260'), link('jx-260')] }
            : l,
      ),
    })
    const p = planRoutes({ data, homePlaceId: 'jx-xincheng', workPlaceId: 'ph-xindai', cards: [] })
    expect(routes(p).map(describeLegs)).toEqual(['jx-260 → pinghu-319'])
  })
})
