// Search across the transit information: card types, bus lines, stations and planned lines. It
// runs on the shared name index (src/shared/search: hanzi, pinyin, initials, English), with each
// record's names, aliases and details (stops, endpoints, telecode) as its names.
import { buildSearchIndex, search, MATCH_TIERS, type MatchTier, type SearchIndex } from '../search'
import type { Text } from '../pack/schema'
import type { TransitData } from './types'

export const SEARCH_KINDS = ['cardType', 'busLine', 'station', 'plannedLine'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** What matched: the name, an alias (or former name, telecode) or a detail (stop, endpoint). */
export type SearchField = 'name' | 'alias' | 'detail'

export interface TransitHit {
  kind: SearchKind
  id: string
  name: Text
  field: SearchField
  /** The text that matched, as written in the pack, and the ranges to highlight in it. */
  matched: string
  ranges: Array<[number, number]>
  tier: MatchTier | null
}

interface Doc {
  kind: SearchKind
  id: string
  name: Text
  names: { text: string; field: SearchField }[]
}

/**
 * Two shared indexes: names and aliases, and details (stops, endpoints, issuer). They are kept
 * apart so that a loose match on a detail never hides a record's real name match.
 */
export interface TransitSearchIndex {
  docs: Doc[]
  names: SearchIndex
  details: SearchIndex
  /** Per doc, the positions of its names in each index. */
  nameSlots: Doc['names'][]
  detailSlots: Doc['names'][]
}

const both = (t: Text | null | undefined, field: SearchField) =>
  t
    ? [
        { text: t.zh, field },
        { text: t.en, field },
      ]
    : []
const each = (list: readonly string[], field: SearchField) => list.map((text) => ({ text, field }))

export function buildTransitSearchIndex(
  data: Pick<TransitData, 'cardTypes' | 'busLines' | 'stations' | 'plannedLines'>,
): TransitSearchIndex {
  const docs: Doc[] = [
    ...data.cardTypes.map((c) => ({
      kind: 'cardType' as const,
      id: c.id,
      name: c.name,
      names: [...both(c.name, 'name'), ...each(c.aliases, 'alias'), ...both(c.issuer, 'detail')],
    })),
    ...data.busLines.map((l) => ({
      kind: 'busLine' as const,
      id: l.id,
      name: l.name,
      names: [
        ...both(l.name, 'name'),
        ...each(l.aliases, 'alias'),
        ...both(l.from, 'detail'),
        ...both(l.to, 'detail'),
        ...(l.stops ?? []).flatMap((s) => both(s, 'detail')),
      ],
    })),
    ...data.stations.map((s) => ({
      kind: 'station' as const,
      id: s.id,
      name: s.name,
      names: [
        ...both(s.name, 'name'),
        ...s.formerNames.flatMap((f) => both(f.text, 'alias')),
        ...(s.telecode ? each([s.telecode.code], 'alias') : []),
        ...both(s.district, 'detail'),
      ],
    })),
    ...data.plannedLines.map((p) => ({
      kind: 'plannedLine' as const,
      id: p.id,
      name: p.name,
      names: [...both(p.name, 'name'), ...each(p.aliases, 'alias')],
    })),
  ]
  const nameSlots = docs.map((d) => d.names.filter((n) => n.field !== 'detail'))
  const detailSlots = docs.map((d) => d.names.filter((n) => n.field === 'detail'))
  const build = (slots: Doc['names'][]) =>
    buildSearchIndex(
      docs.map((d, i) => ({ id: `${d.kind}:${d.id}`, names: slots[i]!.map((n) => n.text) })),
    )
  return { docs, names: build(nameSlots), details: build(detailSlots), nameSlots, detailSlots }
}

const FIELD_RANK: Record<SearchField, number> = { name: 0, alias: 1, detail: 2 }
// A stop or endpoint matched loosely (initials, skipped characters) is noise, not a find.
const LOOSE: readonly (MatchTier | null)[] = ['initials', 'subsequence']

/** Hits for a query, best match first; a name before an alias before a detail at the same tier. */
export function searchTransit(idx: TransitSearchIndex, query: string, limit = 50): TransitHit[] {
  if (query.trim() === '') return []
  const hits: TransitHit[] = []
  const found = new Set<number>()
  const collect = (index: SearchIndex, slots: Doc['names'][], strictOnly: boolean) => {
    for (const hit of search(index, query)) {
      const doc = idx.docs[hit.docIndex]
      const name = slots[hit.docIndex]?.[hit.nameIndex]
      if (!doc || !name || found.has(hit.docIndex)) continue
      if (strictOnly && LOOSE.includes(hit.tier)) continue
      found.add(hit.docIndex)
      hits.push({
        kind: doc.kind,
        id: doc.id,
        name: doc.name,
        field: name.field,
        matched: name.text,
        ranges: hit.ranges,
        tier: hit.tier,
      })
    }
  }
  collect(idx.names, idx.nameSlots, false)
  collect(idx.details, idx.detailSlots, true)
  const tierRank = (t: MatchTier | null) => (t ? MATCH_TIERS.indexOf(t) : 0)
  // Array.prototype.sort is stable: the shared index's order stays within a tier and field.
  hits.sort(
    (a, b) => tierRank(a.tier) - tierRank(b.tier) || FIELD_RANK[a.field] - FIELD_RANK[b.field],
  )
  return hits.slice(0, limit)
}
