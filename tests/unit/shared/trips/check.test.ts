import { describe, expect, it } from 'vitest'
import {
  checkTemplate,
  checkTrip,
  INVALID,
  issuesByPath,
  type FieldIssue,
} from '@shared/trips/check'
import { tripSchemaUntil, validTemplateSchema } from '@shared/trips/schema'
import { leg, template, trip, uuid } from './helpers'

const TOMORROW = '2025-10-10'

function messages(value: unknown): Record<string, string> {
  const r = checkTrip(value, TOMORROW)
  return r.ok ? {} : issuesByPath(r.issues)
}

describe('checkTrip messages', () => {
  it('accepts a valid trip and strips unknown fields', () => {
    const r = checkTrip({ ...trip(), extra: 1, legs: [{ ...leg(), junk: true }] }, TOMORROW)
    expect(r).toEqual({ ok: true, value: trip() })
  })

  it.each([
    [{ legs: [leg({ fareFen: -1 })] }, 'legs.0.fareFen', 'validation.fareRange'],
    [{ legs: [leg({ fareFen: 1_000_001 })] }, 'legs.0.fareFen', 'validation.fareRange'],
    [{ legs: [leg({ fareFen: 12.5 })] }, 'legs.0.fareFen', 'validation.fare'],
    [{ legs: [leg({ minutes: 0 })] }, 'legs.0.minutes', 'validation.minutesRange'],
    [{ legs: [leg({ minutes: 601 })] }, 'legs.0.minutes', 'validation.minutesRange'],
    [{ legs: [] }, 'legs', 'validation.legsRequired'],
    [{ date: '2025-10-11' }, 'date', 'validation.dateFuture'],
    [{ date: '1999-12-31' }, 'date', 'validation.dateTooEarly'],
    [{ date: '2025-02-30' }, 'date', 'validation.date'],
    [{ departTime: '24:00' }, 'departTime', 'validation.time'],
    [{ departTime: '08:00', arriveTime: '07:59' }, 'arriveTime', 'validation.durationRange'],
    [{ departTime: '08:00', arriveTime: '08:00' }, 'arriveTime', 'validation.durationRange'],
    [{ tags: ['a;b'] }, 'tags.0', 'validation.tag'],
    [{ tags: [' a'] }, 'tags.0', 'validation.tag'],
    [
      { legs: [leg({ payment: { kind: 'card', cardId: '' } })] },
      'legs.0.payment.cardId',
      'validation.card',
    ],
    [{ direction: 'sideways' }, 'direction', 'validation.direction'],
    [{ legs: [leg({ mode: 'rocket' as never })] }, 'legs.0.mode', 'validation.mode'],
  ])('flags %j at %s with %s', (over, path, message) => {
    expect(messages({ ...trip(), ...over })[path]).toBe(message)
  })

  it('accepts the bounds: ¥0 and ¥10,000, 1 and 600 minutes, tomorrow, 2000-01-01', () => {
    for (const over of [
      { legs: [leg({ fareFen: 0, minutes: 1 })] },
      { legs: [leg({ fareFen: 1_000_000, minutes: 600 })] },
      { date: TOMORROW },
      { date: '2000-01-01' },
      { departTime: '23:30', arriveTime: '00:45' },
    ])
      expect(checkTrip({ ...trip(), ...over }, TOMORROW).ok).toBe(true)
  })

  it('reports structural garbage as invalid rather than throwing', () => {
    expect(checkTrip(null, TOMORROW)).toEqual({
      ok: false,
      issues: [{ path: '', message: INVALID }],
    })
    expect(messages({ ...trip(), legs: 'x' }).legs).toBe(INVALID)
    expect(messages({ ...trip(), legs: [null] })['legs.0']).toBe(INVALID)
  })
})

describe('checkTemplate', () => {
  it('accepts a saved commute and requires a name', () => {
    expect(checkTemplate(template())).toEqual({ ok: true, value: template() })
    const r = checkTemplate(template({ name: '' }))
    expect(r.ok ? {} : issuesByPath(r.issues)).toEqual({ name: 'validation.nameRequired' })
  })
})

// The hand-written checks must agree with the zod contract. Generate many inputs by mutating valid
// records one or two fields at a time with values from a pool of edge cases.
const pool: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1,
  1.5,
  600,
  601,
  1_000_000,
  1_000_001,
  NaN,
  Infinity,
  2 ** 53,
  '',
  ' ',
  'x',
  'a;b',
  '08:00',
  '24:00',
  '7:00',
  '23:59',
  '2025-10-10',
  '2025-10-11',
  '1999-12-31',
  '2000-01-01',
  '2025-02-29',
  '2024-02-29',
  'toWork',
  'toHome',
  'metro',
  'walk',
  'card',
  'cash',
  'ticket',
  uuid(3),
  'not-a-uuid',
  'x'.repeat(31),
  'x'.repeat(51),
  'x'.repeat(101),
  [],
  [1],
  ['a'],
  ['ok', 'ok2'],
  Array(21).fill('t'),
  {},
  { kind: 'cash' },
  { kind: 'card' },
  { kind: 'card', cardId: '' },
  { kind: 'card', cardId: 'c' },
  { kind: 'bitcoin' },
  [leg()],
  Array(21).fill(leg()),
  [leg(), 5],
]

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function mutate(base: Record<string, unknown>, rand: () => number): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const times = 1 + Math.floor(rand() * 2)
  for (let i = 0; i < times; i++) {
    const value = structuredClone(pick(pool))
    const legs = copy.legs
    const l: unknown = Array.isArray(legs) ? legs[0] : undefined
    if (rand() < 0.45 && typeof l === 'object' && l !== null) {
      const rec = l as Record<string, unknown>
      const key = pick([...Object.keys(rec), 'payment.cardId', 'payment.kind'])
      const pay = rec.payment
      if (!key.startsWith('payment.')) rec[key] = value
      else if (typeof pay === 'object' && pay !== null)
        (pay as Record<string, unknown>)[key.slice(8)] = value
    } else if (rand() < 0.1) delete copy[pick(Object.keys(copy))]
    else copy[pick(Object.keys(copy))] = value
  }
  return copy
}

function zodIssues(issues: { path: PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}

/** Our issues must name every field zod names, with the same i18n key (or INVALID). */
function expectSameVerdict(
  zod: {
    success: boolean
    data?: unknown
    error?: { issues: { path: PropertyKey[]; message: string }[] }
  },
  ours: ReturnType<typeof checkTrip> | ReturnType<typeof checkTemplate>,
  input: unknown,
): void {
  expect(ours.ok, JSON.stringify(input)).toBe(zod.success)
  if (ours.ok) {
    expect(ours.value).toEqual(zod.data)
    expect(Object.keys(ours.value)).toEqual(Object.keys(zod.data as object))
    return
  }
  const mine = issuesByPath(ours.issues)
  // zod also judges depart → arrive when a time is malformed; we leave that to the time's message.
  const malformedTime =
    mine.departTime === 'validation.time' || mine.arriveTime === 'validation.time'
  for (const [path, message] of Object.entries(issuesByPath(zodIssues(zod.error!.issues)))) {
    if (malformedTime && message === 'validation.durationRange') continue
    expect(path in mine, `${path} in ${JSON.stringify(input)}`).toBe(true)
    expect(mine[path]).toBe(message.startsWith('validation.') ? message : INVALID)
  }
}

describe('checkTrip ≡ tripSchemaUntil', () => {
  // Thousands of zod parses: generous timeouts so a busy machine cannot fail them.
  it('agrees on 3,000 generated trips', { timeout: 60_000 }, () => {
    const rand = mulberry32(7)
    const schema = tripSchemaUntil(TOMORROW)
    let accepted = 0
    for (let i = 0; i < 3000; i++) {
      const input = mutate(trip() as unknown as Record<string, unknown>, rand)
      const ours = checkTrip(input, TOMORROW)
      expectSameVerdict(schema.safeParse(input), ours, input)
      if (ours.ok) accepted++
    }
    // Both outcomes must be exercised for the comparison to mean anything.
    expect(accepted).toBeGreaterThan(100)
    expect(accepted).toBeLessThan(2900)
  })

  it('agrees on 1,500 generated saved commutes', { timeout: 60_000 }, () => {
    const rand = mulberry32(11)
    for (let i = 0; i < 1500; i++) {
      const input = mutate(template() as unknown as Record<string, unknown>, rand)
      expectSameVerdict(validTemplateSchema.safeParse(input), checkTemplate(input), input)
    }
  })
})
