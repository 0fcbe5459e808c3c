// The statistics dashboard for one year of the stored log: the trips come through the query the
// screen uses (db/stats.ts tripsBetween, not timed), then the work the dashboard does on them is
// timed — features/stats/dashboard.tsx via use-stats.ts: computeStats for the period and for the
// period before (the comparison line), and workdayReport for the period.
import { tripsBetween } from '@renderer/db/stats'
import { today } from '@shared/calendar/dates'
import { periodContaining, previousPeriod } from '@shared/stats/period'
import { computeStats } from '@shared/stats/summary'
import { workdayReport } from '@shared/stats/workday-report'

/** `runs` timed dashboard computations after one cold one (reported apart). */
async function yearStats(
  anyDateInYear: string,
  runs: number,
): Promise<{ ms: number[]; trips: number; coldMs: number }> {
  const year = periodContaining('year', anyDateInYear)
  const prev = previousPeriod(year)
  const [trips, before] = await Promise.all([
    tripsBetween(year.from, year.to),
    tripsBetween(prev.from, prev.to),
  ])
  const once = () => {
    const t0 = performance.now()
    const stats = computeStats(trips, { kind: year.kind, from: year.from, to: year.to })
    computeStats(before, { kind: prev.kind, from: prev.from, to: prev.to })
    const commuteDates = stats.days.filter((d) => d.commuteTrips > 0).map((d) => d.date)
    workdayReport(stats.period, commuteDates, today())
    return performance.now() - t0
  }
  const coldMs = once()
  const ms: number[] = []
  for (let i = 0; i < runs; i++) ms.push(once())
  return { ms, trips: trips.length, coldMs }
}

export const statsApi = { yearStats }
