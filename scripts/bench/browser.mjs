// Debian's Chromium driven by playwright-core, launched as the e2e tests launch it
// (scripts/chromium.mjs). A persistent profile keeps IndexedDB between browser launches, so the
// data seeded in one launch is what the next one measures.
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, PAGE_OPTIONS, requireChromium } from '../chromium.mjs'

/** The app's (and the baseline's) marker event and performance mark (src/renderer/src/app/ready.ts). */
const READY_EVENT = 'hujia:interactive'

/**
 * Unthrottled frames for the scroll measurement: without the 60 Hz limit the time between two
 * animation frames is the time the page needed to make one, not the vsync interval (which in
 * headless software compositing jitters 16.5–16.8 ms and drops frames even on an empty page).
 */
export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync']

export async function launch(profileDir, extraFlags = []) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: requireChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraFlags],
    ...PAGE_OPTIONS,
  })
  // A persistent context opens with one blank page; the measurements open their own.
  for (const p of context.pages()) await p.close()
  return context
}

/** A page that fails the benchmark on an uncaught error or a console error. */
export async function openPage(context, url) {
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.benchErrors = errors
  if (url) await page.goto(url)
  return page
}

export function assertNoErrors(page, what) {
  if (page.benchErrors?.length) {
    throw new Error(`${what}: the page logged errors:\n  ${page.benchErrors.join('\n  ')}`)
  }
}

/**
 * Waits for the interactive marker through a bare CDP evaluation. Playwright's own waits
 * (waitForSelector, waitForFunction) first inject its helper script into the page — about 25 ms
 * of main-thread work that would land inside the start being measured.
 */
export async function waitInteractive(page, timeout = 60_000) {
  const cdp = await page.context().newCDPSession(page)
  try {
    const r = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        if (document.documentElement.dataset.ready === 'true') return resolve(true)
        addEventListener('${READY_EVENT}', () => resolve(true), { once: true })
        setTimeout(() => reject(new Error('not interactive after ${timeout} ms')), ${timeout})
      })`,
      awaitPromise: true,
    })
    if (r.exceptionDetails)
      throw new Error(r.exceptionDetails.exception?.description ?? 'wait failed')
  } finally {
    await cdp.detach().catch(() => {})
  }
}

/** Milliseconds from navigation start to the app's (or baseline's) interactive marker. */
export function interactiveMs(page) {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('hujia:interactive', 'mark')[0]
    if (!mark) throw new Error('no hujia:interactive mark')
    return mark.startTime
  })
}

export async function chromiumVersion(page) {
  const cdp = await page.context().newCDPSession(page)
  const { product } = await cdp.send('Browser.getVersion')
  await cdp.detach()
  return product.replace(/^\w*Chrome\//, '')
}
