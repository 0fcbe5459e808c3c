// Screenshots of the user's own figures (issue 18) in the built app (browser build), over a made-up
// log stored first: the transit screen (leave-by, the usual way, the pack's legs with your
// figures), statistics → door to door, and Settings with the target arrival times.
//   node scripts/screenshot-personal.mjs [out-dir] [--en] [--dark] [--now <ISO time>]
//     [--days <from>-<to>]   log a weekday commute each way on the days that many days ago
//                            (default 1-170; 200-201 gives two trips older than the window)
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, PAGE_OPTIONS, requireChromium } from './chromium.mjs'
import { startServer } from './serve-web.mjs'

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    en: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
    now: { type: 'string' },
    days: { type: 'string', default: '1-170' },
  },
})
const outDir = positionals[0] ?? 'out-shots'
const [fromDay, toDay] = opt.days.split('-').map(Number)
const suffix = `${opt.dark ? '-dark' : ''}${opt.en ? '-en' : ''}`
const SCREENS = [
  ['transit?tab=routes', 'personal-routes', ['commute-toWork', 'usual-way', 'leg-personal']],
  ['stats?view=door', 'personal-door', ['door-toWork', 'late-toWork']],
  ['settings', 'personal-settings', []],
]
mkdirSync(outDir, { recursive: true })

/** Runs in the page: a seeded log, home and work, target times; the page's clock is "today". */
async function seedLog({ en, fromDay, toDay }) {
  let state = 7
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const hhmm = (m) =>
    `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  const leg = (mode, from, to, line, fareFen, minutes, kind = 'cash') => ({
    mode,
    from,
    to,
    line,
    payment: { kind },
    fareFen,
    minutes,
  })
  const trips = []
  for (let n = fromDay; n <= toDay; n++) {
    const day = new Date()
    day.setDate(day.getDate() - n)
    if (day.getDay() === 0 || day.getDay() === 6) continue
    const date = day.toLocaleDateString('sv-SE')
    // The high-speed fare went up 120 days ago: the figures show both.
    const fare = n > 120 ? 2950 : 3150
    for (const direction of ['toWork', 'toHome']) {
      const depart = direction === 'toWork' ? 420 + Math.floor(rand() * 20) : 1080 + rand() * 30
      const door = 78 + Math.floor(rand() * 18) + (rand() < 0.1 ? 25 : 0)
      const legs =
        direction === 'toWork'
          ? [
              leg('metro', '家', '上海虹桥', '10号线', 500, 35 + Math.floor(rand() * 6)),
              leg(
                'hsr',
                '上海虹桥站',
                '嘉兴南',
                'G7501',
                fare,
                26 + Math.floor(rand() * 9),
                'ticket',
              ),
              leg('cityBus', '嘉兴南站', '单位', '91路', 200, 12 + Math.floor(rand() * 8)),
            ]
          : [
              leg('cityBus', '单位', '嘉兴南站', '91路', 200, 14),
              leg('hsr', '嘉兴南', '上海虹桥', 'G7520', fare, 28, 'ticket'),
              leg('metro', '上海虹桥', '家', '10号线', 500, 37),
            ]
      const at = `${date}T12:00:00.000Z`
      trips.push({
        id: crypto.randomUUID(),
        date,
        direction,
        legs,
        departTime: hhmm(Math.floor(depart)),
        arriveTime: hhmm(Math.floor(depart) + door),
        note: '',
        tags: [],
        createdAt: at,
        updatedAt: at,
      })
    }
  }
  const settings = {
    homePlaceId: 'sh-minhang',
    workPlaceId: 'jx-nanhu',
    targetArriveWork: '09:00',
    targetArriveHome: '19:30',
    ...(en ? { language: 'en' } : {}),
  }
  const open = indexedDB.open('hujia-commute')
  await new Promise((ok) => (open.onsuccess = ok))
  const tx = open.result.transaction(['trips', 'settings'], 'readwrite')
  for (const t of trips) tx.objectStore('trips').put(t)
  for (const [key, value] of Object.entries(settings))
    tx.objectStore('settings').put({ key, value })
  await new Promise((ok) => (tx.oncomplete = ok))
  open.result.close()
  return trips.length
}

const server = await startServer({ dir: 'out/renderer' })
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({
    ...PAGE_OPTIONS,
    colorScheme: opt.dark ? 'dark' : 'light',
  })
  if (opt.now) await page.clock.setFixedTime(new Date(opt.now))
  await page.goto(server.url)
  await page.waitForSelector('html[data-ready="true"]')
  const n = await page.evaluate(seedLog, { en: opt.en, fromDay, toDay })
  console.log(`stored ${n} trips`)
  for (const [route, name, ready] of SCREENS) {
    await page.goto(`${server.url}#/${route}`)
    await page.reload()
    await page.waitForSelector('html[data-ready="true"]')
    // Each screen's own figures, read after the page is ready, before the picture.
    for (const id of ready) await page.getByTestId(id).first().waitFor()
    const path = join(outDir, `${name}${suffix}.png`)
    await page.screenshot({ path, fullPage: true })
    console.log(`wrote ${path}`)
  }
} finally {
  await browser.close()
  await server.close()
}
