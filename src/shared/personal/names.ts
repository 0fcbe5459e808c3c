// Looking a typed name up among the pack's names and aliases: first as written (after folding
// case, width, spaces and punctuation), then both without a trailing generic word. For stops that
// second step is taken only when the typed name has the word (上海虹桥火车站 is 上海虹桥, but 虹桥
// is not 虹桥站); a bus line's number is its name either way (328 is 328路). A name that matches
// nothing, or matches two different records, gives nothing: a typed name is never guessed.
import { normalizeQuery } from '../search/normalize'

/** A typed name folded for comparison: no case, width, spaces or punctuation. */
export function foldName(text: string): string {
  return normalizeQuery(text).join('')
}

export interface NameIndex {
  suffix: RegExp
  /** Whether a typed name without the generic word may match a name with it. */
  symmetric: boolean
  exact: Map<string, Set<string>>
  bare: Map<string, Set<string>>
}

/** The folded name without its generic trailing word, or the name itself. */
function bare(folded: string, suffix: RegExp): string {
  const b = folded.replace(suffix, '')
  return b === '' ? folded : b
}

function add(map: Map<string, Set<string>>, name: string, key: string): void {
  if (name === '') return
  const set = map.get(name)
  if (set) set.add(key)
  else map.set(name, new Set([key]))
}

/** `suffix` must be anchored at the end ($): the generic word a name may carry or drop. */
export function buildNameIndex(
  records: Iterable<{ key: string; names: readonly string[] }>,
  suffix: RegExp,
  symmetric: boolean,
): NameIndex {
  const index: NameIndex = { suffix, symmetric, exact: new Map(), bare: new Map() }
  for (const { key, names } of records) {
    for (const name of names) {
      const folded = foldName(name)
      add(index.exact, folded, key)
      add(index.bare, bare(folded, suffix), key)
    }
  }
  return index
}

type Found = string | 'ambiguous' | 'none'

function one(keys: Set<string> | undefined, accept: (key: string) => boolean): Found {
  let found: string | null = null
  for (const k of keys ?? []) {
    if (!accept(k)) continue
    if (found !== null && found !== k) return 'ambiguous'
    found = k
  }
  return found ?? 'none'
}

/** The one record a typed name means, or null. `accept` narrows the records considered. */
export function lookupName(
  index: NameIndex,
  text: string,
  accept: (key: string) => boolean = () => true,
): string | null {
  const folded = foldName(text)
  if (folded === '') return null
  const first = one(index.exact.get(folded), accept)
  if (first !== 'none') return first === 'ambiguous' ? null : first
  const stripped = bare(folded, index.suffix)
  if (stripped === folded && !index.symmetric) return null
  const second = one(index.bare.get(stripped), accept)
  return second === 'none' || second === 'ambiguous' ? null : second
}
