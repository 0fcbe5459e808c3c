// Matching one normalised query against one name's units. A query is consumed left to right;
// each unit takes its hanzi, or a non-empty prefix of one of its readings. How the units were
// taken decides the tier, best first:
//   exact       every unit, each in full ("changhai", "长海")
//   prefix      from the first unit, in full except the last ("changh", "ch", "长海医")
//   wordStart   the same from a later unit ("yiyuan", "医院", "hospital")
//   initials    consecutive units, any prefix of each ("jxsdyyy", "chyy", "嘉兴sdyy")
//   subsequence from the first unit, later units may be skipped: how people shorten names
//               ("嘉兴一院" for 嘉兴市第一医院, "jxyy")
import { charBit, hanBit } from './normalize'
import type { UnitTable } from './table'

export const MATCH_TIERS = ['exact', 'prefix', 'wordStart', 'initials', 'subsequence'] as const
export type MatchTier = (typeof MATCH_TIERS)[number]
export const NO_MATCH = -1
const WORST_TIER = MATCH_TIERS.length - 1

/** A query ready for matching: code points, and the bits a name must have to match. */
export interface PreparedQuery {
  codes: Int32Array
  letters: number
  han: number
  /** charBit of the first character (0 when it is a hanzi). */
  firstBit: number
}

export function prepareQuery(chars: readonly string[]): PreparedQuery {
  const codes = Int32Array.from(chars, (ch) => ch.codePointAt(0) ?? 0)
  let letters = 0
  let han = 0
  for (const code of codes) {
    const bit = charBit(code)
    if (bit) letters |= bit
    else han |= hanBit(code)
  }
  return { codes, letters, han, firstBit: charBit(codes[0] ?? 0) }
}

const FULL_EXCEPT_LAST = 0
const ANY_PREFIX = 1
const WITH_SKIPS = 2
/** The best tier each mode can give. */
const MODE_BEST_TIER = [0, 3, 4]

/**
 * Matches queries against names of a unit table, one name at a time. It keeps the path of its
 * last success, read back by first(), gaps() and ranges(), and reuses its buffers from one name to
 * the next: make one per index (each search runs to the end before the next starts).
 */
export class Matcher {
  private table!: UnitTable
  private query: Int32Array = new Int32Array(0)
  private queryLength = 0
  private unitBase = 0
  private unitEnd = 0
  private mode = 0
  private depth = 0
  private pathUnit = new Int32Array(64)
  private pathLen = new Int32Array(64)
  // failed[qi * (units + 1) + (ui - unitBase)] === stamp: extend(qi, ui) already failed in this mode.
  private failed = new Uint32Array(4096)
  private stamp = 0

  /**
   * The best tier (index into MATCH_TIERS) at which the query matches name `ni` of the table, or
   * NO_MATCH. Tiers worse than `worstTier` are not tried (the caller has one as good already).
   */
  match(table: UnitTable, ni: number, query: PreparedQuery, worstTier = WORST_TIER): number {
    const letters = query.letters
    const han = query.han
    if (((table.nameLetters[ni] as number) & letters) !== letters) return NO_MATCH
    if (((table.nameHan[ni] as number) & han) !== han) return NO_MATCH
    const firstBit = query.firstBit
    if (firstBit !== 0 && ((table.nameFirst[ni] as number) & firstBit) === 0) return NO_MATCH
    const base = table.nameUnits[ni] as number
    const end = table.nameUnits[ni + 1] as number
    const qLen = query.codes.length
    if (end === base || qLen === 0) return NO_MATCH
    this.queryLength = qLen
    this.table = table
    this.query = query.codes
    this.unitBase = base
    this.unitEnd = end
    if (this.pathUnit.length < qLen) {
      this.pathUnit = new Int32Array(qLen * 2)
      this.pathLen = new Int32Array(qLen * 2)
    }
    const size = (qLen + 1) * (end - base + 1)
    if (this.failed.length < size) this.failed = new Uint32Array(size * 2)
    const q0 = query.codes[0] as number
    for (let mode = FULL_EXCEPT_LAST; mode <= WITH_SKIPS; mode++) {
      if ((MODE_BEST_TIER[mode] as number) > worstTier) break
      this.mode = mode
      // One failure memo per mode, shared by every start: extend(qi, ui) does not depend on it.
      this.nextStamp()
      // Shortened names keep their head (嘉兴一院, 浙大一院): skips only in a match from the start.
      const lastStart = mode === WITH_SKIPS ? base + 1 : end
      for (let s = base; s < lastStart; s++) {
        if (table.unitLit[s] !== q0 && ((table.unitFirst[s] as number) & firstBit) === 0) continue
        this.depth = 0
        if (!this.extend(0, s)) continue
        if (mode === FULL_EXCEPT_LAST) {
          if (s > base) return 2
          return this.pathUnit[this.depth - 1] === end - 1 && this.lastTakenInFull() ? 0 : 1
        }
        return mode === ANY_PREFIX ? 3 : 4
      }
    }
    return NO_MATCH
  }

  /** The first unit taken by the last match, counted within its name. */
  first(): number {
    return (this.pathUnit[0] as number) - this.unitBase
  }

  /** Units skipped between the first and the last unit taken by the last match. */
  gaps(): number {
    const path = this.pathUnit
    return (path[this.depth - 1] as number) - (path[0] as number) + 1 - this.depth
  }

  /** [start, end) UTF-16 ranges of the last match in its name, merged where they touch. */
  ranges(): Array<[number, number]> {
    const T = this.table
    const ranges: Array<[number, number]> = []
    for (let i = 0; i < this.depth; i++) {
      const ui = this.pathUnit[i] as number
      const from = T.unitFrom[ui] as number
      // A hanzi lights up whole; a word lights up as far as it was typed.
      const to = T.unitLit[ui] !== 0 ? (T.unitTo[ui] as number) : from + (this.pathLen[i] as number)
      const last = ranges[ranges.length - 1]
      if (last && last[1] === from) last[1] = to
      else ranges.push([from, to])
    }
    return ranges
  }

  private take(ui: number, len: number): void {
    this.pathUnit[this.depth] = ui
    this.pathLen[this.depth++] = len
  }

  /** Whether query characters qi… can be taken from unit ui on, in the current mode. */
  private extend(qi: number, ui: number): boolean {
    const qLen = this.queryLength
    if (qi === qLen) return true
    if (ui >= this.unitEnd) return false
    const mode = this.mode
    const key = qi * (this.unitEnd - this.unitBase + 1) + (ui - this.unitBase)
    if (mode !== FULL_EXCEPT_LAST && this.failed[key] === this.stamp) return false
    const T = this.table
    const Q = this.query
    const code = Q[qi] as number
    if (T.unitLit[ui] === code) {
      this.take(ui, 1)
      if (this.extend(qi + 1, ui + 1)) return true
      this.depth--
    } else if (((T.unitFirst[ui] as number) & charBit(code)) !== 0) {
      const chars = T.chars
      const rEnd = T.unitReadings[ui + 1] as number
      for (let ri = T.unitReadings[ui] as number; ri < rEnd; ri++) {
        const from = T.readingChars[ri] as number
        const rLen = (T.readingChars[ri + 1] as number) - from
        let k = 0
        while (k < rLen && qi + k < qLen && chars[from + k] === Q[qi + k]) k++
        if (k === 0) continue
        if (mode === FULL_EXCEPT_LAST) {
          // A unit is taken in full, except that the query may end inside the last one.
          if (k < rLen && qi + k < qLen) continue
          this.take(ui, k)
          if (k < rLen || this.extend(qi + k, ui + 1)) return true
          this.depth--
          continue
        }
        for (let len = k; len >= 1; len--) {
          this.take(ui, len)
          if (this.extend(qi + len, ui + 1)) return true
          this.depth--
        }
      }
    }
    if (mode === WITH_SKIPS && this.depth > 0 && this.extend(qi, ui + 1)) return true
    if (mode !== FULL_EXCEPT_LAST) this.failed[key] = this.stamp
    return false
  }

  private nextStamp(): void {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1
    if (this.stamp === 1) this.failed.fill(0)
  }

  /** Whether the last unit taken was taken in full (its hanzi, or a whole reading). */
  private lastTakenInFull(): boolean {
    const T = this.table
    const ui = this.pathUnit[this.depth - 1] as number
    const len = this.pathLen[this.depth - 1] as number
    if (T.unitLit[ui] !== 0 && T.unitLit[ui] === this.query[this.queryLength - 1]) return true
    const rEnd = T.unitReadings[ui + 1] as number
    for (let ri = T.unitReadings[ui] as number; ri < rEnd; ri++) {
      if ((T.readingChars[ri + 1] as number) - (T.readingChars[ri] as number) === len) return true
    }
    return false
  }
}
