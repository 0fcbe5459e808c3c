// What a picked file is, so that a refusal can say so ("this is a PNG image", "this is a backup")
// and name what was expected, instead of a parser's complaint about its content. Each importer
// (trips, restore, service pack) checks the bytes, then the JSON document's own markers.

/** Files that are not text: a few common kinds by their first bytes, else 'binary'. */
export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'utf16' | 'binary'

/** JSON documents this app writes or reads, by their markers. */
export type DocumentKind = 'trips' | 'backup' | 'pack' | 'otherJson'

export type FileKind = BinaryKind | DocumentKind

const MAGIC: [BinaryKind, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  // Also .xlsx and .docx, which are zip archives.
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
]

/** How far into a file to look for NUL bytes, which no text in UTF-8 or GBK contains. */
const SNIFF_BYTES = 4096

/**
 * The kind of a file that cannot be read as text, or null for text. UTF-16 with a byte-order mark
 * is text (decode.ts reads it); without one, every other byte of Latin text is NUL.
 */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return null
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue
    if (i % 2 === 0) evenNul++
    else oddNul++
  }
  if (evenNul + oddNul === 0) return null
  // Mostly NULs on one side only: UTF-16 (LE puts them on odd bytes, BE on even).
  const half = n / 2
  if (
    (oddNul > half * 0.3 && evenNul < oddNul / 10) ||
    (evenNul > half * 0.3 && oddNul < evenNul / 10)
  )
    return 'utf16'
  return 'binary'
}

/** Which of the app's JSON documents a parsed file is, by its own markers. */
export function documentKind(data: unknown): DocumentKind {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'otherJson'
  const d = data as Record<string, unknown>
  if (d['format'] === 'hujia-commute/trips') return 'trips'
  if (d['app'] === 'hujia-commute' && d['kind'] === 'user-data') return 'backup'
  if (typeof d['format'] === 'number' && Array.isArray(d['sources'])) return 'pack'
  return 'otherJson'
}

/** Deeper than any document this app writes (a backup is about 6 levels deep). */
export const MAX_JSON_DEPTH = 64

/**
 * Whether parsed JSON nests deeper than `max`. Iterative: a file nested 100,000 levels deep
 * must get a message, not a stack overflow in whatever walks it next.
 */
export function nestsDeeperThan(data: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[data, 0]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (depth >= max) return true
    for (const child of Array.isArray(value) ? value : Object.values(value))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return false
}
