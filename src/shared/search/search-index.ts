// A search index over records with several names (a hospital's name, aliases, English name).
// Built once: every name is cut into units with its pinyin readings up front and packed into
// typed arrays, so a keystroke only compares numbers. Typing forward narrows the previous result
// (a match of "changh" is also a match of "chang") instead of scanning everything again.
import {
  Matcher,
  MATCH_TIERS,
  NO_MATCH,
  prepareQuery,
  type MatchTier,
  type PreparedQuery,
} from './match'
import { normalizeQuery, withoutToneDigits } from './normalize'
import { packUnits, type UnitTable } from './table'
import { toUnits } from './units'

export interface SearchDoc {
  id: string
  /** The first name is the one shown; the rest are aliases and other languages. */
  names: readonly string[]
}

export interface SearchHit {
  readonly id: string
  /** Position of the record in the list the index was built from. */
  readonly docIndex: number
  /** Which of the record's names matched best. */
  readonly nameIndex: number
  /** How it matched; null for an empty query (everything, in the original order). */
  readonly tier: MatchTier | null
  /**
   * [start, end) UTF-16 ranges of the matched name to highlight. Worked out when first read
   * (only the rows on screen need them), so read the property: spreading a hit drops it.
   */
  readonly ranges: Array<[number, number]>
}

/** What a hit needs to work out its ranges later: shared by every hit of one search. */
interface HitContext {
  table: UnitTable
  docNames: Int32Array
  query: PreparedQuery
  matcher: Matcher
}

class Hit implements SearchHit {
  #context: HitContext
  #ranges: Array<[number, number]> | undefined
  constructor(
    readonly id: string,
    readonly docIndex: number,
    readonly nameIndex: number,
    readonly tier: MatchTier | null,
    context: HitContext,
  ) {
    this.#context = context
  }

  get ranges(): Array<[number, number]> {
    if (this.#ranges === undefined) {
      const { table, docNames, query, matcher } = this.#context
      const ni = (docNames[this.docIndex] as number) + this.nameIndex
      // The same name and query match the same way again: the ranges of the original match.
      this.#ranges = matcher.match(table, ni, query) === NO_MATCH ? [] : matcher.ranges()
    }
    return this.#ranges
  }
}

export interface SearchIndex {
  readonly ids: readonly string[]
  /** Record i owns names docNames[i] … docNames[i + 1] - 1 of the table. */
  readonly docNames: Int32Array
  readonly nameLength: Int32Array
  readonly table: UnitTable
  readonly matcher: Matcher
  /** The last query and the records it matched, to narrow the next, longer query. */
  last: { query: string; docs: Int32Array } | null
  /** The hits of an empty query, made once. */
  everything?: readonly SearchHit[]
}

const NO_RANGES: Array<[number, number]> = Object.freeze([]) as unknown as Array<[number, number]>

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const docNames = new Int32Array(docs.length + 1)
  const names: string[] = []
  docs.forEach((doc, i) => {
    docNames[i] = names.length
    names.push(...doc.names)
  })
  docNames[docs.length] = names.length
  return {
    ids: docs.map((d) => d.id),
    docNames,
    nameLength: Int32Array.from(names, (n) => n.length),
    table: packUnits(names.map(toUnits)),
    matcher: new Matcher(),
    last: null,
  }
}

// Sort key: tier, then a match from the first unit, then shorter names, then fewer skipped units.
function sortKey(tier: number, first: number, length: number, gaps: number): number {
  const head = tier * 2 + (first > 0 ? 1 : 0)
  return (head * 10_000 + Math.min(length, 9_999)) * 1_000 + Math.min(gaps, 999)
}

/**
 * Ranked matches of `query` (hanzi, pinyin, initials, or a mix), best first; ties keep the
 * order the records were given in. An empty query returns every record in that order.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const chars = normalizeQuery(query)
  if (chars.length === 0) {
    index.last = null
    // The same (frozen) hits every time: an emptied search box allocates one array, not thousands.
    index.everything ??= index.ids.map((id, i) =>
      Object.freeze({ id, docIndex: i, nameIndex: 0, tier: null, ranges: NO_RANGES }),
    )
    return index.everything.slice()
  }
  const hits = searchChars(index, chars)
  const toneless = hits.length === 0 ? withoutToneDigits(chars) : null
  return toneless && toneless.length > 0 ? searchChars(index, toneless) : hits
}

// `index.last` stays correct whichever reading ran: any match of a longer query is a match of
// its prefix, so the next query narrows from it when it extends it.
function searchChars(index: SearchIndex, chars: string[]): SearchHit[] {
  const joined = chars.join('')
  const prev = index.last
  const narrowing = prev !== null && joined.startsWith(prev.query)
  const total = narrowing ? prev.docs.length : index.ids.length
  const q = prepareQuery(chars)
  const { table, docNames, nameLength, matcher } = index
  const matched = new Int32Array(total)
  const keys: number[] = []
  const hits: SearchHit[] = []
  const context: HitContext = { table, docNames, query: q, matcher }
  for (let c = 0; c < total; c++) {
    const di = narrowing ? (prev.docs[c] as number) : c
    const nameEnd = docNames[di + 1] as number
    let bestKey = Infinity
    let best = -1
    let worstTier = MATCH_TIERS.length - 1
    for (let ni = docNames[di] as number; ni < nameEnd; ni++) {
      const tier = matcher.match(table, ni, q, worstTier)
      if (tier === NO_MATCH) continue
      const key = sortKey(tier, matcher.first(), nameLength[ni] as number, matcher.gaps())
      if (key >= bestKey) continue
      bestKey = key
      best = ni
      worstTier = tier
    }
    if (best < 0) continue
    matched[hits.length] = di
    keys.push(bestKey)
    hits.push(
      new Hit(
        index.ids[di] as string,
        di,
        best - (docNames[di] as number),
        MATCH_TIERS[worstTier] ?? null,
        context,
      ),
    )
  }
  index.last = { query: joined, docs: matched.slice(0, hits.length) }
  // One number per hit, key then position, sorted natively: far faster than a comparator.
  // Positions follow record order, so ties stay in record order.
  const n = hits.length
  const order = new Float64Array(n)
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) * n + i
  order.sort()
  return Array.from(order, (v) => hits[v % n] as SearchHit)
}

/**
 * Where `query` matches one particular name of a record (e.g. the name shown when the best match
 * was an alias), or null when it does not. For the few rows in view, not for ranking.
 */
export function rangesFor(
  index: SearchIndex,
  docIndex: number,
  nameIndex: number,
  query: string,
): Array<[number, number]> | null {
  const chars = normalizeQuery(query)
  const ni = (index.docNames[docIndex] ?? 0) + nameIndex
  if (chars.length === 0 || ni >= (index.docNames[docIndex + 1] ?? 0)) return null
  for (const c of [chars, withoutToneDigits(chars)]) {
    if (c && c.length > 0 && index.matcher.match(index.table, ni, prepareQuery(c)) !== NO_MATCH) {
      return index.matcher.ranges()
    }
  }
  return null
}
