// The performance benchmark (issue 10): `npm run bench` builds the app into out-bench/ (never
// out/, which `npm start` and electron-builder use), serves it on 127.0.0.1, drives Debian's
// Chromium, prints a table and writes <out-dir>/results.json (outside the repository's tracked
// files; README and docs/performance.md carry the figures). Every field is the median of --runs
// runs (at least 5; startup takes at least 25 loads of each page, see SIZES). Timings are reported
// against the targets, never asserted.
//
//   npm run bench                     full sizes (10k trips for startup, 100k for import/list/stats)
//   npm run bench -- --quick          small sizes, well under a minute
//   npm run test:bench                --quick --check: a step of `npm test` (see bench/check.mjs)
//   options: --runs N  --no-build  --out-dir DIR  --results FILE (default <out-dir>/results.json)  --port N  --markdown
//            --only startup,import,stats,search,list,sync   (for profiling one area; fields left out are null)
// The sync area starts Debian's Apache with mod_dav on 127.0.0.1 (tests/servers/webdav.mjs).
//            --config FILE   build with another electron-vite config, to measure a fix before making it
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { prepareSite } from './bench/build.mjs'
import {
  chromiumVersion,
  launch,
  openPage,
  UNTHROTTLED_FRAMES,
  waitInteractive,
} from './bench/browser.mjs'
import { measureListOnce } from './bench/list.mjs'
import { median, percentile, round } from './bench/numbers.mjs'
import { measureSearchUi } from './bench/search-ui.mjs'
import { measureStartup } from './bench/startup.mjs'
import { checkResults } from './bench/check.mjs'
import { FIELDS, formatTable, markdownTable } from './bench/targets.mjs'
import { startServer } from './serve-web.mjs'
import { startWebdav } from '../tests/servers/webdav.mjs'

const SIZES = {
  full: {
    startupTrips: 10_000,
    // The same start with a large log (startup100kMs): start-up must not grow with the log.
    startupBigTrips: 100_000,
    // Single loads on a small VM vary by ±40 %: startup takes the median of this many loads (at
    // least --runs), which costs seconds, where the other areas take --runs.
    startupLoads: 25,
    importTrips: 100_000,
    billRows: 10_000,
    listTrips: 100_000,
    hospitals: 5_000,
    scrollFrames: 300,
    syncTrips: 100_000,
  },
  quick: {
    startupTrips: 200,
    startupBigTrips: 2_000,
    startupLoads: 5,
    importTrips: 1_000,
    billRows: 100,
    listTrips: 1_000,
    hospitals: 500,
    scrollFrames: 60,
    syncTrips: 1_000,
  },
}
/** The generated log covers one calendar year; the statistics measure that year. */
const YEAR = { from: '2024-01-01', to: '2024-12-31', anyDate: '2024-06-01', dayAfter: '2025-01-01' }
const AREAS = ['startup', 'import', 'stats', 'search', 'list', 'sync']

const { values: opt } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: 'out-bench' },
    results: { type: 'string' },
    port: { type: 'string', default: '0' },
    markdown: { type: 'boolean', default: false },
    only: { type: 'string' },
    config: { type: 'string' },
  },
})
const runs = Number(opt.runs)
if (!Number.isInteger(runs) || runs < 5)
  throw new Error('--runs must be a whole number, at least 5')
const sizes = opt.quick ? SIZES.quick : SIZES.full
const areas = opt.only ? opt.only.split(',') : AREAS
for (const a of areas) if (!AREAS.includes(a)) throw new Error(`--only: unknown area "${a}"`)
const outDir = resolve(opt['out-dir'])
const resultsFile = resolve(opt.results ?? join(outDir, 'results.json'))

const log = (msg) => console.log(`[bench] ${msg}`)
const elapsed = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`

const t0 = performance.now()
// Other work on the machine inflates every timing; say so rather than report it as the app's.
const loadBefore = loadavg()[0]
if (loadBefore > cpus().length) {
  log(
    `warning: load average ${loadBefore.toFixed(1)} on ${cpus().length} cores; timings will be inflated`,
  )
}
const site = await prepareSite({ outDir, skipBuild: opt['no-build'], config: opt.config })
log(`${opt['no-build'] ? 'reused' : 'built'} ${site} in ${elapsed(t0)}`)
const server = await startServer({ dir: site, port: Number(opt.port) })
const profile = join(outDir, 'profile')
rmSync(profile, { recursive: true, force: true })
mkdirSync(profile, { recursive: true })

const samples = {}
const details = {}
let chromium
const harnessUrl = `${server.url}__bench/index.html`

/** The harness page: the app's modules, exposed as window.hujiaBench (scripts/bench/page). */
async function withHarness(context, fn, url = harnessUrl) {
  const page = await openPage(context, url)
  await waitInteractive(page)
  try {
    const call = (name, ...args) =>
      page.evaluate(({ name, args }) => window.hujiaBench[name](...args), { name, args })
    return await fn(call, page)
  } finally {
    await page.close()
  }
}

async function seed(context, count, url = harnessUrl) {
  const t = performance.now()
  const stored = await withHarness(
    context,
    (call) => call('seedTrips', count, YEAR.from, YEAR.to),
    url,
  )
  if (stored !== count) throw new Error(`seeded ${stored} trips, expected ${count}`)
  log(`stored ${count.toLocaleString('en')} trips in ${elapsed(t)}`)
}

let context = null
let bigServer = null
try {
  context = await launch(profile)
  chromium = await withHarness(context, (_call, page) => chromiumVersion(page))

  if (areas.includes('startup')) {
    await seed(context, sizes.startupTrips)
    // The large log lives on a second origin (another port: its own IndexedDB), so its loads
    // alternate with the small log's and drift on the machine hits both alike.
    bigServer = await startServer({ dir: site, port: 0 })
    await seed(context, sizes.startupBigTrips, `${bigServer.url}__bench/index.html`)
    const t = performance.now()
    const loads = Math.max(runs, sizes.startupLoads)
    const r = await measureStartup(context, {
      baseUrl: server.url,
      bigUrl: bigServer.url,
      site,
      runs: loads,
    })
    samples.startupMs = r.app
    samples.startupBaselineMs = r.baseline
    samples.startup100kMs = r.big
    samples.initialJsGzKB = r.js
    // App and baseline load in alternation: the ratio within each pair shrugs off slow spells.
    details.startupRatioMedian = round(median(r.app.map((ms, i) => ms / r.baseline[i])), 2)
    details.startup100kRatioMedian = round(median(r.big.map((ms, i) => ms / r.app[i])), 2)
    log(
      `startup: ${loads} + 1 warm-up loads each of the app (${sizes.startupTrips.toLocaleString('en')} and ${sizes.startupBigTrips.toLocaleString('en')} trips) and the baseline in ${elapsed(t)}`,
    )
  }

  if (areas.includes('import') || areas.includes('stats') || areas.includes('search')) {
    await withHarness(context, async (call) => {
      if (areas.includes('import')) {
        const t = performance.now()
        const bytes = await call('prepareImport', sizes.importTrips, YEAR.from, YEAR.to)
        details.importCsvMB = round(bytes / 1024 / 1024, 1)
        samples.import100kMs = []
        samples.rawBulkAdd100kMs = []
        const parts = {}
        // Alternate the two so drift on the machine hits both alike.
        for (let i = 0; i < runs; i++) {
          const imp = await call('importOnce')
          const raw = await call('rawBulkAddOnce')
          for (const [what, r] of [
            ['import', imp],
            ['bulkAdd', raw],
          ]) {
            if (r.written !== sizes.importTrips) throw new Error(`${what} wrote ${r.written} trips`)
          }
          samples.import100kMs.push(imp.ms)
          samples.rawBulkAdd100kMs.push(raw.ms)
          for (const part of ['readMs', 'previewMs', 'commitMs'])
            (parts[part] ??= []).push(imp[part])
        }
        // Where the import's time goes: read + validate, preview against the log, commit.
        for (const [part, v] of Object.entries(parts)) details[`import_${part}`] = round(median(v))
        log(
          `import: ${runs} imports and ${runs} bulkAdds of ${sizes.importTrips.toLocaleString('en')} trips in ${elapsed(t)}`,
        )
        // A bill of a tenth the size, previewed and committed as the bill dialog does; compared
        // with a tenth of the trips CSV import (target: at most twice that).
        const tb = performance.now()
        await call('prepareBill', sizes.billRows, YEAR.from, YEAR.to)
        samples.billImport10kMs = []
        for (let i = 0; i < runs; i++) {
          const r = await call('billImportOnce')
          if (r.rows !== sizes.billRows) throw new Error(`the bill read ${r.rows} rows`)
          if (r.written === 0) throw new Error('the bill import wrote no trips')
          samples.billImport10kMs.push(r.ms)
        }
        details.billImportRatio = round(
          median(samples.billImport10kMs) / (median(samples.import100kMs) / 10),
          2,
        )
        log(
          `bills: ${runs} imports of a ${sizes.billRows.toLocaleString('en')}-row bill in ${elapsed(tb)}`,
        )
      }
      if (areas.includes('stats')) {
        await call('seedTrips', sizes.listTrips, YEAR.from, YEAR.to)
        const r = await call('yearStats', YEAR.anyDate, runs)
        if (r.trips !== sizes.listTrips || r.readTrips !== sizes.listTrips)
          throw new Error(`the year holds ${r.trips} trips (read alone: ${r.readTrips})`)
        samples.yearStats100kMs = r.ms
        samples.yearStatsFloorMs = r.floorMs
        details.yearStatsColdMs = round(r.coldMs)
        details.yearStatsCommuteDays = r.commuteDays
        // The route screen's own figures on the day after the generated year: its window is the
        // year's second half.
        const p = await call('personalStats', YEAR.dayAfter, runs)
        if (p.trips !== sizes.listTrips) throw new Error(`the figures read ${p.trips} trips`)
        samples.personalStats100kMs = p.ms
        samples.personalStatsFloorMs = p.floorMs
        details.personalStatsLegs = p.legs
      }
      if (areas.includes('search')) {
        const stored = await call('installHospitalPack', sizes.hospitals)
        if (stored !== sizes.hospitals) throw new Error(`the pack holds ${stored} hospitals`)
        const first = await call('searchRun') // warm-up (builds the index), not counted
        details.searchIndexBuildMs = round(first.buildMs)
        details.searchColdP95Ms = round(percentile(first.ms, 95), 2)
        details.searchKeystrokesPerRun = first.ms.length
        samples.searchP95Ms = []
        for (let i = 0; i < runs; i++) {
          const r = await call('searchRun')
          if (r.hits === 0 || r.hospitals !== sizes.hospitals)
            throw new Error('the search saw no hospitals')
          samples.searchP95Ms.push(percentile(r.ms, 95))
        }
      }
    })
  }

  if (areas.includes('sync')) {
    const t = performance.now()
    const dav = await startWebdav()
    try {
      await withHarness(context, async (call) => {
        const n = sizes.syncTrips
        const first = await call(
          'syncPrepare',
          dav.url,
          dav.user,
          dav.password,
          n,
          YEAR.from,
          YEAR.to,
        )
        details.syncUpload100kRequests = first.requests
        details.syncUpload100kMs = round(first.ms)
        samples.syncFirst100kMs = []
        samples.syncFirst100kRequests = []
        samples.syncIncrementalMs = []
        samples.syncIncrementalRequests = []
        const parts = {
          send: [],
          get: [],
          sendRequests: [],
          getRequests: [],
          apply: [],
          pending: [],
        }
        for (let i = 0; i < runs; i++) {
          const r = await call('syncFirstOnce')
          if (r.trips !== n) throw new Error(`the second device holds ${r.trips} trips, not ${n}`)
          samples.syncFirst100kMs.push(r.ms)
          samples.syncFirst100kRequests.push(r.requests)
          parts.apply.push(r.storeMs.apply ?? 0)
          parts.pending.push(r.storeMs.pending ?? 0)
          // Each run is the first second device: the previous one's folder goes (not the last).
          if (i < runs - 1)
            rmSync(join(dav.dir, first.folder, r.device), { recursive: true, force: true })
        }
        for (let i = 0; i < runs; i++) {
          const r = await call('syncIncrementalOnce')
          if (!r.arrived) throw new Error('the new trip did not reach the second device')
          // One new trip from A to B: A's sync that sends it, then B's that receives it.
          samples.syncIncrementalMs.push(r.sendMs + r.getMs)
          samples.syncIncrementalRequests.push(Math.max(r.sendRequests, r.getRequests))
          parts.send.push(r.sendMs)
          parts.get.push(r.getMs)
          parts.sendRequests.push(r.sendRequests)
          parts.getRequests.push(r.getRequests)
        }
        // Where a first sync's time goes: merging into the database, then finding own changes.
        details.syncFirst_applyMs = round(median(parts.apply))
        details.syncFirst_pendingMs = round(median(parts.pending))
        details.syncIncrementalSendMs = round(median(parts.send))
        details.syncIncrementalGetMs = round(median(parts.get))
        details.syncIncrementalSendRequests = median(parts.sendRequests)
        details.syncIncrementalGetRequests = median(parts.getRequests)
      })
    } finally {
      await dav.stop()
    }
    log(
      `sync: ${runs} first syncs of ${sizes.syncTrips.toLocaleString('en')} trips and ${runs} incremental ones in ${elapsed(t)}`,
    )
  }

  if (areas.includes('list') || areas.includes('search')) {
    if (areas.includes('list')) await seed(context, sizes.listTrips)
    await context.close()
    context = await launch(profile, UNTHROTTLED_FRAMES)
  }

  if (areas.includes('search')) {
    const queries = JSON.parse(readFileSync(new URL('./bench/page/queries.json', import.meta.url)))
    const p95s = await measureSearchUi(context, { baseUrl: server.url, queries, runs })
    details.searchUiP95Ms = round(median(p95s))
  }

  if (areas.includes('list')) {
    const t = performance.now()
    samples.listDomRows = []
    samples.scrollFrameP95Ms = []
    samples.heapMB = []
    const firstRows = []
    const allRows = []
    for (let i = 0; i < runs; i++) {
      const r = await measureListOnce(context, {
        baseUrl: server.url,
        frames: sizes.scrollFrames,
        expectTrips: sizes.listTrips,
      })
      samples.listDomRows.push(r.rows)
      samples.scrollFrameP95Ms.push(percentile(r.frameMs, 95))
      samples.heapMB.push(r.heapMB)
      firstRows.push(r.firstRowsMs)
      allRows.push(r.allRowsMs)
    }
    details.listFirstRowsMs = round(median(firstRows))
    details.listAllRowsMs = round(median(allRows))
    log(
      `list: ${runs} loads of #/trips with ${sizes.listTrips.toLocaleString('en')} trips in ${elapsed(t)}`,
    )
  }
} finally {
  await context?.close()
  await server.close()
  await bigServer?.close()
  rmSync(profile, { recursive: true, force: true })
}

const results = {}
for (const { key } of FIELDS) {
  const s = samples[key]
  results[key] = s ? round(median(s), key === 'searchP95Ms' ? 2 : 1) : null
}
const cpuList = cpus()
Object.assign(results, {
  machine: {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    os: `${osType()} ${release()}`,
    loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0], 1) },
  },
  chromium,
  date: new Date().toISOString(),
  quick: opt.quick,
  runs,
  sizes,
  details,
  samples: Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [k, v.map((x) => round(x, 2))]),
  ),
})
mkdirSync(outDir, { recursive: true })
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n')

console.log(
  `\nHuJia Commute benchmark${opt.quick ? ' (--quick: small sizes, not comparable)' : ''} — ` +
    `${results.machine.cpu}, ${results.machine.cores} cores (load average ${results.machine.loadAverage.before}), Chromium ${chromium}, median of ${runs} runs\n`,
)
console.log(opt.markdown ? markdownTable(results) : formatTable(results))
log(`wrote ${resultsFile} (${elapsed(t0)} in all)`)

if (opt.check) {
  const failed = checkResults(results, areas, sizes)
  for (const f of failed) console.error(`[bench] check failed: ${f}`)
  if (failed.length > 0) process.exit(1)
  log(
    'checks passed: every field measured, the list virtualized, the first screen within budget, the year statistics complete',
  )
}
