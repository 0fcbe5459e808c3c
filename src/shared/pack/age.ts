// How old a fact is, from the dates of its sources. The UI warns on facts older than two years
// ("may be out of date — verify") and on facts only undated pages give.
import { subYears } from 'date-fns'
import { parseDate, toDateString } from '../calendar/dates'
import type { Source } from './schema'

export const STALE_AFTER_YEARS = 2

export type Freshness = 'current' | 'old' | 'undated'

/** The first day a partial date can mean: '2017' → '2017-01-01', '2016-12' → '2016-12-01'. */
export function earliestDay(partial: string): string {
  if (partial.length === 4) return `${partial}-01-01`
  if (partial.length === 7) return `${partial}-01`
  return partial
}

/**
 * A dated source is 'old' when even the first day its date can mean is more than two years
 * before today (a year-only date therefore warns early rather than late). A page with no date
 * of its own ('retrieved') is 'undated': its age is unknown.
 */
export function sourceFreshness(
  source: Pick<Source, 'date' | 'dateKind'>,
  today: string,
): Freshness {
  if (source.dateKind === 'retrieved') return 'undated'
  const cutoff = toDateString(subYears(parseDate(today), STALE_AFTER_YEARS))
  return earliestDay(source.date) < cutoff ? 'old' : 'current'
}

/** A fact is current if any of its sources is; old if any dated source is old; else undated. */
export function factFreshness(
  sources: Pick<Source, 'date' | 'dateKind'>[],
  today: string,
): Freshness {
  const ages = sources.map((s) => sourceFreshness(s, today))
  if (ages.includes('current')) return 'current'
  if (ages.includes('old')) return 'old'
  return 'undated'
}
