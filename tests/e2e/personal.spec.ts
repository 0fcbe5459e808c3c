// The user's own numbers in the guide: a CSV of trips with known times and fares is imported,
// home, work and a target time are set, and the exact median, 90th percentile, fare and leave-by
// appear on the route screen and the home screen. An empty log says what logging trips gives.
import AxeBuilder from '@axe-core/playwright'
import { addDays, format } from 'date-fns'
import type { Page } from '@playwright/test'
import { leg, trip, uuid } from '../fixtures/builders'
import { seed } from './db'
import { test, expect, waitReady } from './fixtures'

// Ten trips to work on the ten days before today: no weekday has five, so every figure is over
// all days, whatever day the test runs on.
const DOOR = [80, 82, 84, 86, 88, 90, 92, 94, 96, 110] // sorted: median rank 5 = 88, p90 rank 9 = 96
const HSR = [26, 27, 28, 29, 30, 31, 32, 33, 34, 40] // median 30, p90 34
/** What marks a sourced fact (section-sources.tsx): never on the user's own figures. */
const SOURCE_MARKS = '.fact-cite, .fact-mark, .section-sources, .source-details, [data-source-id]'
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

function tripsCsv(now: Date): { csv: string; firstNewFare: string; dates: string[] } {
  const lines = [
    'trip_id,date,direction,depart,arrive,leg,mode,from,to,line,payment,card,fare_yuan,minutes,note,tags',
  ]
  let firstNewFare = ''
  const dates: string[] = []
  for (let i = 0; i < 10; i++) {
    // Oldest first: the three oldest trips paid ¥29.50, the seven newest ¥31.50.
    const date = format(addDays(now, i - 10), 'yyyy-MM-dd')
    const fare = i < 3 ? '29.50' : '31.50'
    if (i === 3) firstNewFare = date
    dates.push(date)
    const arrive = hhmm(7 * 60 + DOOR[i]!)
    lines.push(`,${date},toWork,07:00,${arrive},1,metro,家附近,上海虹桥,10号线,cash,,5.00,35,,`)
    lines.push(
      `,${date},toWork,07:00,${arrive},2,hsr,上海虹桥站,嘉兴南,G7501,ticket,,${fare},${HSR[i]},,`,
    )
  }
  return { csv: lines.join('\n'), firstNewFare, dates }
}

async function importCsv(page: Page, csv: string): Promise<void> {
  await page.getByRole('button', { name: '导入', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '导入行程' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: '选择文件…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'trips.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(dialog.getByTestId('import-counts')).toContainText('新行程 10 条')
  await dialog.getByRole('button', { name: '导入 10 条新行程' }).click()
  await expect(dialog).toBeHidden()
}

test('an empty log says what logging a few trips gives', async ({ app }) => {
  const { page } = app
  await app.open('transit')
  const hint = page.getByTestId('personal-empty')
  await expect(hint).toContainText('记录几次行程')
  await expect(hint).toContainText('最晚出发时间')
  await hint.getByRole('link', { name: '去记录行程' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('行程')
})

test('imported trips give the exact median, p90, fare and leave-by on the route and home screens', async ({
  app,
}) => {
  const { page } = app
  const { csv, firstNewFare, dates } = tripsCsv(new Date())
  await app.open('trips')
  await importCsv(page, csv)

  await app.open('settings')
  await page.getByLabel('家', { exact: true }).selectOption('sh-minhang')
  await page.getByLabel('单位', { exact: true }).selectOption('jx-nanhu')
  await page.getByLabel('到单位').fill('08:30')
  await expect(page.getByLabel('到单位')).toHaveValue('08:30')

  await app.open('transit?tab=routes')
  // The home screen: leave by 08:30 − 96 = 06:54; 9 of the 10 trips took no more than 96 minutes.
  const home = page.getByTestId('commute-toWork')
  await expect(home).toContainText('来自你的 10 次行程')
  await expect(home).toContainText('中位数 88 分钟，90% 的行程不超过 96 分钟')
  await expect(home.getByTestId('leave-by')).toHaveText('06:54 前出发')
  await expect(home).toContainText('你最近的 10 次行程中有 9 次能在 08:30 前到达')
  await expect(home.locator(SOURCE_MARKS)).toHaveCount(0)

  // The route screen: the usual way first, then the pack's option with the user's own figures.
  const usual = page.getByTestId('usual-way')
  await expect(usual).toContainText('有 10 次这样走')
  await expect(usual.getByTestId('door-to-door')).toContainText('中位数 88 分钟')
  await expect(usual.getByTestId('leave-by')).toHaveText('06:54 前出发')

  const option = page.getByRole('article', { name: /方案 1/ })
  const hsr = option.locator('.transit-leg').filter({ hasText: '沪杭高铁' })
  // No sourced fare on this link: what the user paid, labelled as theirs.
  await expect(hsr.getByTestId('what-you-paid')).toHaveText('你付的（10 次）：¥31.50')
  const mine = hsr.getByTestId('leg-personal')
  await expect(mine).toContainText('来自你的 10 次行程')
  await expect(mine).toContainText('中位数 30 分钟，90% 的行程不超过 34 分钟')
  await expect(mine).toContainText(`¥31.50（${firstNewFare.slice(0, 7)} 起）；之前 ¥29.50`)
  await expect(mine.locator(SOURCE_MARKS)).toHaveCount(0)
  await expect(hsr.getByTestId('what-you-paid').locator(SOURCE_MARKS)).toHaveCount(0)
  // The sourced figure stays as it was, with its source's mark.
  await expect(hsr.locator('.transit-dl')).toContainText('27 分钟')
  await expect(hsr.locator('.transit-dl').locator(SOURCE_MARKS).first()).toBeVisible()

  // Statistics: the distribution with the median and p90 marked, its table, and late arrivals
  // per month (after 08:30: the trips of 92, 94, 96 and 110 minutes).
  await app.open('stats?view=door')
  const dist = page.getByTestId('door-toWork')
  await expect(dist).toContainText('来自你的 10 次行程')
  const chart = dist.getByRole('img', { name: /门到门用时分布/ })
  await expect(chart.locator('.chart-marker')).toHaveText([
    '中位数 88 分钟',
    '第 90 百分位 96 分钟',
  ])
  await dist.getByRole('button', { name: '以表格显示' }).click()
  // 80 … 110 spans 31 minutes: 5-minute bins from 80.
  await expect(dist.getByRole('row', { name: '80–84 分钟' })).toContainText('3 次')
  await expect(dist.getByRole('row', { name: '110–114 分钟' })).toContainText('1 次')
  await expect(dist.locator('tfoot')).toHaveText('中位数 88 分钟；第 90 百分位 96 分钟')

  const late = page.getByTestId('late-toWork')
  await expect(late).toContainText('晚于 08:30 到达单位的比例')
  await late.getByRole('button', { name: '以表格显示' }).click()
  const months = new Map<string, { timed: number; late: number }>()
  dates.forEach((d, i) => {
    const m = months.get(d.slice(0, 7)) ?? { timed: 0, late: 0 }
    m.timed++
    if (DOOR[i]! > 90) m.late++
    months.set(d.slice(0, 7), m)
  })
  for (const [month, m] of months) {
    const name = `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`
    await expect(late.getByRole('row', { name: new RegExp(`^${name}：`) })).toContainText(
      `${m.timed} 次中 ${m.late} 次晚到`,
    )
  }
})

test('the personal figures pass axe in both themes', async ({ app }) => {
  const { page } = app
  await app.open('transit')
  const trips = DOOR.map((door, i) =>
    trip({
      id: uuid(i + 1),
      date: format(addDays(new Date(), i - 10), 'yyyy-MM-dd'),
      legs: [leg({ fareFen: 3150, minutes: HSR[i]! })],
      departTime: '07:00',
      arriveTime: hhmm(7 * 60 + door),
    }),
  )
  const settings = [
    { key: 'homePlaceId', value: 'sh-minhang' },
    { key: 'workPlaceId', value: 'jx-nanhu' },
    { key: 'targetArriveWork', value: '09:00' },
  ]
  await seed(page, { trips, settings })
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    for (const [route, ready] of [
      ['transit?tab=routes', 'leg-personal'],
      ['stats?view=door', 'door-toWork'],
    ] as const) {
      await page.goto(`./#/${route}`)
      await page.reload()
      await waitReady(page)
      await expect(page.getByTestId(ready).first()).toBeVisible()
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(serious, `${route} (${theme})`).toEqual([])
    }
  }
})

test('two old trips: all trips are used and said, the trips are listed, no percentile', async ({
  app,
}) => {
  const { page } = app
  await app.open('transit')
  // Both more than 180 days ago, both on time for 09:00.
  const old = [200, 201].map((daysAgo, i) =>
    trip({
      id: uuid(i + 1),
      date: format(addDays(new Date(), -daysAgo), 'yyyy-MM-dd'),
      departTime: '07:00',
      arriveTime: hhmm(7 * 60 + 81 + i * 2),
    }),
  )
  const dates = old.map((t) => t.date)
  await seed(page, {
    trips: old,
    settings: [
      { key: 'homePlaceId', value: 'sh-minhang' },
      { key: 'workPlaceId', value: 'jx-nanhu' },
      { key: 'targetArriveWork', value: '09:00' },
    ],
  })
  await page.reload()
  await waitReady(page)
  const home = page.getByTestId('commute-toWork')
  await expect(home).toContainText('你的全部行程（近 180 天不足 5 次）')
  await expect(home).toContainText(
    `行程不足 3 次，不算百分位：83 分钟（${dates[1]}）；81 分钟（${dates[0]}）`,
  )
  await expect(home).toContainText('要算出最晚出发时间（目标 09:00），至少需要 3 次')
  await expect(home.getByTestId('leave-by')).toHaveCount(0)

  await app.open('stats?view=door')
  const dist = page.getByTestId('door-toWork')
  await expect(dist).toContainText('行程不足 3 次，不算百分位')
  await expect(dist.getByRole('img')).toHaveCount(0)
  await expect(page.getByTestId('late-toWork').getByTestId('none-late')).toHaveText(
    '这几个月里没有一次晚于 09:00 到达。',
  )
})
