// Where the time goes, for when a benchmark target is missed: a CPU profile (self time per
// function, top N) of one area, on the build `npm run bench` left in out-bench/site.
//   node scripts/bench/profile.mjs startup [--route trips] [--trips 10000]
//   node scripts/bench/profile.mjs scroll  [--trips 100000]
//   node scripts/bench/profile.mjs import  [--trips 20000]
//   node scripts/bench/profile.mjs scripts [--route trips]   (the .js files loaded before ready)
//   common: --dir out-bench/site  --top 25
import { rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { launch, openPage, UNTHROTTLED_FRAMES, waitInteractive } from './browser.mjs'
import { percentile } from './numbers.mjs'
import { startServer } from '../serve-web.mjs'

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'out-bench/site' },
    route: { type: 'string', default: '' },
    trips: { type: 'string' },
    top: { type: 'string', default: '25' },
  },
})
const area = positionals[0]
const DEFAULT_TRIPS = { startup: 10_000, scripts: 0, scroll: 100_000, import: 20_000 }
if (!(area in DEFAULT_TRIPS)) throw new Error('area: startup | scroll | import | scripts')
const trips = Number(opt.trips ?? DEFAULT_TRIPS[area])

const server = await startServer({ dir: opt.dir })
const profileDir = join(tmpdir(), `hujia-profile-${process.pid}`)
const context = await launch(profileDir, area === 'scroll' ? UNTHROTTLED_FRAMES : [])
const appUrl = `${server.url}${opt.route ? `#/${opt.route}` : ''}`

async function harness(fn, ...args) {
  const page = await openPage(context, `${server.url}__bench/index.html`)
  await waitInteractive(page)
  const r = await page.evaluate(({ fn, args }) => window.hujiaBench[fn](...args), { fn, args })
  await page.close()
  return r
}

async function profiled(page, run) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const result = await run()
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.detach()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame
    const key = `${functionName || '(anonymous)'}  ${url.split('/').pop()}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(opt.top))
  console.log(top.map(([k, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${k}`).join('\n'))
  return result
}

try {
  if (trips > 0 && area !== 'import') await harness('seedTrips', trips, '2024-01-01', '2024-12-31')
  if (area === 'startup' || area === 'scripts') {
    await openPage(context, appUrl).then((p) => waitInteractive(p).then(() => p.close())) // warm-up
    const page = await openPage(context)
    const bodies = new Map()
    page.on('response', (r) => {
      // A late chunk's body may never be read: its rejection when the page closes is expected.
      const body = r.body()
      body.catch(() => {})
      bodies.set(r.url(), body)
    })
    const timeline = await profiled(page, async () => {
      await page.goto(appUrl)
      await waitInteractive(page)
      return page.evaluate(() => {
        const ready = performance.getEntriesByName('hujia:interactive', 'mark')[0].startTime
        return {
          ready,
          resources: performance.getEntriesByType('resource').map((r) => ({
            name: r.name,
            start: r.startTime,
            end: r.responseEnd,
          })),
        }
      })
    })
    console.log(`\ninteractive at ${timeline.ready.toFixed(0)} ms; resources (start → end, gzip):`)
    for (const r of timeline.resources) {
      const body = bodies.get(r.name)
      const gz = body ? `${(gzipSync(await body).length / 1024).toFixed(1)} KB` : ''
      const late = r.start >= timeline.ready ? '  (after ready)' : ''
      console.log(
        `  ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)}  ${gz.padStart(9)}  ${new URL(r.name).pathname}${late}`,
      )
    }
  } else if (area === 'scroll') {
    const page = await openPage(context, `${server.url}#/trips`)
    await page.waitForSelector('[data-trip-row]', { timeout: 180_000 })
    const frames = await profiled(page, () =>
      page.evaluate(
        () =>
          new Promise((ok) => {
            const el = document.querySelector('[data-trip-row]').closest('.trip-scroll')
            const times = []
            let last = null
            const tick = (t) => {
              if (last !== null) times.push(t - last)
              last = t
              if (times.length >= 300) return ok(times)
              el.scrollTop += 120
              requestAnimationFrame(tick)
            }
            requestAnimationFrame(tick)
          }),
      ),
    )
    console.log(
      `\nframes: p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms`,
    )
  } else if (area === 'import') {
    const page = await openPage(context, `${server.url}__bench/index.html`)
    await waitInteractive(page)
    await page.evaluate(
      (n) => window.hujiaBench.prepareImport(n, '2024-01-01', '2024-12-31'),
      trips,
    )
    const r = await profiled(page, () => page.evaluate(() => window.hujiaBench.importOnce()))
    console.log(`\nimport of ${trips} trips:`, r)
    console.log('bulkAdd floor:', await page.evaluate(() => window.hujiaBench.rawBulkAddOnce()))
  }
} finally {
  await context.close()
  await server.close()
  rmSync(profileDir, { recursive: true, force: true })
}
