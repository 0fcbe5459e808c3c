// A name cut into the units a user types: one per hanzi (matched by the character itself or by a
// prefix of its pinyin) and one per run of Latin letters or digits (an English word, "K319").
// Everything here is computed once, when the index is built; a keystroke never converts pinyin.
// Readings are looked up per character (cached), not per name in context: every reading of a
// polyphone is kept anyway, and it keeps building thousands of names fast.
import { pinyin } from 'pinyin-pro'
import { foldLatin, isHan } from './normalize'

export interface Unit {
  /** The hanzi's code point, or 0 for a Latin/digit word. */
  lit: number
  /**
   * Folded spellings: every reading of the hanzi (长 → chang, zhang), so a polyphone is found
   * however the user reads it; the word itself for a Latin/digit word.
   */
  readings: string[]
  /** UTF-16 offsets [start, end) in the name. */
  start: number
  end: number
}

const ALNUM_RE = /^[a-z0-9]$/
const readingCache = new Map<string, string[]>()

/** Every reading of one hanzi, folded (ü as v, plus a u spelling for v). */
function allReadings(ch: string): string[] {
  let cached = readingCache.get(ch)
  if (!cached) {
    const raw = pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: true })
    cached = []
    for (const r of raw) addReading(cached, foldLatin(r))
    readingCache.set(ch, cached)
  }
  return cached
}

function addReading(list: string[], r: string): void {
  if (!/^[a-z]+$/.test(r)) return
  if (!list.includes(r)) list.push(r)
  if (r.includes('v')) {
    const u = r.replace(/v/g, 'u')
    if (!list.includes(u)) list.push(u)
  }
}

export function toUnits(text: string): Unit[] {
  const units: Unit[] = []
  let word = ''
  let wordStart = 0
  let wordEnd = 0
  const endWord = () => {
    if (word) units.push({ lit: 0, readings: [word], start: wordStart, end: wordEnd })
    word = ''
  }
  let offset = 0
  for (const ch of text) {
    const start = offset
    offset += ch.length
    if (isHan(ch)) {
      endWord()
      units.push({ lit: ch.codePointAt(0) ?? 0, readings: allReadings(ch), start, end: offset })
      continue
    }
    const folded = foldLatin(ch)
    if (folded.length > 0 && Array.from(folded).every((c) => ALNUM_RE.test(c))) {
      if (!word) wordStart = start
      word += folded
      wordEnd = offset
    } else {
      endWord()
    }
  }
  endWord()
  return units
}
