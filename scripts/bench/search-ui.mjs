// A detail next to searchP95Ms: the same typing in the real hospitals screen (#/hospitals), from
// each keystroke's input event to the frame after React has rendered the new results. Run in
// the UNTHROTTLED_FRAMES browser so the next frame is not held back to a 60 Hz tick.
import { assertNoErrors, openPage, waitInteractive } from './browser.mjs'
import { percentile } from './numbers.mjs'

const INPUT = '#hospital-search-input'

/** `queries`: the ones the harness times (page/queries.json), typed one character at a time. */
export async function measureSearchUi(context, { baseUrl, queries, runs }) {
  const page = await openPage(context, `${baseUrl}#/hospitals`)
  await waitInteractive(page)
  await page.waitForSelector(INPUT, { timeout: 60_000 })
  await page.evaluate(() => {
    window.__keyLatency = []
    document.addEventListener(
      'input',
      (e) => {
        // Clearing the box between queries is not a keystroke of the search.
        if (e.target.value === '') return
        const t0 = e.timeStamp
        requestAnimationFrame(() => {
          const ch = new MessageChannel()
          ch.port1.onmessage = () => window.__keyLatency.push(performance.now() - t0)
          ch.port2.postMessage(0)
        })
      },
      true,
    )
  })
  const input = page.locator(INPUT)
  const p95s = []
  for (let run = 0; run <= runs; run++) {
    const from = await page.evaluate(() => window.__keyLatency.length)
    for (const query of queries) {
      await input.fill('')
      for (const ch of query) {
        const n = await page.evaluate(() => window.__keyLatency.length)
        await page.keyboard.type(ch)
        await page.waitForFunction((n) => window.__keyLatency.length > n, n)
      }
    }
    const typed = (await page.evaluate(() => window.__keyLatency)).slice(from)
    if (run > 0) p95s.push(percentile(typed, 95)) // run 0 warms up
  }
  assertNoErrors(page, '#/hospitals')
  await page.close()
  return p95s
}
