// The honesty rules of the shipped data, beyond what the schema can check.
import { describe, expect, test } from 'vitest'
import { SYSTEMS, type Fact } from '@shared/pack'
import { placeEntries } from '@shared/transit/entries'
import { shippedPack } from './helpers'

const pack = shippedPack()

function allFacts(value: unknown, out: Fact[] = []): Fact[] {
  if (Array.isArray(value)) value.forEach((v) => allFacts(v, out))
  else if (value !== null && typeof value === 'object') {
    if ('text' in value && 'sourceIds' in value) out.push(value as Fact)
    Object.values(value).forEach((v) => allFacts(v, out))
  }
  return out
}

describe('disagreements keep both sides, each with its source', () => {
  test('the Jiaxing card in Shanghai: working since December 2016 (seed); 2016-10-28 is the issue date, a note', () => {
    const rule = pack.acceptance.find(
      (a) => a.cardTypeId === 'jx-citizen-card-cpu' && a.system === 'shMetro',
    )!
    expect(rule.since.map((s) => [s.date, s.sourceIds])).toEqual([['2016-12', ['seed-2017']]])
    expect(rule.since[0]!.quote).toContain('去年12月起')
    expect(rule.conditions[0]).toMatchObject({ sourceIds: ['zjol-2016-jx-card'] })
    expect(rule.conditions[0]!.text.en).toMatch(
      /^2016-10-28 is the day the new card began to be issued/,
    )
  })

  test('hospital grades that sources disagree on are both kept', () => {
    const levels = (id: string) =>
      pack.hospitals.find((h) => h.id === id)!.level.map((l) => [l.value, l.sourceIds])
    expect(levels('jx-first-hospital')).toEqual([
      ['三甲', ['docduoduo-jx-first']],
      ['三乙', ['wiki-jx-first']],
    ])
    expect(levels('jx-mch-hospital')).toEqual([
      ['三乙', ['lexin-jx-mch']],
      ['三甲', ['github-yikangbao-2018']],
    ])
  })

  test('the Shanghai card transfer window: 2 hours and 90 minutes, from different sources', () => {
    const rule = pack.acceptance.find(
      (a) => a.cardTypeId === 'sh-card-red' && a.system === 'shMetro',
    )!
    const twoHours = rule.conditions.find((c) => c.text.en.includes('within 2 hours'))
    const ninety = rule.conditions.find((c) => c.text.en.includes('within 90 minutes'))
    expect(twoHours?.sourceIds).toEqual(['waihui-sh-discount'])
    expect(ninety?.sourceIds).toEqual(['probsee-sh-card'])
  })
})

test('inference is labelled and traced to the fact sheet, never stated as fact', () => {
  const inferences = allFacts(pack).filter((f) => f.inference)
  expect(inferences.length).toBeGreaterThan(0)
  for (const f of inferences) {
    expect(f.sourceIds.some((id) => id === 'fact-sheet' || id === 'fact-sheet-2')).toBe(true)
    expect(f.text.en).toMatch(/^Inference \(unconfirmed\): /)
    expect(f.text.zh).toMatch(/^推断（未经证实）：/)
  }
})

test('no phone numbers anywhere in the text (12306 is the railway booking system, not a number to call)', () => {
  const text = JSON.stringify({
    ...pack,
    sha256: '',
    sources: pack.sources.map((s) => ({ ...s, url: null })),
  })
  const phones = /(?<![\d.])(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|(?!12306)123\d{2})(?![\d.])/g
  expect(text.match(phones) ?? []).toEqual([])
})

test('every card type has exactly one rule per system', () => {
  for (const card of pack.cardTypes) {
    const systems = pack.acceptance.filter((a) => a.cardTypeId === card.id).map((a) => a.system)
    expect(systems.sort()).toEqual([...SYSTEMS].sort())
  }
})

test('a "works" or "conditional" answer rests on more than the fact sheet', () => {
  for (const a of pack.acceptance.filter(
    (a) => a.status === 'works' || a.status === 'conditional',
  )) {
    expect(
      a.sourceIds.filter((id) => id !== 'fact-sheet'),
      a.id,
    ).not.toEqual([])
  }
})

test('the seed article is a source from July 2017', () => {
  expect(pack.sources.find((s) => s.id === 'seed-2017')).toMatchObject({ date: '2017-07' })
})

test('the 2017 hospital projects nobody confirmed are marked unconfirmed', () => {
  const status = (id: string) => pack.partnerships.find((p) => p.id === id)?.status
  expect(status('ps-shuguang-jiaxing-branch')).toBe('unconfirmed')
  expect(status('ps-tongji-maternity-project')).toBe('unconfirmed')
})

test('the three planned lines are there with dated milestones', () => {
  for (const id of ['plan-husujia', 'plan-jinshan-pinghu', 'plan-huzhahang']) {
    expect(pack.plannedLines.find((p) => p.id === id)?.milestones.length, id).toBeGreaterThan(0)
  }
})

describe('places', () => {
  test('are the 16 Shanghai districts and Jiaxing’s 7 units, with their official codes', () => {
    const codes = (side: string) =>
      pack.places.filter((p) => p.side === side && p.kind === 'district').map((p) => p.code)
    expect(codes('shanghai')).toEqual([
      '310101',
      '310104',
      '310105',
      '310106',
      '310107',
      '310109',
      '310110',
      '310112',
      '310113',
      '310114',
      '310115',
      '310116',
      '310117',
      '310118',
      '310120',
      '310151',
    ])
    expect(codes('jiaxing')).toEqual([
      '330402',
      '330411',
      '330421',
      '330424',
      '330481',
      '330482',
      '330483',
    ])
  })
  test('towns carry 9-digit codes under their district’s; the rest say why they have none', () => {
    for (const p of pack.places) {
      if (p.kind === 'town' || p.kind === 'subdistrict') {
        expect(p.code, p.id).toMatch(/^\d{9}$/)
        const parent = pack.places.find((q) => q.id === p.parentIds[0])!
        expect(p.code!.slice(0, 6), p.id).toBe(parent.code)
      } else if (p.code === null) {
        expect(p.codeNote, p.id).not.toBeNull()
      }
    }
    const zone = pack.places.find((p) => p.id === 'jx-jingkai')!
    expect(zone).toMatchObject({ kind: 'zone', code: null, parentIds: ['jx-nanhu', 'jx-xiuzhou'] })
    for (const id of ['jx-dingzha', 'sh-zhendian'])
      expect(pack.places.find((p) => p.id === id)!.codeNote!.text.zh).toContain('统计用区划代码')
  })
  test('each reaches the network, by its own records or by its side’s stations', () => {
    for (const p of pack.places)
      expect(placeEntries(pack, p, '2026-12-06').entries.length, p.id).toBeGreaterThan(0)
  })
  test('schematic cells are distinct', () => {
    const cells = pack.places
      .filter((p) => p.schematic)
      .map((p) => `${p.schematic!.col},${p.schematic!.row}`)
    expect(new Set(cells).size).toBe(cells.length)
  })
})

describe('transit systems and derived figures', () => {
  test('each rail link and bus line names the acceptance system that fits its kind', () => {
    const railFits = {
      hsr: ['nationalRail'],
      conventional: ['nationalRail'],
      suburban: ['jinshanRail'],
    }
    const busFits = {
      crossBorder: ['crossBus'],
      demoZone: ['crossBus'],
      cityBus: ['shBus', 'jxBus'],
    }
    for (const l of pack.railLinks) expect(railFits[l.kind], l.id).toContain(l.system)
    for (const b of pack.busLines) expect(busFits[b.kind], b.id).toContain(b.system)
  })

  test('km derived by subtraction equal the route-km table from Hongqiao, say so and cite it', () => {
    const fromHongqiao = new Map(
      pack.railLinks
        .filter((l) => l.fromStationId === 'sh-hongqiao')
        .map((l) => [l.toStationId, l.km.find((k) => k.sourceIds.includes('wikizero-huhang'))]),
    )
    const derived = pack.railLinks.flatMap((l) =>
      l.km.filter((k) => k.label?.zh.startsWith('由里程表相减得出')).map((k) => ({ l, k })),
    )
    expect(derived.length).toBeGreaterThan(0)
    for (const { l, k } of derived) {
      const a = fromHongqiao.get(l.fromStationId)?.value
      const b = fromHongqiao.get(l.toStationId)?.value
      expect(a, l.id).toBeDefined()
      expect(k.value, l.id).toBe(b! - a!)
      expect(k.label!.en, l.id).toMatch(/^Derived from the route-km table/)
      expect(k.inference, l.id).toBe(true)
      expect(k.sourceIds, l.id).toEqual(['wikizero-huhang'])
      // A derived distance never comes with a time or a fare nobody sourced.
      expect(l.minutes, l.id).toEqual([])
      expect(l.fares, l.id).toEqual([])
    }
  })
})

describe('records facts-2 (0f) found out of date are updated', () => {
  const station = (id: string) => pack.stations.find((s) => s.id === id)!
  const planned = (id: string) => pack.plannedLines.find((l) => l.id === id)!
  const notes = (facts: readonly Fact[]) => facts.map((f) => f.text.zh).join('\n')

  test('上海南 is a high-speed station from 2025-01-05', () => {
    const south = station('sh-south')
    expect(south.opened.map((d) => d.date)).toContain('2025-01-05')
    expect(south.lines.map((l) => l.zh)).toContain('高铁（2025年起）')
  })
  test('嘉兴站: its 2020–2021 closure, the non-HSR services and the tram to 嘉兴南', () => {
    const jiaxing = station('jx-jiaxing')
    expect(jiaxing.closures.map((c) => [c.from, c.to])).toEqual([['2020-05-06', '2021-06-25']])
    expect(notes(jiaxing.notes)).toMatch(/有轨电车.*嘉兴站.*嘉兴南站/)
  })
  test('嘉善站 is closed to passengers from 2024-12-10 to 2027-12-09', () => {
    expect(station('jx-jiashan').closures.map((c) => [c.from, c.to])).toEqual([
      ['2024-12-10', '2027-12-09'],
    ])
  })
  test('Line 17 runs to 西岑: the bus notes say so and 青浦区 reaches Hongqiao by it', () => {
    const bus = pack.busLines.find((l) => l.id === 'bus-7618')!
    expect(notes(bus.notes)).toContain('西岑')
    const qingpu = pack.places.find((p) => p.id === 'sh-qingpu')!
    expect(qingpu.access.map((a) => a.stationId)).toEqual(['sh-hongqiao'])
    expect(qingpu.access[0]!.text.zh).toContain('地铁17号线（西岑—虹桥火车站）')
  })
  test('沪苏嘉 opens "by June 2028" (2026), beside the older "2028" (2022), both planned', () => {
    const targets = planned('plan-husujia').milestones.filter((m) => m.planned)
    expect(targets.map((m) => m.date)).toEqual(expect.arrayContaining(['2028-06', '2028']))
  })
  test('the new 沪杭 high-speed works started 2025-09-29; "probably 沪乍杭" is an inference', () => {
    const line = planned('plan-new-huhang')
    expect(line.status).toBe('underConstruction')
    expect(line.milestones.map((m) => m.date)).toEqual(['2025-09-29'])
    expect(line.facts.filter((f) => f.text.zh.includes('沪乍杭')).every((f) => f.inference)).toBe(
      true,
    )
  })
})
