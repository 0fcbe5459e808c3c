import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Hospital, MedicalRule, Partnership, Place, Text } from '../../../../src/shared/pack'
import {
  buildDirectory,
  facetCounts,
  mapRegions,
  matchesFilters,
  placeRegionKey,
  schematicAreas,
  UNKNOWN_DISTRICT,
  type DirectoryEntry,
} from '../../../../src/shared/hospitals'

const text = (zh: string, en = zh): Text => ({ zh, en })
const src = ['test-source']

function hospital(
  id: string,
  city: Hospital['city'],
  zh: string,
  district: string | null = null,
): Hospital {
  return {
    id,
    name: text(zh, id),
    aliases: [],
    city,
    district: district ? text(district) : null,
    level: [],
    campuses: [],
    settlement: [],
    facts: [],
    sourceIds: src,
  }
}

function partnership(
  id: string,
  hospitalId: string | null,
  partnerId: string | null,
  programme: string,
  departments: string[] = [],
): Partnership {
  return {
    id,
    hospitalId,
    partnerId,
    parties: text('双方'),
    programme: text(programme),
    status: 'reported',
    since: [],
    departments: departments.map((d) => ({ text: text(d), sourceIds: src })),
    settlement: [],
    facts: [],
    sourceIds: src,
  }
}

function directRule(
  id: string,
  hospitalIds: string[],
  insuredIn: MedicalRule['applies']['insuredIn'],
  patch: Partial<MedicalRule> = {},
): MedicalRule {
  return {
    id,
    topic: 'networkedHospital',
    title: text('结算'),
    statement: text('结算'),
    effect: 'direct',
    status: 'historical',
    applies: {
      insuredIn,
      scheme: [],
      careIn: [],
      careType: [],
      filed: [],
      crossProvinceOnly: true,
    },
    since: [],
    steps: [],
    details: [],
    hospitalIds,
    sourceIds: src,
    ...patch,
  }
}

const HOSPITALS = [
  hospital('jx-a', 'jiaxing', '嘉兴甲医院'),
  hospital('jx-b', 'jiaxing', '嘉兴乙医院', '嘉善县'),
  hospital('sh-x', 'shanghai', '上海X医院'),
  hospital('sh-y', 'shanghai', '上海Y医院', '青浦区'),
  hospital('sh-alone', 'shanghai', '上海独立医院'),
]
const PARTNERSHIPS = [
  partnership('p1', 'jx-a', 'sh-x', '名医到嘉', ['肿瘤科']),
  partnership('p2', 'jx-b', 'sh-x', '八大诊疗中心'),
  partnership('p3', null, 'sh-y', '八大诊疗中心'),
  partnership('p4', 'sh-y', null, '医保异地联网结算'),
]
const RULES = [
  directRule('r-jx', ['sh-x'], ['jiaxing']),
  directRule('r-plan', ['sh-y'], ['jiaxing'], { status: 'plan' }),
  directRule('r-info', ['sh-y'], ['jiaxing'], { effect: 'info' }),
]
const dir = buildDirectory({
  hospitals: HOSPITALS,
  partnerships: PARTNERSHIPS,
  medicalRules: RULES,
})
const entry = (id: string) => dir.byId.get(id) as DirectoryEntry
const none = new Set<string>()
const ids = (entries: readonly DirectoryEntry[]) => entries.map((e) => e.hospital.id)
const filtered = (f: Parameters<typeof matchesFilters>[1], favs: ReadonlySet<string> = none) =>
  ids(dir.entries.filter((e) => matchesFilters(e, f, favs)))

describe('buildDirectory', () => {
  test('collects each hospital’s partnerships, programmes, Shanghai partners and departments', () => {
    expect(entry('jx-a')).toMatchObject({
      districts: [UNKNOWN_DISTRICT],
      programmes: ['名医到嘉'],
      partners: ['sh-x'],
      departments: ['肿瘤科'],
    })
    expect(ids(dir.entries)).toEqual(['jx-a', 'jx-b', 'sh-alone', 'sh-x', 'sh-y'])
    expect(entry('sh-x').partners).toEqual(['sh-x'])
    expect(entry('sh-alone').partnerships).toEqual([])
    expect(dir.options.partners.map((o) => o.key)).toEqual(['sh-x', 'sh-y'])
    expect(dir.options.programmes.map((o) => o.key)).toEqual([
      '名医到嘉',
      '八大诊疗中心',
      '医保异地联网结算',
    ])
    expect(dir.options.districts.jiaxing.map((o) => o.key)).toEqual(['嘉善县'])
  })

  test('lists Jiaxing hospitals first, then Shanghai, each by name in pinyin order', () => {
    const shuffled = buildDirectory({
      hospitals: [
        hospital('sh-b', 'shanghai', '徐汇医院'),
        hospital('jx-z', 'jiaxing', '嘉兴中医院'),
        hospital('sh-a', 'shanghai', '东方医院'),
        hospital('jx-e', 'jiaxing', '嘉兴二院'),
      ],
      partnerships: [],
      medicalRules: [],
    })
    expect(ids(shuffled.entries)).toEqual(['jx-e', 'jx-z', 'sh-a', 'sh-b'])
    expect(shuffled.searchDocs.map((d) => d.id)).toEqual(['jx-e', 'jx-z', 'sh-a', 'sh-b'])
  })

  test('a hospital’s partnerships are listed earliest first, undated last', () => {
    const dated = (p: Partnership, ...dates: string[]): Partnership => ({
      ...p,
      since: dates.map((date) => ({ date, text: text('起'), sourceIds: src })),
    })
    const d = buildDirectory({
      hospitals: [hospital('jx-a', 'jiaxing', '嘉兴甲医院')],
      partnerships: [
        partnership('undated', 'jx-a', null, '甲'),
        dated(partnership('late', 'jx-a', null, '乙'), '2023-05'),
        dated(partnership('early', 'jx-a', null, '丙'), '2023-05-06', '2016'),
      ],
      medicalRules: [],
    })
    expect(d.byId.get('jx-a')?.partnerships.map((p) => p.id)).toEqual(['early', 'late', 'undated'])
  })

  test('direct settlement comes only from "direct" rules in force or reported, per insured side', () => {
    expect(entry('sh-x').direct.jiaxing.map((r) => r.id)).toEqual(['r-jx'])
    expect(entry('sh-x').direct.shanghai).toEqual([])
    // A plan or a mere mention is not a report of direct settlement.
    expect(entry('sh-y').direct.jiaxing).toEqual([])
  })

  test('search documents carry the name, aliases and English name', () => {
    expect(dir.searchDocs[0]).toEqual({ id: 'jx-a', names: ['嘉兴甲医院', 'jx-a'] })
  })
})

describe('filters', () => {
  test('each filter narrows, and filters combine', () => {
    expect(filtered({ city: 'jiaxing' })).toEqual(['jx-a', 'jx-b'])
    expect(filtered({ city: 'jiaxing', district: '嘉善县' })).toEqual(['jx-b'])
    expect(filtered({ district: UNKNOWN_DISTRICT })).toEqual(['jx-a', 'sh-alone', 'sh-x'])
    expect(filtered({ programme: '八大诊疗中心' })).toEqual(['jx-b', 'sh-x', 'sh-y'])
    expect(filtered({ programme: '八大诊疗中心', city: 'jiaxing' })).toEqual(['jx-b'])
    expect(filtered({ partner: 'sh-x' })).toEqual(['jx-a', 'jx-b', 'sh-x'])
    expect(filtered({ settle: 'jiaxing' })).toEqual(['sh-x'])
    expect(filtered({ settle: 'shanghai' })).toEqual([])
    expect(filtered({ dept: '肿瘤科' })).toEqual(['jx-a'])
    expect(filtered({ fav: true }, new Set(['sh-alone']))).toEqual(['sh-alone'])
    expect(filtered({})).toEqual(ids(dir.entries))
  })

  test('counts say what each option would leave, keeping the other filters', () => {
    const counts = facetCounts(dir.entries, { city: 'jiaxing' }, new Set(['jx-a']))
    // City ignores its own choice, so both cities are counted.
    expect(Object.fromEntries(counts.city)).toEqual({ '': 5, jiaxing: 2, shanghai: 3 })
    // Every other filter counts within Jiaxing.
    expect(Object.fromEntries(counts.programme)).toEqual({ '': 2, 名医到嘉: 1, 八大诊疗中心: 1 })
    expect(Object.fromEntries(counts.partner)).toEqual({ '': 2, 'sh-x': 2 })
    expect(Object.fromEntries(counts.district)).toEqual({ '': 2, [UNKNOWN_DISTRICT]: 1, 嘉善县: 1 })
    expect(Object.fromEntries(counts.fav)).toEqual({ '': 2, '1': 1 })
    expect(Object.fromEntries(counts.settle)).toEqual({ '': 2 })
  })
})

describe('districts from campuses', () => {
  test('a hospital is found in each district it has a campus in, counted once per district', () => {
    const withCampuses = {
      ...hospital('sh-z', 'shanghai', '上海甲医院', '虹口区'),
      campuses: [
        { name: text('北部'), address: '海宁路100号', district: text('虹口区'), sourceIds: src },
        { name: text('南部'), address: null, district: text('松江区'), sourceIds: src },
      ],
    }
    const d = buildDirectory({ hospitals: [withCampuses], partnerships: [], medicalRules: [] })
    expect(d.entries[0]!.districts).toEqual(['虹口区', '松江区'])
    expect(d.options.districts.shanghai.map((o) => o.key)).toEqual(['虹口区', '松江区'])
    const pass = (district: string) => matchesFilters(d.entries[0]!, { district }, none)
    expect([pass('松江区'), pass('虹口区'), pass('徐汇区')]).toEqual([true, true, false])
    expect(Object.fromEntries(facetCounts(d.entries, {}, none).district)).toEqual({
      '': 1,
      虹口区: 1,
      松江区: 1,
    })
  })

  test('over the shipped pack: every hospital has a district filter value; 松江区 finds the two with a campus there', () => {
    const pack = JSON.parse(
      readFileSync(new URL('../../../../resources/data/pack.json', import.meta.url), 'utf8'),
    ) as { hospitals: Hospital[]; partnerships: Partnership[]; medicalRules: MedicalRule[] }
    const d = buildDirectory(pack)
    for (const e of d.entries) expect(e.districts.length, e.hospital.id).toBeGreaterThan(0)
    const inSongjiang = d.entries.filter((e) => matchesFilters(e, { district: '松江区' }, none))
    expect(inSongjiang.map((e) => e.hospital.id).sort()).toEqual([
      'sh-first-people',
      'sh-zhongshan',
    ])
    const inJiashan = d.entries.filter((e) => matchesFilters(e, { district: '嘉善县' }, none))
    expect(inJiashan.map((e) => e.hospital.id).sort()).toEqual([
      'jx-jiashan-first',
      'jx-jiashan-north',
    ])
  })
})

describe('the schematic map', () => {
  const place = (
    id: string,
    side: Place['side'],
    district: string | null,
    col: number,
    row: number,
  ): Place => ({
    id,
    name: text(id),
    aliases: [],
    side,
    kind: 'town',
    code: null,
    codeNote: null,
    parentIds: [],
    district: district ? text(district) : null,
    stationIds: [],
    busLineIds: [],
    access: [],
    replaces: [],
    schematic: { col, row },
    notes: [],
    sourceIds: src,
  })
  const PLACES = [
    place('qp-1', 'shanghai', '青浦区', 5, 1),
    place('qp-2', 'shanghai', '青浦区', 6, 0),
    place('hub', 'shanghai', null, 10, 1),
    place('js', 'jiaxing', '嘉善县', 4, 3),
  ]

  test('places give districts their cells; partner hospitals are counted per district', () => {
    const regions = mapRegions(PLACES, dir.entries)
    const byKey = Object.fromEntries(regions.map((r) => [r.key, r]))
    expect(byKey['shanghai:青浦区']?.cells.map((c) => c.placeId)).toEqual(['qp-1', 'qp-2'])
    expect(byKey['shanghai:青浦区']?.partnerHospitals).toBe(1)
    // sh-x has partners, sh-alone has none: only partner hospitals count.
    expect(byKey[`shanghai:${UNKNOWN_DISTRICT}`]?.partnerHospitals).toBe(1)
    expect(byKey['jiaxing:嘉善县']?.partnerHospitals).toBe(1)
  })

  test('a hospital district with no place on the diagram gets a region without cells', () => {
    const regions = mapRegions([], dir.entries)
    const jiashan = regions.find((r) => r.key === 'jiaxing:嘉善县')
    expect(jiashan).toMatchObject({ cells: [], partnerHospitals: 1, name: text('嘉善县') })
  })

  test('each district’s area is the grid cells nearest its places, within reach', () => {
    const areas = schematicAreas(mapRegions(PLACES, dir.entries), { cols: 13, rows: 9 }, 1)
    const cells = (key: string) =>
      areas
        .get(key)
        ?.map((c) => `${c.col},${c.row}`)
        .sort()
    // 青浦 has places at 5,1 and 6,0: their cells and the cells one step away.
    expect(cells('shanghai:青浦区')).toEqual(
      ['4,1', '5,0', '5,1', '5,2', '6,0', '6,1', '7,0'].sort(),
    )
    // Far from every place: nobody's.
    const all = [...areas.values()].flat().map((c) => `${c.col},${c.row}`)
    expect(all).not.toContain('0,8')
    // No cell is drawn twice.
    expect(new Set(all).size).toBe(all.length)
  })

  test('a place’s region key places home and work markers', () => {
    expect(placeRegionKey(PLACES[0] as Place)).toBe('shanghai:青浦区')
    expect(placeRegionKey(PLACES[2] as Place)).toBe(`shanghai:${UNKNOWN_DISTRICT}`)
  })
})
