// A year (or any run of days) laid out as a calendar heatmap: one column per Monday-first week,
// one row per weekday, and a shade from 0 (no trip) to 4 (the busiest day).
import type { DayTotals } from './summary'

export interface HeatCell {
  date: string
  /** 0 = Monday … 6 = Sunday: the row. */
  weekday: number
  /** The week column, 0 for the week holding the first day. */
  column: number
  trips: number
  level: 0 | 1 | 2 | 3 | 4
}

export interface Heatmap {
  cells: HeatCell[]
  columns: number
  maxTrips: number
  /** Where each month starts: its yyyy-MM and the column of its first day. */
  months: { month: string; column: number }[]
}

export function heatmap(days: readonly Pick<DayTotals, 'date' | 'weekday' | 'trips'>[]): Heatmap {
  const first = days[0]
  if (!first) return { cells: [], columns: 0, maxTrips: 0, months: [] }
  const maxTrips = days.reduce((m, d) => Math.max(m, d.trips), 0)
  const months: Heatmap['months'] = []
  const cells = days.map((d, i): HeatCell => {
    const column = Math.floor((i + first.weekday) / 7)
    const month = d.date.slice(0, 7)
    if (months[months.length - 1]?.month !== month) months.push({ month, column })
    return {
      date: d.date,
      weekday: d.weekday,
      column,
      trips: d.trips,
      level: level(d.trips, maxTrips),
    }
  })
  const lastCell = cells[cells.length - 1]
  return { cells, columns: lastCell ? lastCell.column + 1 : 0, maxTrips, months }
}

function level(trips: number, max: number): HeatCell['level'] {
  if (trips === 0 || max === 0) return 0
  return Math.min(4, Math.max(1, Math.ceil((trips / max) * 4))) as HeatCell['level']
}
