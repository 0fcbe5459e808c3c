// startupMs, startupBaselineMs, startup100kMs and initialJsGzKB. Each run opens a new tab (the
// server sends no-store, so nothing is cached between runs) and reads the interactive marker; the
// app, the baseline and the app with the large log (another origin) alternate so drift on the
// machine hits all alike. Run 0 of each is a warm-up and not counted
// (it also lets the baseline create its database). initialJsGzKB: every .js file whose download
// started before the marker, each gzipped alone at zlib's default level (6), summed. The files
// are read from the served folder after the load: asking the browser for response bodies during
// the load would add work to the app's loads that the baseline's do not have.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { assertNoErrors, interactiveMs, openPage, waitInteractive } from './browser.mjs'

/** JavaScript files whose download started before the interactive marker (Resource Timing). */
function scriptsBeforeReady(page) {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('hujia:interactive', 'mark')[0].startTime
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < ready && new URL(r.name).pathname.endsWith('.js'))
      .map((r) => r.name)
  })
}

async function loadOnce(context, url) {
  const page = await openPage(context)
  await page.goto(url)
  await waitInteractive(page)
  const ms = await interactiveMs(page)
  assertNoErrors(page, url)
  const scripts = await scriptsBeforeReady(page)
  await page.close()
  return { ms, scripts }
}

/** Gzipped KB of the served files behind those script URLs. */
function gzKB(site, urls) {
  let bytes = 0
  for (const url of urls) bytes += gzipSync(readFileSync(join(site, new URL(url).pathname))).length
  return bytes / 1024
}

export async function measureStartup(context, { baseUrl, bigUrl, site, runs }) {
  const app = []
  const baseline = []
  const big = []
  const js = []
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 ? ['big', 'baseline', 'app'] : ['app', 'baseline', 'big']
    for (const which of order) {
      if (which === 'app') {
        const r = await loadOnce(context, baseUrl)
        if (run > 0) {
          app.push(r.ms)
          js.push(gzKB(site, r.scripts))
        }
      } else if (which === 'big') {
        const r = await loadOnce(context, bigUrl)
        if (run > 0) big.push(r.ms)
      } else {
        const r = await loadOnce(context, `${baseUrl}baseline.html`)
        if (run > 0) baseline.push(r.ms)
      }
    }
  }
  return { app, baseline, big, js }
}
