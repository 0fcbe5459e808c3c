// Chinese working days: public holidays and adjusted working days (调休) come from the maintained
// `chinese-days` package (State Council notices). The service pack may carry a year's official
// arrangement with its source (workCalendars); a year it carries overrides the package's. Outside
// every known year we fall back to Monday–Friday and say so.
import { eachDayOfInterval, getISODay } from 'date-fns'
import calendar from 'chinese-days/dist/chinese-days.json'
import type { WorkCalendar } from '../pack/schema'
import { parseDate, toDateString } from './dates'

const holidays = calendar.holidays as Record<string, string>
const adjustedWorkdays = calendar.workdays as Record<string, string>

const years = Object.keys(holidays).map((d) => Number(d.slice(0, 4)))
export const WORKDAY_CALENDAR_YEARS = { from: Math.min(...years), to: Math.max(...years) }
export const WORKDAY_CALENDAR_SOURCE = {
  name: 'chinese-days',
  url: 'https://github.com/vsme/chinese-days',
  note: 'Holidays and adjusted working days from the State Council notices',
}

interface PackYear {
  holidays: Map<string, string>
  workdays: Map<string, string>
  calendar: WorkCalendar
}
let packYears = new Map<number, PackYear>()

/**
 * The pack's calendars (the renderer sets them whenever the pack's table changes). Day names use
 * the package's "English,中文,n" form so every screen reads both the same way.
 */
export function setPackCalendars(calendars: readonly WorkCalendar[]): void {
  packYears = new Map(
    calendars.map((c) => {
      const holidays = new Map<string, string>()
      const workdays = new Map<string, string>()
      c.days.forEach((d, i) => {
        const name = `${d.name.en},${d.name.zh},${i}`
        d.off.forEach((day) => holidays.set(day, name))
        d.work.forEach((day) => workdays.set(day, name))
      })
      return [c.year, { holidays, workdays, calendar: c }]
    }),
  )
}

/** The pack's calendar for a year, when it carries one. */
export function packCalendarFor(year: number): WorkCalendar | null {
  return packYears.get(year)?.calendar ?? null
}

/** The years known to the package or the pack, as one span (the package's years are contiguous). */
export function coveredYears(): { from: number; to: number } {
  const years = [WORKDAY_CALENDAR_YEARS.from, WORKDAY_CALENDAR_YEARS.to, ...packYears.keys()]
  return { from: Math.min(...years), to: Math.max(...years) }
}

export function isCalendarCovered(date: string): boolean {
  const y = Number(date.slice(0, 4))
  return packYears.has(y) || (y >= WORKDAY_CALENDAR_YEARS.from && y <= WORKDAY_CALENDAR_YEARS.to)
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjustedWorkday'

export interface DayInfo {
  kind: DayKind
  /** Holiday name, e.g. "Spring Festival,春节,4" as the package gives it. */
  name?: string
  /** False when the date is outside the covered years and Monday–Friday was assumed. */
  covered: boolean
}

export function dayInfo(date: string): DayInfo {
  const covered = isCalendarCovered(date)
  const pack = packYears.get(Number(date.slice(0, 4)))
  if (pack) {
    const h = pack.holidays.get(date)
    if (h) return { kind: 'holiday', name: h, covered }
    const w = pack.workdays.get(date)
    if (w) return { kind: 'adjustedWorkday', name: w, covered }
  } else if (covered) {
    const h = holidays[date]
    if (h) return { kind: 'holiday', name: h, covered }
    const w = adjustedWorkdays[date]
    if (w) return { kind: 'adjustedWorkday', name: w, covered }
  }
  const weekday = getISODay(parseDate(date)) // 1 = Monday … 7 = Sunday
  return { kind: weekday >= 6 ? 'weekend' : 'workday', covered }
}

export function isWorkday(date: string): boolean {
  const k = dayInfo(date).kind
  return k === 'workday' || k === 'adjustedWorkday'
}

export interface WorkdayRange {
  workdays: string[]
  /** Dates in the range outside the calendar's years, where Monday–Friday was assumed. */
  uncoveredDates: string[]
}

/** Every working day from `from` to `to` inclusive. */
export function workdaysInRange(from: string, to: string): WorkdayRange {
  if (from > to) return { workdays: [], uncoveredDates: [] }
  const workdays: string[] = []
  const uncoveredDates: string[] = []
  for (const d of eachDayOfInterval({ start: parseDate(from), end: parseDate(to) })) {
    const s = toDateString(d)
    if (!isCalendarCovered(s)) uncoveredDates.push(s)
    if (isWorkday(s)) workdays.push(s)
  }
  return { workdays, uncoveredDates }
}
