// The list's filters and ordering. The date range is applied by the database index; the rest
// runs in memory over the loaded range, so typing in the text box never re-reads the table.
import type { Direction, Mode, Trip } from './schema'
import { tripFareFen } from './schema'

export interface TripFilter {
  from: string
  to: string
  direction: Direction | ''
  mode: Mode | ''
  /** A card id, or '' for any payment. */
  cardId: string
  text: string
}

export const EMPTY_FILTER: TripFilter = {
  from: '',
  to: '',
  direction: '',
  mode: '',
  cardId: '',
  text: '',
}

const haystacks = new WeakMap<Trip, string>()

function haystack(t: Trip): string {
  let h = haystacks.get(t)
  if (h === undefined) {
    const parts = [t.note, ...t.tags]
    for (const l of t.legs) parts.push(l.from, l.to, l.line)
    h = parts.join('\n').toLowerCase()
    haystacks.set(t, h)
  }
  return h
}

/** A predicate for everything but the date range; null when nothing narrows the set. */
export function tripMatcher(f: Omit<TripFilter, 'from' | 'to'>): ((t: Trip) => boolean) | null {
  const needles = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (!f.direction && !f.mode && !f.cardId && needles.length === 0) return null
  return (t) => {
    if (f.direction && t.direction !== f.direction) return false
    if (f.mode && !t.legs.some((l) => l.mode === f.mode)) return false
    if (f.cardId && !t.legs.some((l) => l.payment.kind === 'card' && l.payment.cardId === f.cardId))
      return false
    if (needles.length > 0) {
      const h = haystack(t)
      for (const n of needles) if (!h.includes(n)) return false
    }
    return true
  }
}

export function inDateRange(t: Pick<Trip, 'date'>, from: string, to: string): boolean {
  return (!from || t.date >= from) && (!to || t.date <= to)
}

type Ordered = Pick<Trip, 'date' | 'departTime' | 'createdAt' | 'id'>

/**
 * The one order of trips: by date, then departure time (untimed trips last in their day), then when
 * they were written, then id. Reports, exports and a day's trips read this way; the list shows its
 * reverse (compareNewestFirst).
 */
export function compareChronological(a: Ordered, b: Ordered): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.departTime !== b.departTime) {
    if (a.departTime === null) return 1
    if (b.departTime === null) return -1
    return a.departTime < b.departTime ? -1 : 1
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Newest first: exactly the reverse of compareChronological. */
export function compareNewestFirst(a: Ordered, b: Ordered): number {
  return compareChronological(b, a)
}

export type ListRow =
  { kind: 'day'; date: string; trips: number; fareFen: number } | { kind: 'trip'; trip: Trip }

/** Rows for the virtual list: a day header, then that day's trips. Input must be sorted. */
export function listRows(sorted: readonly Trip[]): ListRow[] {
  const rows: ListRow[] = []
  let header: Extract<ListRow, { kind: 'day' }> | null = null
  for (const trip of sorted) {
    if (header === null || header.date !== trip.date) {
      header = { kind: 'day', date: trip.date, trips: 0, fareFen: 0 }
      rows.push(header)
    }
    header.trips++
    header.fareFen += tripFareFen(trip)
    rows.push({ kind: 'trip', trip })
  }
  return rows
}
