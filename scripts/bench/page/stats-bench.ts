// The statistics dashboard's whole update for one year of the stored log, as
// features/stats/dashboard.tsx does it through use-stats.ts: the period's and the period before's
// trips read through the date index (db/stats.ts tripsBetween), computeStats for both, and the
// workday report. Beside it, in the same run, the floor: the same two indexed reads alone.
import { tripsBetween } from '@renderer/db/stats'
import { today } from '@shared/calendar/dates'
import { periodContaining, previousPeriod } from '@shared/stats/period'
import { computeStats } from '@shared/stats/summary'
import { workdayReport } from '@shared/stats/workday-report'

/**
 * `runs` timed updates and `runs` timed reads alone, alternating so drift on the machine hits both
 * alike, after one cold update (reported apart). `trips` and `commuteDays` are the update's
 * answer, for the benchmark to check.
 */
async function yearStats(
  anyDateInYear: string,
  runs: number,
): Promise<{
  ms: number[]
  floorMs: number[]
  coldMs: number
  trips: number
  readTrips: number
  commuteDays: number
}> {
  const year = periodContaining('year', anyDateInYear)
  const prev = previousPeriod(year)
  const read = () =>
    Promise.all([tripsBetween(year.from, year.to), tripsBetween(prev.from, prev.to)])
  const update = async () => {
    const t0 = performance.now()
    const [trips, before] = await read()
    const stats = computeStats(trips, { kind: year.kind, from: year.from, to: year.to })
    computeStats(before, { kind: prev.kind, from: prev.from, to: prev.to })
    const commuteDates = stats.days.filter((d) => d.commuteTrips > 0).map((d) => d.date)
    workdayReport(stats.period, commuteDates, today())
    return { ms: performance.now() - t0, trips: stats.trips, commuteDays: stats.commuteDays }
  }
  const floor = async () => {
    const t0 = performance.now()
    const [trips] = await read()
    return { ms: performance.now() - t0, trips: trips.length }
  }
  const cold = await update()
  const ms: number[] = []
  const floorMs: number[] = []
  let readTrips = 0
  for (let i = 0; i < runs; i++) {
    const f = await floor()
    floorMs.push(f.ms)
    readTrips = f.trips
    ms.push((await update()).ms)
  }
  return {
    ms,
    floorMs,
    coldMs: cold.ms,
    trips: cold.trips,
    readTrips,
    commuteDays: cold.commuteDays,
  }
}

export const statsApi = { yearStats }
