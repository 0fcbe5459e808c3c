// How well the pack connects the two cities: for every Shanghai district × Jiaxing county-level
// unit, whether the route builder finds a route, on what grounds, and whether one route has a
// sourced time and a sourced (current) fare on every leg. Where a pair rests on a fallback or has
// no route, the missing link is named. The pack report and the shipped-data tests read this.
import type { Place, Text } from '../pack/schema'
import { placeEntries, type EntryBasis } from './entries'
import { planRoutes, type RouteOption } from './routes'
import type { TransitData } from './types'

export interface MissingLink {
  /** 'firstMile': the place has no station, line or sourced link (its side's stations are used). */
  kind: 'firstMile' | 'noRoute'
  place: Place | null
  text: Text
}

export interface PairCoverage {
  home: Place
  work: Place
  routes: number
  /** Some route has sourced minutes on every leg. */
  timed: boolean
  /** Some route has sourced minutes and a sourced current fare on every leg. */
  complete: boolean
  basis: { home: EntryBasis | null; work: EntryBasis | null }
  missing: MissingLink[]
}

/** Every leg timed and priced by a source (a rule-governed fare is not a current fare). */
export const fullySourced = (r: RouteOption): boolean =>
  r.legs.every((l) => l.minutes !== null && l.fareFen !== null)

function firstMile(place: Place, hasOwn: boolean): MissingLink {
  return {
    kind: 'firstMile',
    place,
    text: hasOwn
      ? {
          zh: `${place.name.zh}：它的车站和线路没有通往另一城市的记录，只能用本市其他车站；到那里的第一公里不在数据中`,
          en: `${place.name.en}: its stations and lines have no sourced link toward the other city, so its side's other stations are used; the first mile to them is not in the data`,
        }
      : {
          zh: `${place.name.zh}：资料中没有它的车站、公交线路或到车站的线路，第一公里不在数据中`,
          en: `${place.name.en}: no station, bus line or sourced link to a station; the first mile is not in the data`,
        },
  }
}

export function pairCoverage(
  data: TransitData,
  home: Place,
  work: Place,
  today: string,
): PairCoverage {
  const plan = planRoutes({ data, homePlaceId: home.id, workPlaceId: work.id, cards: [], today })
  const routes = plan.status === 'ok' ? plan.routes : []
  // Routes come best grounds first: the first one's are the pair's.
  const basis = { home: routes[0]?.basis.home ?? null, work: routes[0]?.basis.work ?? null }
  const hasOwn = (p: Place) =>
    placeEntries(data, p, today).entries.some((e) => e.basis !== 'sideFallback')
  const missing: MissingLink[] = []
  if (basis.home === 'sideFallback') missing.push(firstMile(home, hasOwn(home)))
  if (basis.work === 'sideFallback') missing.push(firstMile(work, hasOwn(work)))
  if (routes.length === 0) {
    missing.push({
      kind: 'noRoute',
      place: null,
      text: {
        zh: `${home.name.zh} → ${work.name.zh}：两端的车站和线路之间没有相连的记录`,
        en: `${home.name.en} → ${work.name.en}: no record links the stations and lines of the two ends`,
      },
    })
  }
  return {
    home,
    work,
    routes: routes.length,
    timed: routes.some((r) => r.legs.every((l) => l.minutes !== null)),
    complete: routes.some(fullySourced),
    basis,
    missing,
  }
}

/** Shanghai's districts × Jiaxing's county-level units, home in Shanghai. */
export function divisionCoverage(data: TransitData, today: string): PairCoverage[] {
  const districts = (side: Place['side']) =>
    data.places.filter((p) => p.side === side && p.kind === 'district')
  return districts('shanghai').flatMap((sh) =>
    districts('jiaxing').map((jx) => pairCoverage(data, sh, jx, today)),
  )
}
