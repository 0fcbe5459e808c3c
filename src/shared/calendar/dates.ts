// Calendar dates are local `yyyy-MM-dd` strings; all arithmetic goes through date-fns. Its light
// formatter and ISO parser do for this one fixed format: the full `format`/`parse` bring every
// token and locale, which the first screen (today's date) would otherwise load.
import { addDays, lightFormat, parseISO } from 'date-fns'

export const DATE_FORMAT = 'yyyy-MM-dd'
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

export function toDateString(d: Date): string {
  return lightFormat(d, DATE_FORMAT)
}

/** Local midnight of a yyyy-MM-dd date; an Invalid Date for anything else. */
export function parseDate(s: string): Date {
  return isDateString(s) ? parseISO(s) : new Date(NaN)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * True for a real calendar date written as yyyy-MM-dd (rejects 2023-02-30). Plain arithmetic,
 * not date-fns parse, which costs tens of microseconds a call on a 100,000-trip import;
 * dates.test.ts checks it against date-fns.
 */
export function isDateString(s: string): boolean {
  if (!DATE_RE.test(s)) return false
  const y = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  const d = Number(s.slice(8, 10))
  if (y < 1 || m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)
}

export function today(now: Date = new Date()): string {
  return toDateString(now)
}

export function tomorrow(now: Date = new Date()): string {
  return toDateString(addDays(now, 1))
}

/** "HH:mm" (already validated) → minutes after midnight. Read digit by digit: splitting strings
 * for every trip dominated the statistics pass over a 100,000-trip log. */
export function timeToMinutes(t: string): number {
  return (
    (t.charCodeAt(0) - 48) * 600 +
    (t.charCodeAt(1) - 48) * 60 +
    (t.charCodeAt(3) - 48) * 10 +
    (t.charCodeAt(4) - 48)
  )
}

/** Minutes from depart to arrive; an arrival earlier than the departure is on the next day. */
export function durationMinutes(depart: string, arrive: string): number {
  const diff = timeToMinutes(arrive) - timeToMinutes(depart)
  return diff < 0 ? diff + 24 * 60 : diff
}

/** "2025/10/9", "2025-10-09", "2025.10.9", "2025年10月9日" → "2025-10-09"; null if not a date. */
export function normaliseDate(cell: string): string | null {
  if (isDateString(cell)) return cell
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.trim())
  if (!m) return null
  const s = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  return isDateString(s) ? s : null
}

/** "8:05", "08:05", "08:05:00" → "08:05"; null if not a time of day. */
export function normaliseTime(cell: string): string | null {
  if (TIME_RE.test(cell)) return cell
  const m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(cell.trim())
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null
  return `${m[1]!.padStart(2, '0')}:${m[2]}`
}
