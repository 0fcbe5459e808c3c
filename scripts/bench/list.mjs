// listDomRows, scrollFrameP95Ms and heapMB: the real trips screen (#/trips) with the big log
// stored; and how long its first rows, and all of them, take to show. Run in a browser launched with UNTHROTTLED_FRAMES (see browser.mjs).
import { assertNoErrors, openPage, waitInteractive } from './browser.mjs'

/** One trip row of the trips screen's list (src/renderer/src/features/trips). */
export const ROW_SELECTOR = '[data-trip-row]'

/** How the scroll is driven: a fast, steady fling, one step per frame. */
const SCROLL_STEP_PX = 120

async function heapUsedMB(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / (1024 * 1024)
}

/** Scrolls the list's scroll container one step per animation frame; the frame times and its height. */
function scrollFrames(page, frames) {
  return page.evaluate(
    ({ selector, frames, step }) => {
      const row = document.querySelector(selector)
      let el = row?.parentElement ?? null
      while (el) {
        const style = getComputedStyle(el)
        if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) break
        el = el.parentElement
      }
      const scroller = el ?? document.scrollingElement
      const start = scroller.scrollTop
      return new Promise((resolve, reject) => {
        const times = []
        let last = null
        const tick = (t) => {
          if (last !== null) times.push(t - last)
          last = t
          if (times.length >= frames) {
            const moved = scroller.scrollTop - start
            if (moved < step * frames * 0.9) reject(new Error(`the list scrolled only ${moved} px`))
            else resolve({ times, height: scroller.scrollHeight })
            return
          }
          scroller.scrollTop += step
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
    },
    { selector: ROW_SELECTOR, frames, step: SCROLL_STEP_PX },
  )
}

export async function measureListOnce(context, { baseUrl, expectTrips, frames }) {
  const page = await openPage(context, `${baseUrl}#/trips`)
  await waitInteractive(page)
  await page.waitForSelector(ROW_SELECTOR, { timeout: 180_000 })
  // The newest page shows first (however long the log); the rest is read after it.
  const firstRowsMs = await page.evaluate(() => performance.now())
  await page.waitForSelector('[data-testid="trip-totals"][aria-busy="false"]', { timeout: 300_000 })
  const allRowsMs = await page.evaluate(() => performance.now())
  // Let the list settle (a live query may render twice) before counting.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 200))))
  const rows = await page.locator(ROW_SELECTOR).count()
  const heapMB = await heapUsedMB(page)
  const { times: frameMs, height } = await scrollFrames(page, frames)
  // Every trip has a row of at least 20 px: a shorter list did not load the whole log.
  if (height < expectTrips * 20)
    throw new Error(`the list is ${height} px high for ${expectTrips} trips`)
  assertNoErrors(page, '#/trips')
  await page.close()
  return { rows, heapMB, frameMs, firstRowsMs, allRowsMs }
}
