// Week and month keys for every date of a period, worked out once per date so the per-trip loop
// only looks strings up (a year of trips has at most 366 distinct dates).
import { getISODay, startOfWeek } from 'date-fns'
import { parseDate, toDateString } from '../calendar/dates'
import { periodDates, type Period } from './period'

export interface DateKeys {
  date: string
  /** The Monday that starts the date's week, yyyy-MM-dd. */
  week: string
  /** yyyy-MM */
  month: string
  /** 0 = Monday … 6 = Sunday */
  weekday: number
}

export function dateKeys(p: Pick<Period, 'from' | 'to'>): DateKeys[] {
  const dates = periodDates(p)
  if (dates.length === 0) return []
  let weekday = getISODay(parseDate(p.from)) - 1
  let week = toDateString(startOfWeek(parseDate(p.from), { weekStartsOn: 1 }))
  return dates.map((date, i) => {
    if (i > 0) weekday = (weekday + 1) % 7
    if (i > 0 && weekday === 0) week = date
    return { date, week, month: date.slice(0, 7), weekday }
  })
}
