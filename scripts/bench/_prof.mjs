// Ad-hoc: CPU profile of scrolling the trips list.
import { launch, openPage, waitInteractive, UNTHROTTLED_FRAMES } from './browser.mjs'
import { startServer } from '../serve-web.mjs'
const server = await startServer({ dir: process.env.DIR ?? 'out-bench/site', port: 4409 })
const ctx = await launch('/tmp/benchx/prof4', UNTHROTTLED_FRAMES)
let page = await openPage(ctx, server.url + '__bench/index.html')
await waitInteractive(page)
await page.evaluate((n) => window.hujiaBench.seedTrips(n, '2024-01-01', '2024-12-31'), Number(process.env.N ?? 2000))
await page.close()
page = await openPage(ctx, server.url + '#/trips')
await page.waitForSelector('[data-trip-row]')
await page.waitForTimeout(500)
const cdp = await ctx.newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
const times = await page.evaluate(() => new Promise((ok) => {
  const el = document.querySelector('.trip-scroll'); const ts = []; let last = null
  const f = (t) => { if (last !== null) ts.push(t - last); last = t; if (ts.length >= 200) return ok(ts); el.scrollTop += 120; requestAnimationFrame(f) }
  requestAnimationFrame(f)
}))
const { profile } = await cdp.send('Profiler.stop')
const s = [...times].sort((a, b) => a - b)
console.log('frames p50', s[100], 'p95', s[190], 'max', s.at(-1), 'sum', times.reduce((a, b) => a + b, 0).toFixed(0))
// self time per function
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000) })
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'))
await ctx.close(); await server.close()
