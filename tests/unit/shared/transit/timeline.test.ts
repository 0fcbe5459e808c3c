import { describe, expect, it } from 'vitest'
import { plannedTimeline, whenIs } from '@shared/transit/timeline'
import type { PlannedLine } from '@shared/pack/schema'
import { transitFixture } from '../../../fixtures/transit/pack'

const t = (zh: string) => ({ zh, en: zh })

describe('planned-lines timeline', () => {
  it('compares partial dates at their own precision', () => {
    expect(whenIs('2022-07-13', '2026-11-26')).toBe('past')
    expect(whenIs('2026', '2026-11-26')).toBe('current')
    expect(whenIs('2026-11', '2026-11-26')).toBe('current')
    expect(whenIs('2028', '2026-11-26')).toBe('future')
  })

  it('orders milestones of all lines by date and groups them by year', () => {
    const other: PlannedLine = {
      id: 'jinshan-pinghu',
      name: t('金山至平湖市域铁路'),
      aliases: [],
      status: 'underConstruction',
      statusAsOf: '2022-09-28',
      statusSourceIds: ['s'],
      milestones: [{ date: '2022-09-28', text: t('浙江段开工'), sourceIds: ['s'] }],
      facts: [],
      stationIds: [],
      sourceIds: ['s'],
    }
    const years = plannedTimeline([...transitFixture.plannedLines, other], '2026-11-26')
    expect(years.map((y) => y.year)).toEqual(['2022', '2028'])
    expect(years[0]!.entries.map((e) => e.milestone.date)).toEqual(['2022-07-13', '2022-09-28'])
    expect(years[1]!.entries[0]).toMatchObject({ when: 'future', overdue: false })
  })

  it('flags a target date that has passed as overdue, not as done', () => {
    const years = plannedTimeline(transitFixture.plannedLines, '2029-01-01')
    const target = years.flatMap((y) => y.entries).find((e) => e.milestone.planned)!
    expect(target).toMatchObject({ when: 'past', overdue: true })
    const event = years.flatMap((y) => y.entries).find((e) => !e.milestone.planned)!
    expect(event.overdue).toBe(false)
  })
})
