// A stable display order for pack records. Stores hand rows back by id, which says nothing to a
// reader; these orders group by side and kind, then sort names with Chinese collation.
import type { BusLine, CardType, Place, Station } from '../pack/schema'
import type { TransitData } from './types'

// Made on first use: building a Chinese collator loads ICU's pinyin tables (about 15 ms), which
// the first screen should not wait for.
let zhCollator: Intl.Collator | undefined
const byName = (a: { name: { zh: string } }, b: { name: { zh: string } }) =>
  (zhCollator ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a.name.zh, b.name.zh)

const SIDE_ORDER = { shanghai: 0, jiaxing: 1, national: 2 } as const
const BUS_ORDER: Record<BusLine['kind'], number> = { crossBorder: 0, demoZone: 1, cityBus: 2 }
const PLACE_ORDER: Record<Place['kind'], number> = {
  station: 0,
  district: 1,
  town: 2,
  subdistrict: 3,
  zone: 4,
  area: 5,
}

const byCard = (a: CardType, b: CardType) =>
  SIDE_ORDER[a.side] - SIDE_ORDER[b.side] ||
  (a.kind === b.kind ? 0 : a.kind === 'card' ? -1 : 1) ||
  byName(a, b)

const byBus = (a: BusLine, b: BusLine) => BUS_ORDER[a.kind] - BUS_ORDER[b.kind] || byName(a, b)

const byStation = (a: Station, b: Station) =>
  SIDE_ORDER[a.side] - SIDE_ORDER[b.side] || byName(a, b)

const byPlace = (a: Place, b: Place) =>
  SIDE_ORDER[a.side] - SIDE_ORDER[b.side] ||
  PLACE_ORDER[a.kind] - PLACE_ORDER[b.kind] ||
  byName(a, b)

/** Places in display order: Shanghai side first, stations before districts, towns and areas. */
export function sortPlaces(places: readonly Place[]): Place[] {
  return [...places].sort(byPlace)
}

/** The same data, each table in display order. */
export function inDisplayOrder(data: TransitData): TransitData {
  return {
    ...data,
    cardTypes: [...data.cardTypes].sort(byCard),
    busLines: [...data.busLines].sort(byBus),
    stations: [...data.stations].sort(byStation),
    places: sortPlaces(data.places),
    plannedLines: [...data.plannedLines].sort(byName),
  }
}
