// The user's logged legs, indexed once per set of trips so that every leg the guide shows finds
// its matches by lookup. A logged leg matches a shown leg when both are of the same mode family
// (high-speed and conventional rail are both rail) and run between the same two stops, matched
// through the pack's names and aliases (stops.ts). Stops the pack does not know are compared as
// the user typed them (folded), so a saved commute from 家 to 莘庄 finds the trips from 家 to 莘庄;
// such a name never matches a pack stop.
import type { BusLine } from '../pack/schema'
import type { RouteLeg } from '../transit/routes'
import type { Leg, Mode, Trip } from '../trips/schema'
import { buildNameIndex, foldName, lookupName, type NameIndex } from './names'
import {
  buildStopIndex,
  placeKey,
  resolveStop,
  stationKey,
  type StopIndex,
  type StopKey,
  type StopPlace,
  type StopStation,
} from './stops'

export const MODE_FAMILIES = ['rail', 'metro', 'bus', 'road', 'bike', 'walk'] as const
export type ModeFamily = (typeof MODE_FAMILIES)[number]

const FAMILY: Record<Mode, ModeFamily> = {
  hsr: 'rail',
  train: 'rail',
  metro: 'metro',
  cityBus: 'bus',
  crossBus: 'bus',
  taxi: 'road',
  car: 'road',
  bike: 'bike',
  walk: 'walk',
}

export const familyOf = (mode: Mode): ModeFamily => FAMILY[mode]

/** A stop as the matching compares it: a pack key, or `text:` and the folded typed name. */
export type StopId = StopKey | `text:${string}`

const isTyped = (id: StopId): boolean => id.startsWith('text:')

/** A logged leg as the figures use it. */
export interface LoggedLeg {
  date: string
  tripId: string
  mode: Mode
  minutes: number | null
  fareFen: number
  from: StopId | null
  to: StopId | null
}

export type BusLineIndex = NameIndex

export function buildBusLineIndex(
  lines: readonly Pick<BusLine, 'id' | 'name' | 'aliases'>[],
): BusLineIndex {
  return buildNameIndex(
    lines.map((l) => ({ key: l.id, names: [l.name.zh, l.name.en, ...l.aliases] })),
    /(?:路|线|line|bus)$/,
    true,
  )
}

export interface Matcher {
  stops: StopIndex
  lines: BusLineIndex
  /** Typed name → stop, cached: a log repeats a handful of names many thousand times. */
  stopOf(text: string, family: ModeFamily): StopId | null
  lineOf(text: string): string | null
}

export function makeMatcher(stops: StopIndex, lines: BusLineIndex): Matcher {
  // One cache for rail legs (stations only), one for the others.
  const railStops = new Map<string, StopId | null>()
  const otherStops = new Map<string, StopId | null>()
  const lineCache = new Map<string, string | null>()
  return {
    stops,
    lines,
    stopOf(text, family) {
      const rail = family === 'rail'
      const cache = rail ? railStops : otherStops
      let id = cache.get(text)
      if (id === undefined) {
        const folded = foldName(text)
        id = folded === '' ? null : (resolveStop(stops, text, rail) ?? (`text:${folded}` as const))
        cache.set(text, id)
      }
      return id
    },
    lineOf(text) {
      let id = lineCache.get(text)
      if (id === undefined) {
        id = lookupName(lines, text)
        lineCache.set(text, id)
      }
      return id
    },
  }
}

/** A matcher over the pack's stations, places and bus lines. */
export function matcherFor(pack: {
  stations: readonly StopStation[]
  places: readonly StopPlace[]
  busLines: readonly Pick<BusLine, 'id' | 'name' | 'aliases'>[]
}): Matcher {
  return makeMatcher(buildStopIndex(pack.stations, pack.places), buildBusLineIndex(pack.busLines))
}

export interface LegIndex {
  /** `family|from|to` → legs; only legs with both stops. */
  byStops: Map<string, LoggedLeg[]>
  /** `lineId` → bus legs whose line is a pack bus line. */
  byLine: Map<string, LoggedLeg[]>
}

const stopsKey = (family: ModeFamily, from: StopId, to: StopId) => `${family}|${from}|${to}`

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function indexLegs(trips: readonly Trip[], m: Matcher): LegIndex {
  const index: LegIndex = { byStops: new Map(), byLine: new Map() }
  for (const trip of trips) {
    for (const leg of trip.legs) {
      const family = familyOf(leg.mode)
      const logged: LoggedLeg = {
        date: trip.date,
        tripId: trip.id,
        mode: leg.mode,
        minutes: leg.minutes,
        fareFen: leg.fareFen,
        from: m.stopOf(leg.from, family),
        to: m.stopOf(leg.to, family),
      }
      if (logged.from && logged.to)
        push(index.byStops, stopsKey(family, logged.from, logged.to), logged)
      if (family === 'bus' && leg.line) {
        const lineId = m.lineOf(leg.line)
        if (lineId) push(index.byLine, lineId, logged)
      }
    }
  }
  return index
}

/**
 * A leg the guide shows, as the matching sees it: its family, the stops each end may be (none:
 * the pack does not say where a change happens) and, for a pack bus leg, its line.
 */
export interface LegTarget {
  family: ModeFamily
  from: readonly StopId[]
  to: readonly StopId[]
  busLineId: string | null
}

/** One key per distinct target: the route options repeat the same leg many times. */
export const targetKey = (t: LegTarget): string =>
  `${t.family}|${t.from.join(',')}|${t.to.join(',')}|${t.busLineId ?? ''}`

function endpointStops(e: RouteLeg['from']): StopId[] {
  if (e.kind === 'station') return [stationKey(e.station.id)]
  if (e.kind === 'place') return [placeKey(e.place)]
  return []
}

/** A pack route leg: rail between its two stations; a bus leg by its stops or by its line. */
export function packLegTarget(leg: RouteLeg): LegTarget {
  return {
    family: leg.kind === 'rail' ? 'rail' : 'bus',
    from: endpointStops(leg.from),
    to: endpointStops(leg.to),
    busLineId: leg.busLine?.id ?? null,
  }
}

/** A leg of a saved commute or of the usual way: by its family and its two stops. */
export function userLegTarget(leg: Pick<Leg, 'mode' | 'from' | 'to'>, m: Matcher): LegTarget {
  const family = familyOf(leg.mode)
  const from = m.stopOf(leg.from, family)
  const to = m.stopOf(leg.to, family)
  return { family, from: from ? [from] : [], to: to ? [to] : [], busLineId: null }
}

/**
 * The logged legs that match a target. A bus leg on the target's line matches too, unless a
 * stop the user typed is a pack stop other than the target's (the ride went somewhere else).
 */
export function matchLegs(index: LegIndex, target: LegTarget): LoggedLeg[] {
  const found = new Set<LoggedLeg>()
  for (const from of target.from) {
    for (const to of target.to) {
      for (const l of index.byStops.get(stopsKey(target.family, from, to)) ?? []) found.add(l)
    }
  }
  if (target.busLineId) {
    const fits = (id: StopId | null, allowed: readonly StopId[]) =>
      id === null || isTyped(id) || allowed.length === 0 || allowed.includes(id)
    for (const l of index.byLine.get(target.busLineId) ?? []) {
      if (fits(l.from, target.from) && fits(l.to, target.to)) found.add(l)
    }
  }
  return [...found]
}
