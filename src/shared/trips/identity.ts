// When two trip records are the same trip. Import, bulk entry (and sync and bill import after them)
// decide "already logged?" here and nowhere else.
//
// The rule:
// 1. The same id is the same trip, whatever else differs (an edited copy of an exported trip).
// 2. Under different ids, a stored trip and an incoming one are the same trip when they agree on
//    the date, the direction, the departure and arrival times and every leg (mode, from, to, line,
//    payment, fare, minutes, in order). Note and tags do not count: tools that export the same
//    trip differ there. So the trip home is never a duplicate of the trip to work, nor the 18:30
//    trip of the 08:00 one.
// 3. Each stored trip stands for one trip: two identical rows in a file match two stored trips,
//    not one twice; a stored trip that the file names by its own id is not matched again by content.
// 4. Rows of one file are never duplicates of each other by content: a file that holds two
//    identical trips under different ids (two rides on the same bus, untimed) means two trips. Only
//    the same id twice in one file is the same trip.
// 5. Bulk entry logs a saved commute on a day unless that day already holds the commute in that
//    direction (same legs). Its times are the commute's usual ones, not what happened, so they do
//    not count there.
import { paymentValue } from './payment'
import type { Leg, Trip } from './schema'

type Identified = Pick<Trip, 'id' | 'date' | 'direction' | 'departTime' | 'arriveTime' | 'legs'>

function legKey(l: Leg): string {
  // \u001f cannot be typed into a field, so joined keys cannot collide.
  return [l.mode, l.from, l.to, l.line, paymentValue(l.payment), l.fareFen, l.minutes ?? ''].join(
    '\u001f',
  )
}

function legsKey(legs: readonly Leg[]): string {
  return legs.map(legKey).join('\u001e')
}

/** Rule 2: what a trip is, apart from its id. */
export function tripContentKey(t: Omit<Identified, 'id'>): string {
  return [t.date, t.direction, t.departTime ?? '', t.arriveTime ?? '', legsKey(t.legs)].join(
    '\u001d',
  )
}

/** Rule 5: a saved commute on a day, in a direction. */
export function commuteDayKey(t: Pick<Trip, 'date' | 'direction' | 'legs'>): string {
  return [t.date, t.direction, legsKey(t.legs)].join('\u001d')
}

export type DuplicateReason = 'sameId' | 'sameContent'

/**
 * Matches incoming trips against stored ones by rules 1–4. `stored` must hold every stored trip
 * that could match: those with the incoming ids and those on the incoming dates. `incomingIds` are
 * the ids of every row of the file, so that a stored trip the file names by id (rule 3) is left
 * for that row.
 */
export class TripMatcher {
  private readonly ids = new Set<string>()
  /** Stored trips not matched yet, by content, as a count per key. */
  private readonly unmatched = new Map<string, number>()

  constructor(stored: Iterable<Identified>, incomingIds: ReadonlySet<string> = new Set()) {
    for (const t of stored) {
      this.ids.add(t.id)
      if (incomingIds.has(t.id)) continue
      const k = tripContentKey(t)
      this.unmatched.set(k, (this.unmatched.get(k) ?? 0) + 1)
    }
  }

  /** Why `t` is already there (taking its match), or null for a new trip. Its id is known after. */
  match(t: Identified): DuplicateReason | null {
    if (this.ids.has(t.id)) return 'sameId'
    this.ids.add(t.id)
    const k = tripContentKey(t)
    const n = this.unmatched.get(k) ?? 0
    if (n === 0) return null
    this.unmatched.set(k, n - 1)
    return 'sameContent'
  }
}
