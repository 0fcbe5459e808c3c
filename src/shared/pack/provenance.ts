// What a section's sources add up to, for the one source line a section shows: how many sources,
// the span of their dates, how many are low-confidence, old or undated. And for each fact, the
// marks it needs in the list itself (low confidence, old, undated), so a reader sees which facts
// to doubt without a badge on every line.
import type { Confidence } from './vocabulary'
import type { Source } from './schema'
import { factFreshness, sourceFreshness, type Freshness } from './age'

export interface SourceSummary {
  sources: Source[]
  /** Earliest and latest dates of the dated sources (as written: yyyy, yyyy-MM or a day). */
  span: { from: string; to: string } | null
  byConfidence: Record<Confidence, number>
  old: number
  undated: number
}

/** The distinct sources of `ids` (unknown ids left out), newest first, and what they add up to. */
export function summarizeSources(
  ids: readonly string[],
  byId: ReadonlyMap<string, Source>,
  today: string,
): SourceSummary {
  const sources = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((s): s is Source => s !== undefined)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  const dated = sources.filter((s) => s.dateKind !== 'retrieved').map((s) => s.date)
  const ages = sources.map((s) => sourceFreshness(s, today))
  return {
    sources,
    span:
      dated.length === 0 ? null : { from: [...dated].sort()[0]!, to: [...dated].sort().at(-1)! },
    byConfidence: {
      high: sources.filter((s) => s.confidence === 'high').length,
      medium: sources.filter((s) => s.confidence === 'medium').length,
      low: sources.filter((s) => s.confidence === 'low').length,
    },
    old: ages.filter((a) => a === 'old').length,
    undated: ages.filter((a) => a === 'undated').length,
  }
}

export interface FactMarks {
  /** Every source of the fact is low-confidence. */
  low: boolean
  /** How old the fact is by its sources (current if any source is). */
  freshness: Freshness
}

/** The marks one fact needs in a list whose sources are shown once, below it. */
export function factMarks(
  sourceIds: readonly string[],
  byId: ReadonlyMap<string, Source>,
  today: string,
): FactMarks {
  const sources = sourceIds.map((id) => byId.get(id)).filter((s): s is Source => !!s)
  return {
    low: sources.length > 0 && sources.every((s) => s.confidence === 'low'),
    freshness: factFreshness(sources, today),
  }
}

/** What every source of `ids` has in common: all low-confidence, all old, all undated. A line
 * that says so once (a section's source line) spares the facts under it the same mark. */
export function sharedMarks(
  ids: readonly string[],
  byId: ReadonlyMap<string, Source>,
  today: string,
): { low: boolean; old: boolean; undated: boolean } {
  const s = summarizeSources(ids, byId, today)
  const n = s.sources.length
  return {
    low: n > 0 && s.byConfidence.low === n,
    old: n > 0 && s.old === n,
    undated: n > 0 && s.undated === n,
  }
}

/**
 * Every source id a record (or any part of one) cites, in the order met, each once: the
 * `sourceIds` of the record and of every nested fact, and the `…SourceIds` of a field such as
 * `statusSourceIds`. What a section's one source line lists.
 */
export function collectSourceIds(...values: unknown[]): string[] {
  const out = new Set<string>()
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk)
    if (v === null || typeof v !== 'object') return
    for (const [key, child] of Object.entries(v)) {
      if ((key === 'sourceIds' || key.endsWith('SourceIds')) && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') out.add(id)
      } else walk(child)
    }
  }
  values.forEach(walk)
  return [...out]
}
