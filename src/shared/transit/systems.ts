// Which acceptance column (transport system) a rail link or bus line belongs to.
import type { BusLine, RailLink, Side, TransitSystem } from '../pack/schema'
import type { TransitData } from './types'

/**
 * The Jinshan Railway is the only suburban (市域) line the sources describe, so a suburban link is
 * read as the Jinshan Railway column; HSR and conventional trains are national rail (12306).
 */
export function railSystem(link: RailLink): TransitSystem {
  return link.kind === 'suburban' ? 'jinshanRail' : 'nationalRail'
}

/**
 * Cross-border and demonstration-zone lines are the cross-province column. A city bus is a
 * Shanghai or Jiaxing city bus depending on the side of the places and stations it serves; when
 * those disagree or say nothing, the system is not known (null) and no card answer is given.
 */
export function busSystem(
  line: BusLine,
  data: Pick<TransitData, 'places' | 'stations'>,
): TransitSystem | null {
  if (line.kind !== 'cityBus') return 'crossBus'
  const sides = new Set<Side>()
  for (const place of data.places) if (place.busLineIds.includes(line.id)) sides.add(place.side)
  for (const c of line.connections) {
    const station = c.stationId ? data.stations.find((s) => s.id === c.stationId) : undefined
    if (station) sides.add(station.side)
  }
  if (sides.size !== 1) return null
  return sides.has('shanghai') ? 'shBus' : 'jxBus'
}
