import { launch, openPage, waitInteractive, UNTHROTTLED_FRAMES } from './browser.mjs'
import { startServer } from '../serve-web.mjs'
const server = await startServer({ dir: 'out-bench/site', port: 4409 })
const ctx = await launch('/tmp/benchx/prof3', process.argv.includes('--unthrottled') ? UNTHROTTLED_FRAMES : [])
let page = await openPage(ctx, server.url + '__bench/index.html')
await waitInteractive(page)
await page.evaluate((n) => window.hujiaBench.seedTrips(n, '2024-01-01', '2024-12-31'), Number(process.env.N ?? 2000))
await page.close()
page = await openPage(ctx, server.url + '#/trips')
await page.waitForSelector('[data-trip-row]')
await page.waitForTimeout(500)
await page.screenshot({ path: '/work/notes/screens/bench-trips.png' })
const info = await page.evaluate(() => {
  const el = document.querySelector('.trip-scroll')
  return { cls: el.className, sh: el.scrollHeight, ch: el.clientHeight, oy: getComputedStyle(el).overflowY, rows: document.querySelectorAll('[data-trip-row]').length }
})
console.log(info)
await ctx.close(); await server.close()
