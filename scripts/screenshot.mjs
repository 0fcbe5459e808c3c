// Takes a screenshot of one screen of the built app in Debian's Chromium.
//   node scripts/screenshot.mjs <route> <out.png> [--dark] [--en] [--full] [--dir out/renderer]
//     [--set key=value ...]   settings to store first, e.g. --set homePlaceId=sh-minhang
//     [--wait selector]       wait for this element too (a screen that loads its data late)
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, PAGE_OPTIONS, requireChromium } from './chromium.mjs'
import { startServer } from './serve-web.mjs'

const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const [route = '', out = 'screenshot.png'] = args.filter(
  (a, i) => !a.startsWith('--') && !['--dir', '--set', '--wait'].includes(args[i - 1] ?? ''),
)
const settings = args
  .filter((_, i) => args[i - 1] === '--set')
  .map((kv) => {
    const raw = kv.slice(kv.indexOf('=') + 1)
    // JSON where it parses ([], null, 3), else the text itself (sh-minhang).
    let value = raw
    try {
      value = JSON.parse(raw)
    } catch {
      /* a plain string */
    }
    return { key: kv.slice(0, kv.indexOf('=')), value }
  })
if (flag('--en')) settings.push({ key: 'language', value: 'en' })

const server = await startServer({ dir: option('--dir', 'out/renderer') })
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({
    ...PAGE_OPTIONS,
    colorScheme: flag('--dark') ? 'dark' : 'light',
  })
  await page.goto(server.url)
  await page.waitForSelector('html[data-ready="true"]')
  if (settings.length > 0) {
    await page.evaluate(async (rows) => {
      const open = indexedDB.open('hujia-commute')
      await new Promise((ok) => (open.onsuccess = ok))
      const tx = open.result.transaction('settings', 'readwrite')
      for (const row of rows) tx.objectStore('settings').put(row)
      await new Promise((ok) => (tx.oncomplete = ok))
      open.result.close()
    }, settings)
  }
  await page.goto(`${server.url}#/${route}`)
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]')
  if (option('--wait')) await page.waitForSelector(option('--wait'))
  // Every loading placeholder (class "loading") has given way to what it waited for.
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0)
  await page.screenshot({ path: out, fullPage: flag('--full') })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
  await server.close()
}
