import type { CommuteTemplate, Leg, Trip } from '@shared/trips/schema'

/** Deterministic, valid v4 UUIDs: uuid(1) = 00000000-0000-4000-8000-000000000001. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export function idSequence(start = 1000): () => string {
  let n = start
  return () => uuid(n++)
}

export const CARD_ID = uuid(900)

export function leg(over: Partial<Leg> = {}): Leg {
  return {
    mode: 'hsr',
    from: '上海虹桥',
    to: '嘉兴南',
    line: 'G7501',
    payment: { kind: 'ticket' },
    fareFen: 2450,
    minutes: 28,
    ...over,
  }
}

export function trip(over: Partial<Trip> = {}): Trip {
  return {
    direction: 'toWork',
    legs: [leg()],
    departTime: '07:10',
    arriveTime: '08:30',
    note: '',
    tags: [],
    id: uuid(1),
    date: '2025-10-09',
    createdAt: '2025-10-09T00:00:00.000Z',
    updatedAt: '2025-10-09T00:00:00.000Z',
    ...over,
  }
}

export function template(over: Partial<CommuteTemplate> = {}): CommuteTemplate {
  return {
    direction: 'toWork',
    legs: [
      leg({
        mode: 'metro',
        from: '莘庄',
        to: '上海南站',
        line: '1号线',
        payment: { kind: 'card', cardId: CARD_ID },
        fareFen: 400,
        minutes: 20,
      }),
      leg({
        mode: 'train',
        from: '上海南站',
        to: '嘉兴',
        line: 'K8471',
        fareFen: 1350,
        minutes: 70,
      }),
    ],
    departTime: '06:40',
    arriveTime: '08:20',
    note: '早班',
    tags: ['通勤'],
    id: uuid(500),
    name: '早上上班',
    order: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...over,
  }
}
