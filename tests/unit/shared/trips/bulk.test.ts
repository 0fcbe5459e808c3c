import { describe, expect, it } from 'vitest'
import { MAX_BULK_DAYS, planBulkEntry } from '@shared/trips/bulk'
import { WORKDAY_CALENDAR_YEARS } from '@shared/calendar/workdays'
import { tripOnDate } from '@shared/trips/quick-entry'
import { idSequence, template } from '../../../fixtures/builders'

describe('bulk entry', () => {
  it('logs one trip per working day, skipping the National Day holiday and keeping 调休 days', () => {
    const r = planBulkEntry(
      { template: template(), from: '2025-09-27', to: '2025-10-12', tomorrow: '2025-11-01' },
      { newId: idSequence() },
    )
    if (!r.ok) throw new Error(r.error)
    expect(r.plan.trips.map((t) => t.date)).toEqual([
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ])
    expect(new Set(r.plan.trips.map((t) => t.id)).size).toBe(6)
    expect(r.plan.uncoveredDates).toEqual([])
  })

  it('does not log a commute twice on a day that already has it', () => {
    const existing = [tripOnDate(template(), '2025-10-09')]
    const r = planBulkEntry({
      template: template(),
      from: '2025-10-09',
      to: '2025-10-10',
      tomorrow: '2025-11-01',
      existing,
    })
    if (!r.ok) throw new Error(r.error)
    expect(r.plan.trips.map((t) => t.date)).toEqual(['2025-10-10'])
    expect(r.plan.alreadyLogged).toEqual(['2025-10-09'])
  })

  it('never logs days after tomorrow, and lists them', () => {
    const r = planBulkEntry({
      template: template(),
      from: '2025-10-09',
      to: '2025-10-14',
      tomorrow: '2025-10-10',
    })
    if (!r.ok) throw new Error(r.error)
    expect(r.plan.trips.map((t) => t.date)).toEqual(['2025-10-09', '2025-10-10'])
    expect(r.plan.future).toEqual(['2025-10-11', '2025-10-13', '2025-10-14'])
  })

  it('reports the dates outside the calendar, where Monday–Friday was assumed', () => {
    const y = WORKDAY_CALENDAR_YEARS.from - 1
    const r = planBulkEntry({
      template: template(),
      from: `${y}-03-01`,
      to: `${y}-03-07`,
      tomorrow: '2025-11-01',
    })
    if (!r.ok) throw new Error(r.error)
    expect(r.plan.uncoveredDates).toHaveLength(7)
    expect(r.plan.trips).toHaveLength(5)
  })

  it('rejects reversed, malformed and overlong ranges', () => {
    const base = { template: template(), tomorrow: '2030-01-01' }
    expect(planBulkEntry({ ...base, from: '2025-10-10', to: '2025-10-09' })).toEqual({
      ok: false,
      error: 'bulk.badRange',
    })
    expect(planBulkEntry({ ...base, from: '2025-13-01', to: '2025-10-09' })).toEqual({
      ok: false,
      error: 'bulk.badRange',
    })
    expect(planBulkEntry({ ...base, from: '1999-12-01', to: '2000-01-09' })).toEqual({
      ok: false,
      error: 'validation.dateTooEarly',
    })
    expect(planBulkEntry({ ...base, from: '2024-01-01', to: '2025-12-31' })).toEqual({
      ok: false,
      error: 'bulk.rangeTooLong',
    })
    expect(MAX_BULK_DAYS).toBeGreaterThanOrEqual(366)
  })
})
