// Two trips are duplicates when they share an id, or when they are on the same date with the same
// legs (every leg field equal, in order). Direction, times, note and tags do not count: a trip
// imported twice from different tools often differs only there.
import type { Leg, Trip } from './schema'

function legKey(l: Leg): string {
  const pay = l.payment.kind === 'card' ? `card:${l.payment.cardId}` : l.payment.kind
  // \u001f cannot be typed into a field, so joined keys cannot collide.
  return [l.mode, l.from, l.to, l.line, pay, l.fareFen, l.minutes ?? ''].join('\u001f')
}

export function tripContentKey(t: Pick<Trip, 'date' | 'legs'>): string {
  return t.date + '\u001e' + t.legs.map(legKey).join('\u001e')
}

export type DuplicateReason = 'sameId' | 'sameContent'

/** Known trips, by id and by content, answering "would this be a duplicate?" in O(1). */
export class DuplicateIndex {
  private readonly ids = new Set<string>()
  private readonly keys = new Set<string>()

  constructor(trips: Iterable<Pick<Trip, 'id' | 'date' | 'legs'>> = []) {
    for (const t of trips) this.add(t)
  }

  add(t: Pick<Trip, 'id' | 'date' | 'legs'>): void {
    this.ids.add(t.id)
    this.keys.add(tripContentKey(t))
  }

  reasonFor(t: Pick<Trip, 'id' | 'date' | 'legs'>): DuplicateReason | null {
    if (this.ids.has(t.id)) return 'sameId'
    if (this.keys.has(tripContentKey(t))) return 'sameContent'
    return null
  }
}
