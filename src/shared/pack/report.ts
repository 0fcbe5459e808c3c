// What a maintainer needs to know about a pack: how big each section is, how sure and how old its
// facts are, what is only inference, how well it connects every Shanghai district with every
// Jiaxing unit, and which facts to re-check first. `npm run pack:report` prints it.
//
// A "fact" here is every cited item: any object in a record (the record itself included) that
// carries `sourceIds`. Like the fact sheets, a fact counts at its best source's confidence, and
// it is as old as its newest dated source; ages are measured from the pack's `asOf`.
import { differenceInCalendarDays } from 'date-fns'
import { parseDate } from '../calendar/dates'
import { divisionCoverage, type MissingLink } from '../transit/coverage'
import { earliestDay } from './age'
import type { Confidence } from './vocabulary'
import { CONFIDENCES, PACK_SECTIONS } from './vocabulary'
import type { Pack, PackSection, Source, Text } from './schema'

export interface CitedItem {
  section: Exclude<PackSection, 'sources'>
  recordId: string
  /** Where in the record, e.g. `notes[2]`; '' for the record itself. */
  path: string
  text: Text | null
  sourceIds: string[]
  inference: boolean
}

export type AgeBand = 'within2' | 'over2' | 'over5' | 'undated'

export interface PackReport {
  version: number
  asOf: string
  records: Record<PackSection, number>
  facts: {
    total: number
    byConfidence: Record<Confidence, number>
    byAge: Record<AgeBand, number>
  }
  inference: { total: number; byKind: Record<string, number> }
  coverage: {
    pairs: number
    withRoute: number
    timed: number
    complete: number
    onFallback: number
    missing: MissingLink[]
    noRoute: string[]
  }
  oldest: { date: string; item: CitedItem; sources: Source[] }[]
}

const CONF_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 }

/** A cited item in words: its text, or the figure or code it states. */
function describe(o: Record<string, unknown>): Text | null {
  const text = o['text'] ?? o['name'] ?? o['title'] ?? null
  if (text && typeof text === 'object' && 'zh' in text) return text as Text
  const label = (o['label'] as Text | null | undefined) ?? null
  const figure =
    typeof o['fen'] === 'number'
      ? `¥${(o['fen'] / 100).toFixed(2)}`
      : typeof o['value'] === 'number' || typeof o['value'] === 'string'
        ? String(o['value'])
        : typeof o['code'] === 'string'
          ? o['code']
          : null
  if (figure === null) return label
  return {
    zh: `${figure}${label ? `（${label.zh}）` : ''}`,
    en: `${figure}${label ? ` (${label.en})` : ''}`,
  }
}

/** Every cited item of a record, depth first. */
function citedItems(section: CitedItem['section'], record: { id: string }): CitedItem[] {
  const out: CitedItem[] = []
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`))
    if (value === null || typeof value !== 'object') return
    const o = value as Record<string, unknown>
    if (Array.isArray(o['sourceIds'])) {
      out.push({
        section,
        recordId: record.id,
        path,
        text: describe(o),
        sourceIds: o['sourceIds'] as string[],
        inference: o['inference'] === true,
      })
    }
    for (const [k, v] of Object.entries(o))
      if (k !== 'sourceIds') walk(v, path ? `${path}.${k}` : k)
  }
  walk(record, '')
  return out
}

/** The newest date a fact's dated sources give (as the first day it can mean), or null. */
function newestDate(sources: readonly Source[]): string | null {
  const dated = sources.filter((s) => s.dateKind !== 'retrieved').map((s) => earliestDay(s.date))
  return dated.length === 0 ? null : dated.sort().at(-1)!
}

function ageBand(date: string | null, asOf: string): AgeBand {
  if (date === null) return 'undated'
  const years = differenceInCalendarDays(parseDate(asOf), parseDate(date)) / 365.25
  return years > 5 ? 'over5' : years > 2 ? 'over2' : 'within2'
}

export function packReport(pack: Pack, oldestCount = 20): PackReport {
  const sources = new Map(pack.sources.map((s) => [s.id, s]))
  const items = PACK_SECTIONS.filter((s) => s !== 'sources').flatMap((section) =>
    (pack[section] as { id: string }[]).flatMap((r) => citedItems(section, r)),
  )
  const byConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<
    Confidence,
    number
  >
  const byAge: Record<AgeBand, number> = { within2: 0, over2: 0, over5: 0, undated: 0 }
  const dated: PackReport['oldest'] = []
  const inferenceKinds: Record<string, number> = {}
  for (const item of items) {
    const srcs = item.sourceIds.map((id) => sources.get(id)).filter((s): s is Source => !!s)
    const best = srcs.map((s) => s.confidence).sort((a, b) => CONF_RANK[a] - CONF_RANK[b])[0]
    if (best) byConfidence[best]++
    const date = newestDate(srcs)
    byAge[ageBand(date, pack.asOf)]++
    // The list to re-check names statements, not whole records, each text once.
    if (date !== null && item.path !== '') dated.push({ date, item, sources: srcs })
    if (item.inference) {
      const kind = `${item.section}.${item.path.replace(/\[\d+\]/g, '[]') || '(record)'}`
      inferenceKinds[kind] = (inferenceKinds[kind] ?? 0) + 1
    }
  }
  // An older "over 5" is also "over 2": the bands count each fact once, in its oldest band.
  // A pack holds every table the route builder reads.
  const coverage = divisionCoverage(pack, pack.asOf)
  const missing = new Map<string, MissingLink>()
  for (const c of coverage) for (const m of c.missing) missing.set(m.text.en, m)

  return {
    version: pack.version,
    asOf: pack.asOf,
    records: Object.fromEntries(PACK_SECTIONS.map((s) => [s, pack[s].length])) as Record<
      PackSection,
      number
    >,
    facts: { total: items.length, byConfidence, byAge },
    inference: {
      total: Object.values(inferenceKinds).reduce((a, b) => a + b, 0),
      byKind: inferenceKinds,
    },
    coverage: {
      pairs: coverage.length,
      withRoute: coverage.filter((c) => c.routes > 0).length,
      timed: coverage.filter((c) => c.timed).length,
      complete: coverage.filter((c) => c.complete).length,
      onFallback: coverage.filter((c) => c.missing.some((m) => m.kind === 'firstMile')).length,
      missing: [...missing.values()].filter((m) => m.kind === 'firstMile'),
      noRoute: coverage
        .filter((c) => c.routes === 0)
        .map((c) => `${c.home.name.zh} → ${c.work.name.zh}`),
    },
    oldest: dated
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .filter((o, i, all) => {
        const key = o.item.text?.zh ?? `${o.item.recordId} ${o.item.path}`
        return (
          all.findIndex((x) => (x.item.text?.zh ?? `${x.item.recordId} ${x.item.path}`) === key) ===
          i
        )
      })
      .slice(0, oldestCount),
  }
}

const pad = (s: string | number, n: number) => String(s).padStart(n)

/** The report as plain text (English, with the pack's Chinese names). */
export function formatPackReport(r: PackReport): string {
  const lines: string[] = []
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(0)}%`
  lines.push(`Service pack version ${r.version}, as of ${r.asOf}`, '')
  lines.push('Records per section')
  for (const [s, n] of Object.entries(r.records)) lines.push(`  ${s.padEnd(14)} ${pad(n, 5)}`)
  const f = r.facts
  lines.push('', `Facts (cited items): ${f.total}`)
  lines.push('  by confidence (best source):')
  for (const c of CONFIDENCES)
    lines.push(
      `    ${c.padEnd(8)} ${pad(f.byConfidence[c], 5)}  ${pct(f.byConfidence[c], f.total)}`,
    )
  lines.push(`  by age at ${r.asOf} (newest dated source):`)
  const ages: [AgeBand, string][] = [
    ['within2', '2 years or less'],
    ['over2', 'older than 2 years (2–5)'],
    ['over5', 'older than 5 years'],
    ['undated', 'undated sources only'],
  ]
  for (const [band, label] of ages)
    lines.push(`    ${label.padEnd(26)} ${pad(f.byAge[band], 5)}  ${pct(f.byAge[band], f.total)}`)
  lines.push(
    `    older than 2 years in all: ${f.byAge.over2 + f.byAge.over5} (${pct(f.byAge.over2 + f.byAge.over5, f.total)})`,
  )
  lines.push('', `Inference-flagged values: ${r.inference.total}`)
  for (const [kind, n] of Object.entries(r.inference.byKind).sort((a, b) => b[1] - a[1]))
    lines.push(`  ${pad(n, 3)}  ${kind}`)
  const c = r.coverage
  lines.push(
    '',
    `Division pairs (16 Shanghai districts × 7 Jiaxing units, home in Shanghai): ${c.pairs}`,
  )
  const row = (label: string, n: number) =>
    lines.push(`  ${label.padEnd(56)} ${pad(n, 4)} of ${c.pairs}`)
  row('with at least one route:', c.withRoute)
  row('with a sourced time on every leg of one route:', c.timed)
  row('with a sourced time and current fare on every leg of one:', c.complete)
  row('resting on a fallback (a first or last mile missing):', c.onFallback)
  if (c.noRoute.length > 0) lines.push(`  no route: ${c.noRoute.join('; ')}`)
  lines.push('  missing links:')
  for (const m of c.missing) lines.push(`    - ${m.text.zh}`)
  lines.push('', `The ${r.oldest.length} oldest facts to re-check first`)
  for (const o of r.oldest) {
    const where = `${o.item.section}/${o.item.recordId}${o.item.path ? ` ${o.item.path}` : ''}`
    const text = o.item.text ? ` — ${o.item.text.zh}` : ''
    lines.push(`  ${o.date}  ${where}${text}`.slice(0, 160))
    lines.push(
      `              ${o.sources.map((s) => `${s.id} (${s.date}, ${s.confidence})`).join('; ')}`,
    )
  }
  return lines.join('\n')
}
