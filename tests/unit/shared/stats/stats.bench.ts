// Speed is measured here, never asserted: `npx vitest bench --run tests/unit/shared/stats`.
// The target: a year of a 100,000-trip log well under 50 ms.
import { bench, describe } from 'vitest'
import { computeStats } from '../../../../src/shared/stats/summary'
import { heatmap } from '../../../../src/shared/stats/heatmap'
import { periodContaining } from '../../../../src/shared/stats/period'
import { railRides, replayPass, DEFAULT_PASS_RULES } from '../../../../src/shared/stats/rail-pass'
import { workdayReport } from '../../../../src/shared/stats/workday-report'
import { generateTrips } from '../../../../scripts/bench/page/generate'

const year = periodContaining('year', '2024-06-01')
// Cloned like rows read from IndexedDB: no string shared with the generator's literals.
const trips = structuredClone(generateTrips(100_000, year.from, year.to))

describe('a year of 100,000 trips', () => {
  bench('computeStats', () => {
    computeStats(trips, year)
  })
  bench('dashboard: stats + workdays + heatmap', () => {
    const s = computeStats(trips, year)
    workdayReport(
      year,
      s.days.filter((d) => d.commuteTrips > 0).map((d) => d.date),
    )
    heatmap(s.days)
  })
  bench('rail pass replay', () => {
    replayPass(railRides(trips), DEFAULT_PASS_RULES, year.to)
  })
})
