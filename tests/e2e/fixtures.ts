// The app fixture: opens the app at a route, waits for the "interactive" marker, and fails the
// test if the page logged an error. Tests wait for what the app shows, never for time.
import { test as base, expect, type Page } from '@playwright/test'

export interface AppPage {
  page: Page
  /** Opens `#/<route>` (default: the landing screen) and waits until the app is interactive. */
  open(route?: string): Promise<void>
  /** Console errors and page errors seen so far. */
  errors: string[]
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 })
}

/**
 * Waits until the screen shows no loading placeholder: every placeholder shown while data loads
 * (a screen, a list, a source badge) has the class `loading`.
 */
export async function waitLoaded(page: Page): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0)
}

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (m) => {
      // Where it was logged too: a bare message (a minified name, say) says little on its own.
      if (m.type() !== 'error') return
      const { url, lineNumber, columnNumber } = m.location()
      errors.push(url ? `${m.text()} (at ${url}:${lineNumber}:${columnNumber})` : m.text())
    })
    // An error thrown without a stack (a rejection Chromium reports bare) still names itself.
    page.on('pageerror', (e) => errors.push(e.stack || `${e.name}: ${e.message}`))
    const app: AppPage = {
      page,
      errors,
      async open(route = '') {
        await page.goto(route ? `./#/${route}` : './')
        await waitReady(page)
      },
    }
    await use(app)
    expect(errors, 'console errors').toEqual([])
  },
})

export { expect }
