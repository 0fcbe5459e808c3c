// The schematic district map: regions from the pack's places and the directory's hospitals, and
// the diagram area of each. A drawing aid, labelled approximate in the app, not geography.
import type { Place, Side, Text } from '../pack'
import { UNKNOWN_DISTRICT, type DirectoryEntry } from './directory'

export interface MapCell {
  col: number
  row: number
  placeId: string
}

/** A district on the schematic map: the approximate cells of the pack's places in it. */
export interface MapRegion {
  /** `${side}:${district}`, district being the Chinese name or UNKNOWN_DISTRICT. */
  key: string
  side: Side
  district: string
  /** The district's name from the pack; null for "district not given". */
  name: Text | null
  cells: MapCell[]
  /** Partner hospitals (in at least one partnership) in this district. */
  partnerHospitals: number
}

export const regionKey = (side: Side, district: string): string => `${side}:${district}`

/** The map region of a place (for the home and work markers). */
export function placeRegionKey(place: Place): string {
  return regionKey(place.side, place.district?.zh ?? UNKNOWN_DISTRICT)
}

/**
 * Regions from the pack's places (their schematic cells) and hospitals (their districts). A
 * hospital district with no place on the diagram becomes a region without cells, which the map
 * lists beside the drawing instead of inventing a position.
 */
export function mapRegions(
  places: readonly Place[],
  entries: readonly DirectoryEntry[],
): MapRegion[] {
  const regions = new Map<string, MapRegion>()
  const regionFor = (side: Side, district: string, name: Text | null) => {
    const key = regionKey(side, district)
    let r = regions.get(key)
    if (!r) {
      r = { key, side, district, name, cells: [], partnerHospitals: 0 }
      regions.set(key, r)
    }
    return r
  }
  for (const p of places) {
    const r = regionFor(p.side, p.district?.zh ?? UNKNOWN_DISTRICT, p.district)
    if (p.schematic) r.cells.push({ col: p.schematic.col, row: p.schematic.row, placeId: p.id })
  }
  for (const e of entries) {
    for (const d of e.districts) {
      const named = [e.hospital.district, ...e.hospital.campuses.map((c) => c.district)].find(
        (t) => t?.zh === d,
      )
      const r = regionFor(e.hospital.city, d, named ?? null)
      if (e.partnerships.length > 0) r.partnerHospitals++
    }
  }
  return [...regions.values()]
}

/**
 * The diagram's area of each region: every grid cell within `reach` cells of a place goes to the
 * region of the nearest place (ties to the region listed first). It turns scattered place cells
 * into district-like blobs; it is a drawing aid, labelled approximate, not geography.
 */
export function schematicAreas(
  regions: readonly MapRegion[],
  grid: { cols: number; rows: number } = { cols: 13, rows: 9 },
  reach = 1.5,
): Map<string, Array<{ col: number; row: number }>> {
  const areas = new Map<string, Array<{ col: number; row: number }>>(
    regions.map((r) => [r.key, []]),
  )
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      let best: string | null = null
      let bestDistance = reach
      for (const r of regions) {
        for (const c of r.cells) {
          const d = Math.hypot(c.col - col, c.row - row)
          if (d < bestDistance || (d === bestDistance && best === null)) {
            bestDistance = d
            best = r.key
          }
        }
      }
      if (best !== null) areas.get(best)?.push({ col, row })
    }
  }
  return areas
}
