// Routes over the SHIPPED pack (resources/data/pack.json): which Shanghai × Jiaxing place pairs
// the pack can connect, so an edit to the data cannot silently cut a commuter's route.
import { describe, expect, it } from 'vitest'
import { planRoutes, type RouteOption } from '@shared/transit/routes'
import type { Pack } from '@shared/pack'
import { shippedPack } from '../pack/helpers'
import { userCard } from './helpers'

const pack = shippedPack()

function routesBetween(
  data: Pack,
  home: string,
  work: string,
  cards = [] as ReturnType<typeof userCard>[],
): RouteOption[] {
  const plan = planRoutes({ data, homePlaceId: home, workPlaceId: work, cards })
  if (plan.status !== 'ok') throw new Error(`${home} → ${work}: ${plan.status}`)
  return plan.routes
}

/** Every Shanghai × Jiaxing pair (home in Shanghai) with at least one route, as `sh|jx`. */
function connectablePairs(data: Pack): string[] {
  const side = (s: string) => data.places.filter((p) => p.side === s)
  return side('shanghai').flatMap((sh) =>
    side('jiaxing')
      .filter((jx) => routesBetween(data, sh.id, jx.id).length > 0)
      .map((jx) => `${sh.id}|${jx.id}`),
  )
}

const describeLegs = (r: RouteOption) =>
  r.legs.map((l) => l.railLink?.id ?? l.busLine?.id).join(' → ')

// 15 pairs were connectable before the transit gaps were closed; the rest were added with the
// derived HSR links, the 枫梅线 and its Shanghai end (Jinjiang Park).
const CONNECTABLE = [
  'sh-hongqiao-hub|jx-jiaxing-south-hub',
  'sh-hongqiao-hub|jx-xincheng',
  'sh-hongqiao-hub|jx-jiashan-south-hub',
  'sh-hongqiao-hub|jx-jiashan',
  'sh-hongqiao-hub|jx-xindai',
  'sh-jinshan-north-hub|jx-xindai',
  'sh-fengjing|jx-jiashan',
  'sh-fengjing|jx-yaozhuang',
  'sh-fengjing|jx-xitang',
  'sh-langxia|jx-guangchen',
  'sh-langxia|jx-xincang',
  'sh-langxia|jx-pinghu',
  'sh-langxia|jx-liugongci',
  'sh-zhendian|jx-dingzha',
  'sh-oriental-land|jx-xitang',
  // Added: rail between intermediate stations of the Shanghai–Hangzhou HSR.
  'sh-songjiang-hub|jx-jiaxing-south-hub',
  'sh-songjiang-hub|jx-xincheng',
  'sh-songjiang-hub|jx-jiashan-south-hub',
  'sh-songjiang-hub|jx-jiashan',
  'sh-songjiang-hub|jx-xindai',
  'sh-jinshan-north-hub|jx-jiaxing-south-hub',
  'sh-jinshan-north-hub|jx-xincheng',
  'sh-jinshan-north-hub|jx-jiashan-south-hub',
  'sh-jinshan-north-hub|jx-jiashan',
  // Added: the 枫梅线 carries Fengjing-side routes on to Jinjiang Park.
  'sh-jinjiang-park|jx-jiashan',
  'sh-jinjiang-park|jx-yaozhuang',
]

describe('the shipped pack connects', () => {
  const pairs = connectablePairs(pack)

  it('at least every pair it connected when the transit gaps were closed', () => {
    expect(CONNECTABLE.filter((p) => !pairs.includes(p))).toEqual([])
  })

  it('each of those pairs the other way round too', () => {
    const back = CONNECTABLE.filter((p) => {
      const [sh, jx] = p.split('|') as [string, string]
      return routesBetween(pack, jx, sh).length === 0
    })
    expect(back).toEqual([])
  })

  it('Jinshan North to Jiaxing South by HSR: derived km, no invented time or fare', () => {
    const [route, ...rest] = routesBetween(pack, 'sh-jinshan-north-hub', 'jx-jiaxing-south-hub')
    expect(rest).toEqual([])
    expect(describeLegs(route!)).toBe('rail-jinshan-north-jiaxing-south')
    const leg = route!.legs[0]!
    expect(leg).toMatchObject({ mode: 'hsr', system: 'nationalRail', minutes: null, fareFen: null })
    expect(leg.railLink!.km).toEqual([
      expect.objectContaining({ value: 36, sourceIds: ['wikizero-huhang'] }),
    ])
    expect(route!.total).toMatchObject({ minutes: null, fareFen: null, minutesComplete: false })
  })

  it('Songjiang to Xindai: HSR to Jinshan North, then the 319', () => {
    const [route] = routesBetween(pack, 'sh-songjiang-hub', 'jx-xindai')
    expect(describeLegs(route!)).toBe('rail-songjiang-jinshan-north → bus-319')
    expect(route!.legs.map((l) => l.system)).toEqual(['nationalRail', 'crossBus'])
  })

  it('Jinjiang Park to Jiashan: the 枫梅线 (a Shanghai bus, 2011 fare) then the boundary bus', () => {
    const redCard = userCard('sh-card-red', '红卡')
    const [route, ...rest] = routesBetween(pack, 'sh-jinjiang-park', 'jx-jiashan', [redCard])
    expect(rest).toEqual([])
    expect(describeLegs(route!)).toBe('bus-fengmei → bus-jiashan-fengjing-2011')
    const [fengmei, boundary] = route!.legs
    expect(fengmei).toMatchObject({
      mode: 'cityBus',
      system: 'shBus',
      fareFen: { min: 1100, max: 1100 },
    })
    expect(fengmei!.fares[0]!.sourceIds).toEqual(['zjol-2011-jiashan-fengjing'])
    expect(boundary).toMatchObject({ system: 'crossBus' })
    // The red card is checked against the Shanghai bus column the record names.
    expect(fengmei!.cards[0]!.cell).toMatchObject({ system: 'shBus' })
    expect(route!.total.fareFen).toEqual({ min: 1700, max: 1700 })
  })
})
