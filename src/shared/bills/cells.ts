// Cells of a bill as the readers see them: trimmed (order numbers end with a tab), money through
// the one money parser, a date and time checked against the range a trip may have.
import { normaliseDate, normaliseTime } from '../calendar/dates'
import { parseYuan } from '../money/parse'
import { MIN_TRIP_DATE } from '../trips/schema'
import type { RowIssue } from '../trips/import-types'
import { shorten } from '../trips/import-types'

/** A cell without the spaces and tabs around it (Alipay ends order numbers with a tab). */
export function clean(cell: unknown): string {
  if (cell === null || cell === undefined) return ''
  return String(cell).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * A bill amount in fen: "4.00", "¥1,234.56", "￥31.50". Never negative (the direction is its own
 * column), so "-0", "-4" and anything parseYuan refuses ("1e309") is an error; an ambiguous comma
 * ("12,5", "1,234") gets parseYuan's own message.
 */
export function billAmount(cell: string): Parsed<number> {
  const s = cell.replace(/^[¥￥]\s*/, '')
  if (s.startsWith('-') || s.startsWith('+')) return { ok: false, message: 'bills.row.amount' }
  const r = parseYuan(s)
  if (!r.ok)
    return {
      ok: false,
      message: r.error === 'validation.moneyNotNumber' ? 'bills.row.amount' : r.error,
    }
  return { ok: true, value: r.fen }
}

export interface DateTime {
  date: string
  time: string | null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * "2025-01-15 08:30:12", "2025/1/15 8:30", "2025-01-15T08:30", a date alone, or a spreadsheet
 * date (read as the wall-clock time it shows, which a spreadsheet stores without a zone).
 */
export function billDateTime(cell: unknown, tomorrow: string): Parsed<DateTime> {
  let date: string | null
  let time: string | null = null
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: 'bills.row.date' }
    date = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`
    time = `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`
  } else {
    const m = /^(\S+?)(?:[\sT]+(\d{1,2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(clean(cell))
    if (!m) return { ok: false, message: 'bills.row.date' }
    date = normaliseDate(m[1]!)
    if (m[2] !== undefined) {
      time = normaliseTime(m[2])
      if (time === null) return { ok: false, message: 'bills.row.date' }
    }
  }
  if (date === null) return { ok: false, message: 'bills.row.date' }
  if (date < MIN_TRIP_DATE || date > tomorrow) return { ok: false, message: 'bills.row.dateRange' }
  return { ok: true, value: { date, time } }
}

/** An issue for the preview's list of rows that were not read. */
export function rowIssue(at: number, field: string, message: string, value: unknown): RowIssue {
  return { at, field, message, value: shorten(clean(value)) }
}
