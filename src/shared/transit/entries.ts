// How a place reaches the network: the stations and bus lines a route may start or end at, and on
// what grounds. Only the pack says which: stations in the place, its bus lines, sourced links to
// a station outside it (青浦 → 上海虹桥 by Metro Line 17), then the same for the division above it.
// A place with none of these (or whose entries lead nowhere, when the route builder asks again)
// falls back to its side's stations on the network, and says so: which of them is nearest is not
// in the data, and nothing is invented to choose.
import type { Access, BusLine, Closure, Place, Station } from '../pack/schema'
import type { TransitData } from './types'

/**
 * 'inPlace': a station or line of the place itself; 'sourcedLink': a source links the place to the
 * station; 'inParent': the division above it has the station or line; 'sideFallback': nothing in
 * the pack serves the place, so every station on its side is offered.
 */
export type EntryBasis = 'inPlace' | 'sourcedLink' | 'inParent' | 'sideFallback'
export const ENTRY_BASES: readonly EntryBasis[] = [
  'inPlace',
  'sourcedLink',
  'inParent',
  'sideFallback',
]

export type EntryNode = { kind: 'station'; station: Station } | { kind: 'bus'; line: BusLine }

export interface Entry {
  node: EntryNode
  basis: EntryBasis
  /** The place whose record gives this entry (the place itself or a division above it). */
  via: Place
  /** The sourced link, for basis 'sourcedLink'. */
  access: Access | null
}

export interface ClosedStation {
  station: Station
  closure: Closure
}

export const entryKey = (n: EntryNode): string =>
  n.kind === 'station' ? `s:${n.station.id}` : `b:${n.line.id}`

/** The closure in force on `today`, if any. */
export function closureOn(station: Station, today: string): Closure | null {
  return station.closures.find((c) => c.from <= today && (c.to === null || today <= c.to)) ?? null
}

interface Lookup {
  stations: Map<string, Station>
  lines: Map<string, BusLine>
  places: Map<string, Place>
}

function lookupOf(data: TransitData): Lookup {
  return {
    stations: new Map(data.stations.map((s) => [s.id, s])),
    lines: new Map(data.busLines.map((l) => [l.id, l])),
    places: new Map(data.places.map((p) => [p.id, p])),
  }
}

/** The place and the divisions above it, nearest first (a zone may have two parents). */
function withAncestors(place: Place, places: Map<string, Place>): Place[] {
  const out: Place[] = [place]
  for (let i = 0; i < out.length; i++) {
    for (const id of out[i]!.parentIds) {
      const parent = places.get(id)
      if (parent && !out.includes(parent)) out.push(parent)
    }
  }
  return out
}

/** Stations with at least one rail link: the ones a route can use. */
function networkStations(data: TransitData): Set<string> {
  return new Set(data.railLinks.flatMap((l) => [l.fromStationId, l.toStationId]))
}

export interface PlaceEntries {
  entries: Entry[]
  /** Stations of the place (or above it) closed on the day asked about. */
  closed: ClosedStation[]
}

/**
 * Where routes from (or to) `place` may start (or end), best grounds first, one per node.
 * `fallback`: add its side's network stations even when the place has entries of its own.
 */
export function placeEntries(
  data: TransitData,
  place: Place,
  today: string,
  fallback = false,
): PlaceEntries {
  const look = lookupOf(data)
  const found = new Map<string, Entry>()
  const closed: ClosedStation[] = []
  const add = (node: EntryNode, basis: EntryBasis, via: Place, access: Access | null) => {
    const key = entryKey(node)
    const had = found.get(key)
    if (!had || ENTRY_BASES.indexOf(basis) < ENTRY_BASES.indexOf(had.basis))
      found.set(key, { node, basis, via, access })
  }
  const addStation = (id: string, basis: EntryBasis, via: Place, access: Access | null) => {
    const station = look.stations.get(id)
    if (!station) return
    const closure = closureOn(station, today)
    if (closure) {
      if (!closed.some((c) => c.station.id === id)) closed.push({ station, closure })
      return
    }
    add({ kind: 'station', station }, basis, via, access)
  }

  withAncestors(place, look.places).forEach((p, depth) => {
    const own: EntryBasis = depth === 0 ? 'inPlace' : 'inParent'
    for (const id of p.stationIds) addStation(id, own, p, null)
    for (const id of p.busLineIds) {
      const line = look.lines.get(id)
      if (line) add({ kind: 'bus', line }, own, p, null)
    }
    for (const a of p.access)
      addStation(a.stationId, depth === 0 ? 'sourcedLink' : 'inParent', p, a)
  })

  if (found.size === 0 || fallback) {
    const onNetwork = networkStations(data)
    for (const s of data.stations) {
      if (s.side === place.side && onNetwork.has(s.id))
        addStation(s.id, 'sideFallback', place, null)
    }
  }
  const entries = [...found.values()].sort(
    (a, b) => ENTRY_BASES.indexOf(a.basis) - ENTRY_BASES.indexOf(b.basis),
  )
  return { entries, closed }
}

/** The best grounds a place has for reaching the network (what the pack report counts). */
export function bestBasis(entries: readonly Entry[]): EntryBasis | null {
  return entries[0]?.basis ?? null
}
