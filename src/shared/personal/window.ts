// Which of the user's trips a figure is computed from. The window is the 180 days before today
// (today itself not included); when fewer than MIN_IN_WINDOW items fall in it, every item is
// used and the figure says so.
import { addDays } from 'date-fns'
import { parseDate, toDateString } from '../calendar/dates'

export const WINDOW_DAYS = 180
export const MIN_IN_WINDOW = 5

export interface DateWindow {
  /** First day in the window (today − 180 days). */
  from: string
  /** Last day in the window (yesterday). */
  to: string
}

export function windowBefore(today: string): DateWindow {
  const d = parseDate(today)
  return { from: toDateString(addDays(d, -WINDOW_DAYS)), to: toDateString(addDays(d, -1)) }
}

export const inWindow = (w: DateWindow, date: string): boolean => date >= w.from && date <= w.to

/** Items a figure uses, and the window they came from (null: all of them, too few in it). */
export interface Windowed<T> {
  items: T[]
  window: DateWindow | null
}

export function applyWindow<T extends { date: string }>(
  items: readonly T[],
  w: DateWindow,
): Windowed<T> {
  const recent = items.filter((i) => inWindow(w, i.date))
  return recent.length >= MIN_IN_WINDOW
    ? { items: recent, window: w }
    : { items: [...items], window: null }
}
