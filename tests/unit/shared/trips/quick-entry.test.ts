import { describe, expect, it } from 'vitest'
import {
  nextTemplateOrder,
  sortTemplates,
  templateFromTrip,
  tripOnDate,
} from '@shared/trips/quick-entry'
import { checkTrip } from '@shared/trips/validate'
import { template, trip, uuid } from '../../../fixtures/builders'

const now = new Date('2025-10-09T01:02:03.000Z')

describe('quick entry', () => {
  it('logs a saved commute for a date as a valid new trip', () => {
    const t = tripOnDate(template(), '2025-10-09', { now, newId: () => uuid(77) })
    expect(t).toMatchObject({
      id: uuid(77),
      date: '2025-10-09',
      direction: 'toWork',
      note: '早班',
      tags: ['通勤'],
    })
    expect(t.createdAt).toBe('2025-10-09T01:02:03.000Z')
    expect(t.updatedAt).toBe(t.createdAt)
    expect(t.legs).toEqual(template().legs)
    expect(checkTrip(t, '2025-10-10').ok).toBe(true)
    expect(t).not.toHaveProperty('name')
  })

  it('copies deeply, so editing the new trip never changes its source', () => {
    const source = template()
    const t = tripOnDate(source, '2025-10-09')
    t.legs[0]!.from = '改了'
    t.tags.push('x')
    expect(source.legs[0]!.from).toBe('莘庄')
    expect(source.tags).toEqual(['通勤'])
  })

  it('makes a saved commute from any trip', () => {
    const c = templateFromTrip(trip({ note: '回家' }), '晚上回家', 3, {
      now,
      newId: () => uuid(88),
    })
    expect(c).toMatchObject({ id: uuid(88), name: '晚上回家', order: 3, note: '回家' })
    expect(c).not.toHaveProperty('date')
  })

  it('orders saved commutes by order, then age, and appends after the last', () => {
    const a = template({ id: uuid(1), order: 2 })
    const b = template({ id: uuid(2), order: 0, createdAt: '2025-02-01' })
    const c = template({ id: uuid(3), order: 0, createdAt: '2025-01-01' })
    expect(sortTemplates([a, b, c]).map((t) => t.id)).toEqual([uuid(3), uuid(2), uuid(1)])
    expect(nextTemplateOrder([a, b, c])).toBe(3)
    expect(nextTemplateOrder([])).toBe(0)
  })
})
