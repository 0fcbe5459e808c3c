// Query and text normalisation shared by the index and the matcher: lower case, no spaces or
// punctuation, no tone marks or tone digits, ü written as v (as pinyin keyboards type it).

const HAN_RE = /\p{Script=Han}/u
const TONE_MARKS_RE = /[\u0300-\u036f]/g
// "chang2hai3": a lone tone digit right after a letter.
const TONE_DIGIT_RE = /([a-z])[1-5](?![0-9])/g
const KEEP_RE = /[\p{Script=Han}a-z0-9]/u

export function isHan(ch: string): boolean {
  return HAN_RE.test(ch)
}

/** Latin text folded for matching: lower case, tone marks and ü folded to plain letters / v. */
export function foldLatin(text: string): string {
  return text.toLowerCase().replace(/ü|u:/g, 'v').normalize('NFD').replace(TONE_MARKS_RE, '')
}

/**
 * A query as the matcher reads it: an array of single characters (hanzi, a–z, 0–9). Spaces,
 * punctuation, case and tone marks are dropped; digits stay ("K319", "第3").
 */
export function normalizeQuery(query: string): string[] {
  const out: string[] = []
  for (const ch of foldLatin(query.normalize('NFKC'))) if (KEEP_RE.test(ch)) out.push(ch)
  return out
}

/**
 * The query read as numbered pinyin ("chang2hai3" → "changhai"), or null when it has no tone
 * digits. Tried only when the query as typed finds nothing, since digits are also part of names.
 */
export function withoutToneDigits(chars: readonly string[]): string[] | null {
  const joined = chars.join('')
  const stripped = joined.replace(TONE_DIGIT_RE, '$1')
  return stripped === joined ? null : Array.from(stripped)
}

/** A bit per letter a–z (bits 0–25) and one for any digit (bit 26); 0 for anything else. */
export function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97)
  if (code >= 48 && code <= 57) return 1 << 26
  return 0
}

/** A bit per hanzi (code point mod 32): a cheap "may contain" test. */
export function hanBit(code: number): number {
  return 1 << (code & 31)
}
