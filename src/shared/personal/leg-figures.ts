// The user's own figures for one leg: how many times they travelled it, the median and 90th
// percentile of the minutes they logged, and what they paid. Over the window's legs, or all of
// them when fewer than five fall in the window (window.ts).
import { fareHistory, type FareHistory } from './fares'
import type { LoggedLeg } from './legs'
import { spreadOf, type Spread } from './percentile'
import { applyWindow, type DateWindow } from './window'

export interface LegFigures {
  /** Legs the figures are from. */
  n: number
  /** The window they fell in; null: all the user's legs (fewer than five in the window). */
  window: DateWindow | null
  /** From the legs with minutes logged; null when none has. */
  minutes: Spread | null
  fare: FareHistory | null
}

/** Null when the user never logged the leg. */
export function legFigures(legs: readonly LoggedLeg[], w: DateWindow): LegFigures | null {
  if (legs.length === 0) return null
  const { items, window } = applyWindow(legs, w)
  const timed = items.flatMap((l) =>
    l.minutes === null ? [] : [{ date: l.date, value: l.minutes }],
  )
  return {
    n: items.length,
    window,
    minutes: timed.length > 0 ? spreadOf(timed) : null,
    fare: fareHistory(items),
  }
}
