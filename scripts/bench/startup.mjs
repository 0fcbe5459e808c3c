// startupMs, startupBaselineMs and initialJsGzKB. Each run opens a new tab (the server sends
// no-store, so nothing is cached between runs) and reads the interactive marker; app and baseline
// alternate so drift on the machine hits both alike. Run 0 of each is a warm-up and not counted
// (it also lets the baseline create its database). initialJsGzKB: every .js file whose download
// started before the marker, each gzipped alone at zlib's default level (6), summed.
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

async function loadOnce(context, url, { scripts } = {}) {
  const page = await openPage(context)
  const bodies = new Map()
  if (scripts) {
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return
      // Bodies of chunks that arrive after the marker are never read; when the page closes first
      // their promise rejects, which must not crash the run.
      const body = res.body()
      body.catch(() => {})
      bodies.set(res.url(), body)
    })
  }
  await page.goto(url)
  await waitInteractive(page)
  const ms = await interactiveMs(page)
  assertNoErrors(page, url)
  let gzBytes = 0
  if (scripts) {
    for (const name of await scriptsBeforeReady(page)) {
      const body = bodies.get(name)
      if (!body) throw new Error(`no response recorded for ${name}`)
      gzBytes += gzipSync(await body).length
    }
  }
  await page.close()
  return { ms, gzKB: gzBytes / 1024 }
}

export async function measureStartup(context, { baseUrl, runs }) {
  const app = []
  const baseline = []
  const js = []
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 ? ['baseline', 'app'] : ['app', 'baseline']
    for (const which of order) {
      if (which === 'app') {
        const r = await loadOnce(context, baseUrl, { scripts: true })
        if (run > 0) {
          app.push(r.ms)
          js.push(r.gzKB)
        }
      } else {
        const r = await loadOnce(context, `${baseUrl}baseline.html`)
        if (run > 0) baseline.push(r.ms)
      }
    }
  }
  return { app, baseline, js }
}
