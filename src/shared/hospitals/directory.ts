// The partner-hospital directory as data: each hospital with its partnerships, programmes,
// Shanghai partners, departments and the direct-settlement rules that name it; filters that
// combine; and counts for every filter option. Built once from the pack; pure, so it is tested
// without a browser.
import type { Hospital, MedicalRule, Partnership, Side, Text } from '../pack'
import type { SearchDoc } from '../search'

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
  /**
   * The districts it is in (Chinese names): the hospital's own and its campuses', so a hospital
   * with a campus in 松江区 is found there too; [UNKNOWN_DISTRICT] when no source gives one.
   */
  districts: string[]
  /** Partnerships naming this hospital as host or partner, earliest first (undated last). */
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

/**
 * A hospital's names in search order: the Chinese name, the aliases, the English name. A search
 * hit's nameIndex points into this list, so a screen highlighting a name must use it too.
 */
export function hospitalNames(h: Hospital): string[] {
  return [h.name.zh, ...h.aliases, h.name.en]
}

function addOption(list: Map<string, Text>, text: Text): void {
  if (!list.has(text.zh)) list.set(text.zh, text)
}

/** The earliest date a partnership's sources give ('yyyy', 'yyyy-MM' or full), or '~' (after any date). */
function earliest(p: Partnership): string {
  return p.since.map((s) => s.date).sort()[0] ?? '~'
}

// Dates compare by code unit ('~' after every digit); localeCompare would put '~' first.
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

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
    const partnerships = input.partnerships
      .filter((p) => p.hospitalId === hospital.id || p.partnerId === hospital.id)
      .sort(
        (a, b) =>
          byCode(earliest(a), earliest(b)) || collator.compare(a.programme.zh, b.programme.zh),
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
    const own = [hospital.district, ...hospital.campuses.map((c) => c.district)].filter(
      (d): d is Text => d !== null,
    )
    for (const d of own) addOption(districts[hospital.city], d)
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
      districts: own.length > 0 ? [...new Set(own.map((d) => d.zh))] : [UNKNOWN_DISTRICT],
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
      districts: {
        shanghai: toOptions(districts.shanghai).sort((a, b) => collator.compare(a.key, b.key)),
        jiaxing: toOptions(districts.jiaxing).sort((a, b) => collator.compare(a.key, b.key)),
      },
      programmes: toOptions(programmes),
      partners: sorted
        .filter((h) => partnerIds.has(h.id))
        .map((h) => ({ key: h.id, text: h.name })),
      departments: toOptions(departments),
    },
    searchDocs: entries.map(({ hospital: h }) => ({ id: h.id, names: hospitalNames(h) })),
  }
}

/** Whether an entry passes one filter (an unset filter passes everything). */
function passes(
  entry: DirectoryEntry,
  key: FilterKey,
  f: DirectoryFilters,
  favourites: ReadonlySet<string>,
): boolean {
  switch (key) {
    case 'city':
      return !f.city || entry.hospital.city === f.city
    case 'district':
      return !f.district || entry.districts.includes(f.district)
    case 'programme':
      return !f.programme || entry.programmes.includes(f.programme)
    case 'partner':
      return !f.partner || entry.partners.includes(f.partner)
    case 'settle':
      return !f.settle || entry.direct[f.settle].length > 0
    case 'dept':
      return !f.dept || entry.departments.includes(f.dept)
    case 'fav':
      return !f.fav || favourites.has(entry.hospital.id)
  }
}

/** Whether an entry passes every filter except `skip`. */
export function matchesFilters(
  entry: DirectoryEntry,
  filters: DirectoryFilters,
  favourites: ReadonlySet<string>,
  skip?: FilterKey,
): boolean {
  for (const key of FILTER_KEYS) {
    if (key !== skip && !passes(entry, key, filters, favourites)) return false
  }
  return true
}

/** For each filter, how many entries each of its values would leave (the other filters kept). */
export type FacetCounts = Record<FilterKey, Map<string, number>>

function bump(m: Map<string, number>, value: string): void {
  m.set(value, (m.get(value) ?? 0) + 1)
}

/** Counts the entry under each of its values for a filter ('1' for a favourite). */
function tally(
  m: Map<string, number>,
  entry: DirectoryEntry,
  key: FilterKey,
  favourites: ReadonlySet<string>,
): void {
  switch (key) {
    case 'city':
      return bump(m, entry.hospital.city)
    case 'district':
      for (const v of entry.districts) bump(m, v)
      return
    case 'programme':
      for (const v of entry.programmes) bump(m, v)
      return
    case 'partner':
      for (const v of entry.partners) bump(m, v)
      return
    case 'settle':
      for (const v of INSURED) if (entry.direct[v].length > 0) bump(m, v)
      return
    case 'dept':
      for (const v of entry.departments) bump(m, v)
      return
    case 'fav':
      if (favourites.has(entry.hospital.id)) bump(m, '1')
      return
  }
}

/**
 * Counts over `entries` (typically the current search's matches). A count is what the list
 * would show if that option were chosen; the key '' counts "any" for each filter. Runs on every
 * keystroke: an entry failing two filters counts nowhere, failing one counts only for that one.
 */
export function facetCounts(
  entries: readonly DirectoryEntry[],
  filters: DirectoryFilters,
  favourites: ReadonlySet<string>,
): FacetCounts {
  const counts = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, new Map<string, number>()]),
  ) as FacetCounts
  const any = FILTER_KEYS.map(() => 0)
  for (const entry of entries) {
    let failed = -1
    let failures = 0
    for (let k = 0; k < FILTER_KEYS.length && failures < 2; k++) {
      if (!passes(entry, FILTER_KEYS[k] as FilterKey, filters, favourites)) {
        failures++
        failed = k
      }
    }
    if (failures > 1) continue
    for (let k = 0; k < FILTER_KEYS.length; k++) {
      if (failures === 1 && k !== failed) continue
      const key = FILTER_KEYS[k] as FilterKey
      any[k] = (any[k] as number) + 1
      tally(counts[key], entry, key, favourites)
    }
  }
  FILTER_KEYS.forEach((key, k) => counts[key].set('', any[k] as number))
  return counts
}
