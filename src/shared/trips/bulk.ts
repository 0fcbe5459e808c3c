// Bulk entry: one trip from a saved commute on every Chinese working day of a date range.
import { differenceInCalendarDays } from 'date-fns'
import { isDateString, parseDate } from '../calendar/dates'
import { workdaysInRange } from '../calendar/workdays'
import { commuteDayKey } from './identity'
import { tripOnDate, type NewRecordOptions } from './quick-entry'
import { MIN_TRIP_DATE, type CommuteTemplate, type Trip } from './schema'

/** A year and a bit: longer ranges are almost always a typo in the year. */
export const MAX_BULK_DAYS = 400

export type BulkPlanError = 'bulk.badRange' | 'bulk.rangeTooLong' | 'validation.dateTooEarly'

export interface BulkPlan {
  trips: Trip[]
  /** Working days already holding this commute in its direction: not logged again. */
  alreadyLogged: string[]
  /** Working days after tomorrow: trips cannot be logged ahead. */
  future: string[]
  /** Dates outside the workday calendar's years, where Monday–Friday was assumed. */
  uncoveredDates: string[]
}

export interface BulkInput {
  template: CommuteTemplate
  from: string
  to: string
  tomorrow: string
  /** Trips already in the log for the range, to avoid logging a commute twice. */
  existing?: Iterable<Trip>
}

export function planBulkEntry(
  input: BulkInput,
  opts: NewRecordOptions = {},
): { ok: true; plan: BulkPlan } | { ok: false; error: BulkPlanError } {
  const { template, from, to, tomorrow } = input
  if (!isDateString(from) || !isDateString(to) || from > to)
    return { ok: false, error: 'bulk.badRange' }
  if (from < MIN_TRIP_DATE) return { ok: false, error: 'validation.dateTooEarly' }
  if (differenceInCalendarDays(parseDate(to), parseDate(from)) + 1 > MAX_BULK_DAYS)
    return { ok: false, error: 'bulk.rangeTooLong' }
  const { workdays, uncoveredDates } = workdaysInRange(from, to)
  const logged = new Set<string>()
  for (const t of input.existing ?? []) logged.add(commuteDayKey(t))
  const plan: BulkPlan = { trips: [], alreadyLogged: [], future: [], uncoveredDates }
  for (const date of workdays) {
    if (date > tomorrow) {
      plan.future.push(date)
      continue
    }
    const trip = tripOnDate(template, date, opts)
    if (logged.has(commuteDayKey(trip))) plan.alreadyLogged.push(date)
    else plan.trips.push(trip)
  }
  return { ok: true, plan }
}
