import { describe, expect, it } from 'vitest'
import { heatmap } from '../../../../src/shared/stats/heatmap'
import { computeStats } from '../../../../src/shared/stats/summary'
import { periodContaining } from '../../../../src/shared/stats/period'
import { trip } from '../../../fixtures/stats/trips'

describe('heatmap', () => {
  it('lays a leap year out in 53 Monday-first columns', () => {
    const s = computeStats([], periodContaining('year', '2024-01-01'))
    const h = heatmap(s.days)
    expect(h.cells).toHaveLength(366)
    expect(h.columns).toBe(53)
    expect(h.cells[0]).toMatchObject({ date: '2024-01-01', weekday: 0, column: 0, level: 0 })
    expect(h.cells[365]).toMatchObject({ date: '2024-12-31', weekday: 1, column: 52 })
    expect(h.months[1]).toEqual({ month: '2024-02', column: 4 }) // Thu 1 Feb is in week 5
    expect(h.months).toHaveLength(12)
  })

  it('starts a year that begins on Sunday in row 6 of the first column', () => {
    const h = heatmap(computeStats([], periodContaining('year', '2023-06-01')).days)
    expect(h.cells[0]).toMatchObject({ date: '2023-01-01', weekday: 6, column: 0 })
    expect(h.cells[1]).toMatchObject({ date: '2023-01-02', weekday: 0, column: 1 })
  })

  it('shades days in four steps of the busiest day', () => {
    const trips = [
      trip('2024-03-01'),
      ...[1, 2].map(() => trip('2024-03-02')),
      ...[1, 2, 3].map(() => trip('2024-03-03')),
      ...[1, 2, 3, 4].map(() => trip('2024-03-04')),
    ]
    const h = heatmap(computeStats(trips, periodContaining('month', '2024-03-01')).days)
    expect(h.maxTrips).toBe(4)
    expect(h.cells.slice(0, 5).map((c) => [c.trips, c.level])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [0, 0],
    ])
  })

  it('gives an empty grid for no days', () => {
    expect(heatmap([])).toEqual({ cells: [], columns: 0, maxTrips: 0, months: [] })
  })
})
