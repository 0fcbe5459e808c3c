// The list's data: the date range read through the index, newest page first, then direction,
// mode, card and text filters in memory (deferred, so typing stays responsive with 100,000 trips).
import { useDeferredValue, useMemo } from 'react'
import { useTripsInRange } from '@renderer/db/trips'
import { listRows, tripMatcher, type ListRow, type TripFilter } from '@shared/trips/filter'
import type { Trip } from '@shared/trips/schema'
import { tripTotals, type TripTotals } from '@shared/trips/trip-math'

export interface TripListData {
  /** undefined while the first read runs. */
  trips: Trip[] | undefined
  /** False while older trips are still being read: the totals are then partial. */
  complete: boolean
  filtered: Trip[]
  rows: ListRow[]
  totals: TripTotals
}

const NONE: Trip[] = []

export function useTripList(filter: TripFilter): TripListData {
  const { trips, complete } = useTripsInRange(filter.from, filter.to)
  const text = useDeferredValue(filter.text)
  const { direction, mode, cardId } = filter
  const matcher = useMemo(
    () => tripMatcher({ direction, mode, cardId, text }),
    [direction, mode, cardId, text],
  )
  const filtered = useMemo(() => {
    const all = trips ?? NONE
    return matcher ? all.filter(matcher) : all
  }, [trips, matcher])
  const rows = useMemo(() => listRows(filtered), [filtered])
  const totals = useMemo(() => tripTotals(filtered), [filtered])
  return { trips, complete, filtered, rows, totals }
}
