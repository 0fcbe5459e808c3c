// How every tool here drives Debian's Chromium — the browser tests (playwright.config.ts), the
// benchmark and the screenshot script — so all of them measure and show the same browser.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** The window and locale of a commuter's desktop in Shanghai. */
export const PAGE_OPTIONS = {
  viewport: { width: 1280, height: 860 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}
