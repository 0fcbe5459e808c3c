import { useMemo } from 'react'
import { today } from '@shared/calendar/dates'
import type { PeriodKind } from '@shared/stats/period'
import { computeStats, type Stats } from '@shared/stats/summary'
import { workdayReport, type WorkdayReport } from '@shared/stats/workday-report'
import type { Trip } from '@shared/trips/schema'
import { useTripsBetween } from '@renderer/db/stats'
import { useWorkCalendars } from '@renderer/db/work-calendars'

/** A period's trips (in date order) and their statistics, live; null while loading. */
export function usePeriod(
  kind: PeriodKind,
  from: string,
  to: string,
): { trips: Trip[]; stats: Stats } | null {
  const trips = useTripsBetween(from, to)
  return useMemo(
    () => (trips ? { trips, stats: computeStats(trips, { kind, from, to }) } : null),
    [trips, kind, from, to],
  )
}

export function usePeriodStats(kind: PeriodKind, from: string, to: string): Stats | null {
  return usePeriod(kind, from, to)?.stats ?? null
}

/** Working days against commute days, counted up to today. */
export function useWorkdays(stats: Stats | null): WorkdayReport | null {
  const calendars = useWorkCalendars()
  return useMemo(() => {
    if (!stats || !calendars) return null
    const commuteDates = stats.days.filter((d) => d.commuteTrips > 0).map((d) => d.date)
    return workdayReport(stats.period, commuteDates, today())
  }, [stats, calendars])
}
