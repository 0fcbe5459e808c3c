// Which pack station or place a stop the user typed means, through the pack's station and place
// names and aliases (上海虹桥, 上海虹桥站 and an alias 虹桥站 are one stop). See names.ts for the
// rule; a name that matches nothing stays unmatched.
import type { Text } from '../pack/schema'
import { buildNameIndex, lookupName, type NameIndex } from './names'

/** 'station:<id>' or 'place:<id>'. A place that is one station (a hub) has its station's key. */
export type StopKey = string

/** What the matching reads of a pack station (aliases arrive with pack v2). */
export interface StopStation {
  id: string
  name: Text
  aliases?: readonly string[]
}

export interface StopPlace {
  id: string
  name: Text
  kind: string
  stationIds: readonly string[]
  aliases?: readonly string[]
}

export const stationKey = (id: string): StopKey => `station:${id}`

/** The key a pack place stands for: a station place (上海虹桥站) is its station. */
export function placeKey(place: StopPlace): StopKey {
  const only =
    place.kind === 'station' && place.stationIds.length === 1 ? place.stationIds[0] : null
  return only ? stationKey(only) : `place:${place.id}`
}

export const isStationKey = (key: StopKey): boolean => key.startsWith('station:')

const STOP_SUFFIX = /(?:火车站|高铁站|车站|站|railwaystation|trainstation|station)$/

export type StopIndex = NameIndex

export function buildStopIndex(
  stations: readonly StopStation[],
  places: readonly StopPlace[],
): StopIndex {
  const names = (r: { name: Text; aliases?: readonly string[] }) => [
    r.name.zh,
    r.name.en,
    ...(r.aliases ?? []),
  ]
  return buildNameIndex(
    [
      ...stations.map((s) => ({ key: stationKey(s.id), names: names(s) })),
      ...places.map((p) => ({ key: placeKey(p), names: names(p) })),
    ],
    STOP_SUFFIX,
    false,
  )
}

/**
 * The stop a typed name means, or null. `stationsOnly`: a rail leg runs between stations, so a
 * district of the same name is no rival there.
 */
export function resolveStop(index: StopIndex, text: string, stationsOnly = false): StopKey | null {
  return lookupName(index, text, stationsOnly ? isStationKey : undefined)
}
