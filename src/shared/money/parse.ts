// The one reader of typed or imported amounts (fares, medical amounts, CSV cells). A money value is
// never guessed: a mark that could be either a decimal mark or a thousands separator ("12,5",
// "3,50", "1,234", "1.234") is refused with a message saying so, unless the caller states the rule
// (a semicolon CSV that writes decimals with a comma, as the import preview then says).

/** Which character separates yuan from jiao/fen. */
export type DecimalMark = '.' | ','

/** Message keys (common namespace, validation.*) for an amount that cannot be read. */
export type MoneyError =
  | 'validation.moneyNotNumber'
  | 'validation.moneyComma'
  | 'validation.moneyDecimals'
  | 'validation.moneyMixedMarks'

export type MoneyResult = { ok: true; fen: number } | { ok: false; error: MoneyError }

// Full-width digits and marks, as a Chinese input method may type them.
const FULL_WIDTH = /[０-９．，]/g
const fromFullWidth = (c: string): string =>
  c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)

const POINT = /^(\d+)(?:\.(\d{1,2}))?$/
/** "1,234.50": comma groups before a decimal point can only be thousands separators. */
const POINT_GROUPED = /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/
const COMMA = /^(\d+)(?:,(\d{1,2}))?$/
/** "1.234,50": the decimal-comma spelling of the same. */
const COMMA_GROUPED = /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/

function fen(whole: string, frac = ''): number | null {
  const n = Number(whole.replace(/[.,]/g, '')) * 100 + Number(frac.padEnd(2, '0'))
  return Number.isSafeInteger(n) ? n : null
}

/**
 * Reads "12", "12.5", "¥12.50", "1,234.50" (or, with mark ',', "12,5" and "1.234,50") into fen.
 * A leading minus is read (the caller's range check refuses it where it is not allowed).
 */
export function parseYuan(input: string, mark: DecimalMark = '.'): MoneyResult {
  let s = input
    .trim()
    .replace(FULL_WIDTH, fromFullWidth)
    .replace(/^[¥￥]\s*/, '')
  const negative = s.startsWith('-')
  if (negative) s = s.slice(1)
  const m =
    mark === '.'
      ? (POINT.exec(s) ?? POINT_GROUPED.exec(s))
      : (COMMA.exec(s) ?? COMMA_GROUPED.exec(s))
  if (m) {
    const value = fen(m[1]!, m[2])
    if (value === null) return { ok: false, error: 'validation.moneyNotNumber' }
    return { ok: true, fen: negative ? -value : value }
  }
  return { ok: false, error: whyNot(s, mark) }
}

function whyNot(s: string, mark: DecimalMark): MoneyError {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return 'validation.moneyNotNumber'
  const other = mark === '.' ? ',' : '.'
  // With the decimal point: any comma left is ambiguous. With the decimal comma (a rule the file
  // chose): a point is a second, conflicting mark.
  if (s.includes(other))
    return mark === '.' ? 'validation.moneyComma' : 'validation.moneyMixedMarks'
  // "12.345" or "1.234": more than two decimals, or the mark used for grouping thousands.
  const marks = s.split(mark).length - 1
  const grouped = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s)
  return marks === 1 || grouped ? 'validation.moneyDecimals' : 'validation.moneyNotNumber'
}

export type NumberResult =
  | { ok: true; value: number }
  | { ok: false; error: 'validation.numberComma' | 'validation.numberNotNumber' }

/**
 * Reads a plain decimal number the user typed (a percentage, a count) by the same rule: "12.5"
 * and "７" are read, "12,5" is refused as ambiguous. A browser's number field would drop the comma
 * and read 125.
 */
export function parseDecimal(input: string): NumberResult {
  const s = input.trim().replace(FULL_WIDTH, fromFullWidth)
  if (/^-?\d+(\.\d+)?$/.test(s)) return { ok: true, value: Number(s) }
  if (/^-?[\d.,]+$/.test(s) && s.includes(','))
    return { ok: false, error: 'validation.numberComma' }
  return { ok: false, error: 'validation.numberNotNumber' }
}
