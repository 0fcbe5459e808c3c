// What `npm run test:bench` (the quick benchmark, a step of `npm test`) checks beyond "it ran":
// the things that do not depend on the machine's speed. Timings themselves are reported, never
// checked here. The run also stops by itself when an import writes the wrong number of trips, the
// statistics see the wrong number, or the search finds nothing (bench.mjs).
import { FIELDS } from './targets.mjs'

const AREA_OF = {
  startupMs: 'startup',
  startupBaselineMs: 'startup',
  startup100kMs: 'startup',
  initialJsGzKB: 'startup',
  import100kMs: 'import',
  rawBulkAdd100kMs: 'import',
  billImport10kMs: 'import',
  yearStats100kMs: 'stats',
  yearStatsFloorMs: 'stats',
  personalStats100kMs: 'stats',
  personalStatsFloorMs: 'stats',
  searchP95Ms: 'search',
  listDomRows: 'list',
  scrollFrameP95Ms: 'list',
  heapMB: 'list',
  syncFirst100kRequests: 'sync',
  syncFirst100kMs: 'sync',
  syncIncrementalRequests: 'sync',
  syncIncrementalMs: 'sync',
}

/** The failed checks, in words (empty when all pass). */
export function checkResults(r, areas, sizes) {
  const failed = []
  for (const { key } of FIELDS) {
    if (!areas.includes(AREA_OF[key])) continue
    if (typeof r[key] !== 'number' || !Number.isFinite(r[key]) || r[key] < 0)
      failed.push(`${key} is ${r[key]}, not a measurement`)
  }
  // The trip list renders a window of rows, not one per trip.
  if (areas.includes('list') && !(r.listDomRows > 0 && r.listDomRows <= 100))
    failed.push(`${r.listDomRows} trip rows in the DOM for ${sizes.listTrips} trips (want 1–100)`)
  // What the first screen downloads is a size, the same on any machine.
  if (areas.includes('startup') && !(r.initialJsGzKB <= 250))
    failed.push(`the first screen loads ${r.initialJsGzKB} KB of gzipped JS (budget 250)`)
  // The year's statistics saw commute days (the generated log has trips on every day).
  const days = r.details?.yearStatsCommuteDays
  if (areas.includes('stats') && !(days > 0 && days <= 366))
    failed.push(`the year statistics count ${days} commute days`)
  return failed
}
