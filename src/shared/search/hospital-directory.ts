// The partner-hospital directory as data: each hospital with its partnerships, programmes,
// Shanghai partners, departments and the direct-settlement rules that name it; filters that
// combine; and counts for every filter option. Built once from the pack; pure, so it is tested
// without a browser.
import type { Hospital, MedicalRule, Partnership, Place, Side, Text } from '../pack'
import type { SearchDoc } from './search-index'

/** Insured where: the two sides of the commute. */
export type Insured = Side
export const INSURED: readonly Insured[] = ['shanghai', 'jiaxing']

/** The district key of a hospital (or place) whose district no source gives. */
export const UNKNOWN_DISTRICT = 'unknown'

export interface DirectoryFilters {
  city?: Side
  /** A district as the pack writes it in Chinese (青浦区), or UNKNOWN_DISTRICT. */
  district?: string
  /** A programme as the pack writes it in Chinese (名医到嘉). */
  programme?: string
  /** A Shanghai hospital id: hospitals in a partnership with it (and itself). */
  partner?: string
  /** Direct settlement reported for patients insured on this side. */
  settle?: Insured
  /** A partnership department as the pack writes it in Chinese. */
  dept?: string
  /** Favourites only. */
  fav?: boolean
}

export type FilterKey = keyof DirectoryFilters
export const FILTER_KEYS: readonly FilterKey[] = [
  'city',
  'district',
  'programme',
  'partner',
  'settle',
  'dept',
  'fav',
]

export interface DirectoryEntry {
  hospital: Hospital
  /** hospital.district.zh, or UNKNOWN_DISTRICT. */
  district: string
  /** Partnerships naming this hospital as host or partner. */
  partnerships: Partnership[]
  /** Keys (Chinese text) of the programmes of those partnerships. */
  programmes: string[]
  /** Shanghai hospitals in a partnership with this one, and itself if it is one of them. */
  partners: string[]
  /**
   * Keys (Chinese text) of the departments listed by the partnerships this hospital hosts: the
   * host is where patients are seen.
   */
  departments: string[]
  /**
   * Rules that report direct settlement at this hospital for patients insured on each side
   * (effect 'direct', not a mere plan). Empty: the sources do not say, which is not "no".
   */
  direct: Record<Insured, MedicalRule[]>
}

export interface FilterOption {
  key: string
  text: Text
}

export interface Directory {
  /** Jiaxing hospitals first (the partner side), then Shanghai; by name in pinyin order. */
  entries: DirectoryEntry[]
  byId: Map<string, DirectoryEntry>
  options: {
    districts: Record<Side, FilterOption[]>
    programmes: FilterOption[]
    partners: FilterOption[]
    departments: FilterOption[]
  }
  /** One search document per entry, same order: name, aliases, English name. */
  searchDocs: SearchDoc[]
}

export interface DirectoryInput {
  hospitals: readonly Hospital[]
  partnerships: readonly Partnership[]
  medicalRules: readonly MedicalRule[]
}

function addOption(list: Map<string, Text>, text: Text): void {
  if (!list.has(text.zh)) list.set(text.zh, text)
}

const toOptions = (m: Map<string, Text>): FilterOption[] =>
  [...m].map(([key, text]) => ({ key, text }))

export function buildDirectory(input: DirectoryInput): Directory {
  const hospitalsById = new Map(input.hospitals.map((h) => [h.id, h]))
  const isShanghai = (id: string | null): id is string =>
    id !== null && hospitalsById.get(id)?.city === 'shanghai'
  const programmes = new Map<string, Text>()
  const departments = new Map<string, Text>()
  const partnerIds = new Set<string>()
  const districts: Record<Side, Map<string, Text>> = { shanghai: new Map(), jiaxing: new Map() }

  const collator = new Intl.Collator('zh-CN')
  const cityOrder: Record<Side, number> = { jiaxing: 0, shanghai: 1 }
  const sorted = [...input.hospitals].sort(
    (a, b) => cityOrder[a.city] - cityOrder[b.city] || collator.compare(a.name.zh, b.name.zh),
  )
  const entries = sorted.map((hospital): DirectoryEntry => {
    const partnerships = input.partnerships.filter(
      (p) => p.hospitalId === hospital.id || p.partnerId === hospital.id,
    )
    const partners = new Set<string>()
    for (const p of partnerships) {
      addOption(programmes, p.programme)
      if (p.hospitalId === hospital.id)
        for (const d of p.departments) addOption(departments, d.text)
      for (const id of [p.hospitalId, p.partnerId]) {
        if (isShanghai(id)) {
          partners.add(id)
          partnerIds.add(id)
        }
      }
    }
    if (hospital.district) addOption(districts[hospital.city], hospital.district)
    const directFor = (insured: Insured) =>
      input.medicalRules.filter(
        (r) =>
          r.effect === 'direct' &&
          r.status !== 'plan' &&
          r.hospitalIds.includes(hospital.id) &&
          (r.applies.insuredIn.length === 0 || r.applies.insuredIn.includes(insured)),
      )
    return {
      hospital,
      district: hospital.district?.zh ?? UNKNOWN_DISTRICT,
      partnerships,
      programmes: [...new Set(partnerships.map((p) => p.programme.zh))],
      partners: [...partners],
      departments: [
        ...new Set(
          partnerships
            .filter((p) => p.hospitalId === hospital.id)
            .flatMap((p) => p.departments.map((d) => d.text.zh)),
        ),
      ],
      direct: { shanghai: directFor('shanghai'), jiaxing: directFor('jiaxing') },
    }
  })

  return {
    entries,
    byId: new Map(entries.map((e) => [e.hospital.id, e])),
    options: {
      districts: { shanghai: toOptions(districts.shanghai), jiaxing: toOptions(districts.jiaxing) },
      programmes: toOptions(programmes),
      partners: sorted
        .filter((h) => partnerIds.has(h.id))
        .map((h) => ({ key: h.id, text: h.name })),
      departments: toOptions(departments),
    },
    searchDocs: entries.map(({ hospital: h }) => ({
      id: h.id,
      names: [h.name.zh, ...h.aliases, h.name.en],
    })),
  }
}

/** Whether an entry passes every filter except `skip` (used to count a filter's options). */
export function matchesFilters(
  entry: DirectoryEntry,
  filters: DirectoryFilters,
  favourites: ReadonlySet<string>,
  skip?: FilterKey,
): boolean {
  const f = filters
  if (skip !== 'city' && f.city && entry.hospital.city !== f.city) return false
  if (skip !== 'district' && f.district && entry.district !== f.district) return false
  if (skip !== 'programme' && f.programme && !entry.programmes.includes(f.programme)) return false
  if (skip !== 'partner' && f.partner && !entry.partners.includes(f.partner)) return false
  if (skip !== 'settle' && f.settle && entry.direct[f.settle].length === 0) return false
  if (skip !== 'dept' && f.dept && !entry.departments.includes(f.dept)) return false
  if (skip !== 'fav' && f.fav && !favourites.has(entry.hospital.id)) return false
  return true
}

/** For each filter, how many entries each of its values would leave (the other filters kept). */
export type FacetCounts = Record<FilterKey, Map<string, number>>

/** The value of an entry for a filter, as the keys FacetCounts uses ('1' for a favourite). */
function valuesOf(
  entry: DirectoryEntry,
  key: FilterKey,
  favourites: ReadonlySet<string>,
): string[] {
  switch (key) {
    case 'city':
      return [entry.hospital.city]
    case 'district':
      return [entry.district]
    case 'programme':
      return entry.programmes
    case 'partner':
      return entry.partners
    case 'settle':
      return INSURED.filter((i) => entry.direct[i].length > 0)
    case 'dept':
      return entry.departments
    case 'fav':
      return favourites.has(entry.hospital.id) ? ['1'] : []
  }
}

/**
 * Counts over `entries` (typically the current search's matches). A count is what the list
 * would show if that option were chosen; the key '' counts "any" for each filter.
 */
export function facetCounts(
  entries: readonly DirectoryEntry[],
  filters: DirectoryFilters,
  favourites: ReadonlySet<string>,
): FacetCounts {
  const counts = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, new Map<string, number>()]),
  ) as FacetCounts
  for (const entry of entries) {
    for (const key of FILTER_KEYS) {
      if (!matchesFilters(entry, filters, favourites, key)) continue
      const m = counts[key]
      m.set('', (m.get('') ?? 0) + 1)
      for (const v of valuesOf(entry, key, favourites)) m.set(v, (m.get(v) ?? 0) + 1)
    }
  }
  return counts
}

// ── the schematic map ──────────────────────────────────────────────────────────────────────

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
    const r = regionFor(e.hospital.city, e.district, e.hospital.district)
    if (e.partnerships.length > 0) r.partnerHospitals++
  }
  return [...regions.values()]
}
