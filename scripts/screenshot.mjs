// Takes a screenshot of one screen of the built app in Debian's Chromium.
//   node scripts/screenshot.mjs <route> <out.png> [--dark] [--en] [--dir out/renderer]
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, PAGE_OPTIONS } from './chromium.mjs'
import { startServer } from './serve-web.mjs'

const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const [route = '', out = 'screenshot.png'] = args.filter(
  (a, i) => !a.startsWith('--') && args[i - 1] !== '--dir',
)

const server = await startServer({ dir: option('--dir', 'out/renderer') })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({
    ...PAGE_OPTIONS,
    colorScheme: flag('--dark') ? 'dark' : 'light',
  })
  await page.goto(server.url)
  await page.waitForSelector('html[data-ready="true"]')
  if (flag('--en')) {
    await page.evaluate(async () => {
      const open = indexedDB.open('hujia-commute')
      await new Promise((ok) => (open.onsuccess = ok))
      const tx = open.result.transaction('settings', 'readwrite')
      tx.objectStore('settings').put({ key: 'language', value: 'en' })
      await new Promise((ok) => (tx.oncomplete = ok))
      open.result.close()
    })
  }
  await page.goto(`${server.url}#/${route}`)
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]')
  await page.waitForTimeout(400)
  await page.screenshot({ path: out, fullPage: flag('--full') })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
  await server.close()
}
