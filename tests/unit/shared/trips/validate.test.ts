import { describe, expect, it } from 'vitest'
import { draftOf } from '@shared/trips/draft'
import { checkDraft, checkTemplate, checkTrip, INVALID, issuesByPath } from '@shared/trips/validate'
import { leg, template, trip } from '../../../fixtures/builders'

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

describe('checkDraft', () => {
  it('judges what the form typed by the same rules, without an id or timestamps', () => {
    expect(checkDraft(draftOf(trip()), TOMORROW)).toEqual({ ok: true, value: draftOf(trip()) })
    const r = checkDraft(
      { ...draftOf(trip()), date: '2025-10-11', legs: [leg({ fareFen: -1 })] },
      TOMORROW,
    )
    expect(r.ok ? {} : issuesByPath(r.issues)).toEqual({
      date: 'validation.dateFuture',
      'legs.0.fareFen': 'validation.fareRange',
    })
  })

  it('leaves a malformed time to its own message', () => {
    const r = checkDraft({ ...draftOf(trip()), departTime: '8点', arriveTime: '07:00' }, TOMORROW)
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'departTime', message: 'validation.time' }])
  })
})
