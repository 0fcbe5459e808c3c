// The statistics screens over a seeded log (tests/fixtures/stats/e2e-log.ts). March 2024 holds
// 4 trips on 3 days costing 3650 fen each: ¥146.00, ¥48.67 per commute day; February holds one.
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures'
import { seed } from './db'
import { cards, e2eTrips } from '../fixtures/stats/e2e-log'

test.beforeEach(async ({ app }) => {
  await app.open('stats')
  await seed(app.page, { trips: e2eTrips, cards })
})

test('the dashboard shows a month of the seeded log and compares it with the month before', async ({
  app,
}) => {
  const { page } = app
  await app.open('stats?kind=month&date=2024-03-15')
  await expect(page.getByTestId('period-range')).toHaveText('3月1日 – 2024年3月31日')
  await expect(page.getByTestId('kpi-commuteDays')).toContainText('3')
  await expect(page.getByTestId('kpi-trips')).toContainText('4')
  await expect(page.getByTestId('kpi-spending')).toContainText('¥146.00')
  await expect(page.getByTestId('kpi-spending')).toContainText('较上期 +¥109.50')
  await expect(page.getByTestId('kpi-perDay')).toContainText('¥48.67')
  // 07:00–08:30, 18:00–19:40, 07:00–08:35, and 85 leg minutes: 90 + 100 + 95 + 85 = 370.
  await expect(page.getByTestId('kpi-time')).toContainText('6 小时 10 分')
  // March 2024 has 21 working days and no holiday.
  await expect(page.getByTestId('workdays-summary')).toContainText(
    '应出勤工作日 21 天，实际通勤 3 天',
  )

  const byPayment = page.getByRole('table', { name: '按支付方式' })
  await expect(byPayment.getByRole('row', { name: /上海交通卡/ })).toContainText('¥20.00')
  await expect(byPayment.getByRole('row', { name: /单独购票/ })).toContainText('¥118.00')
  const routes = page.getByRole('region', { name: '常走路线' })
  await expect(routes.getByRole('row', { name: /莘庄 → 公司/ })).toContainText('2')

  // The trend chart reads as a table too.
  await page.getByRole('button', { name: '以表格显示' }).first().click()
  const weekly = page.getByRole('table', { name: '每周花费' })
  await expect(weekly.getByRole('row', { name: /3月4日 – 2024年3月10日/ })).toContainText('¥146.00')

  await page.getByRole('button', { name: '上一时段' }).click()
  await expect(page.getByTestId('period-range')).toHaveText('2月1日 – 2024年2月29日')
  await expect(page.getByTestId('kpi-spending')).toContainText('¥36.50')
})

test('a custom range and a year work, and an empty period says so', async ({ app }) => {
  const { page } = app
  await app.open('stats?kind=custom&from=2024-03-04&to=2024-03-05')
  await expect(page.getByTestId('kpi-trips')).toContainText('3')
  await page.getByRole('radio', { name: '年' }).click()
  await expect(page.getByTestId('kpi-trips')).toContainText('5')
  await app.open('stats?kind=month&date=2023-03-01')
  await expect(page.getByText('这段时间没有行程记录。')).toBeVisible()
  // 2003 is before the holiday calendar's first year: the card says Monday–Friday was assumed.
  await app.open('stats?kind=year&date=2003-06-01')
  await expect(page.getByRole('note')).toContainText('2003 年没有节假日安排数据')
  await expect(page.getByTestId('workdays-summary')).toContainText('应出勤工作日 261 天')
})

test('clicking a day in the calendar opens its trips', async ({ app }) => {
  const { page } = app
  await app.open('stats?view=calendar&year=2024')
  await expect(page.getByRole('heading', { name: '2024 年通勤日历' })).toBeVisible()
  await page.getByRole('button', { name: /^2024年3月4日周一: 2 趟$/ }).click()
  const dialog = page.getByRole('dialog', { name: '2024年3月4日周一' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row')).toHaveCount(4) // header, two trips, total
  await expect(dialog).toContainText('07:00–08:30')
  await expect(dialog).toContainText('¥73.00')
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(dialog).toBeHidden()

  // The keyboard reaches the same dialog: arrows move by day, Enter opens.
  await page.getByRole('button', { name: /^2024年3月4日周一/ }).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: '2024年3月5日周二' })).toContainText('07:00–08:35')
})

test('the rail-pass calculator replays the high-speed-rail legs with the sourced defaults', async ({
  app,
}) => {
  const { page } = app
  await app.open('stats?view=pass&kind=month&date=2024-03-01')
  await expect(page.getByTestId('pass-caveat')).toContainText(
    '没有任何来源提到上海—嘉兴之间的计次票或定期票产品',
  )
  await expect(page.getByTestId('pass-caveat')).toContainText('Shenzhen Daily，2025-09-09')
  // 4 rides at ¥29.50, 2 each way: one 10-ride pass per direction at 90%: 2 × ¥265.50 = ¥531.00.
  // Each ride takes ¥26.55 of it, so the 4 rides cost ¥106.20 on passes: ¥11.80 saved, while
  // 16 rides (¥424.80) stay valid past the end of March.
  const verdict = page.getByTestId('pass-verdict')
  await expect(verdict).toContainText('乘高铁/动车 4 次，按实付票价共 ¥118.00')
  await expect(verdict).toContainText('折合 ¥106.20：可省 ¥11.80')
  await expect(page.getByTestId('pass-bought')).toContainText('共需买 2 张票，合计 ¥531.00')
  await expect(page.getByTestId('pass-bought')).toContainText('另有 16 次（预付 ¥424.80）')
  await page.getByLabel('一张票可往返两个方向（来源未说明）').check()
  await expect(page.getByTestId('pass-bought')).toContainText('共需买 1 张票，合计 ¥265.50')
  await page.getByLabel('次数').fill('0')
  await expect(page.getByText('次数须为 1 到 100 之间的整数')).toBeVisible()

  // The last valid rules are kept: after a reload the calculator opens with them, not the defaults.
  await page.reload()
  await expect(page.getByLabel('次数')).toHaveValue('10')
  await expect(page.getByLabel('一张票可往返两个方向（来源未说明）')).toBeChecked()
  await expect(page.getByTestId('pass-bought')).toContainText('共需买 1 张票，合计 ¥265.50')
})

test('the monthly report shows totals, the chart and the trips, and prints', async ({ app }) => {
  const { page } = app
  await app.open('stats?view=report&month=2024-03')
  const sheet = page.getByTestId('report-sheet')
  await expect(sheet.getByRole('heading', { name: '2024年3月通勤报告' })).toBeVisible()
  await expect(sheet.getByRole('figure', { name: '每日花费' })).toBeVisible()
  await expect(sheet.getByRole('row')).toHaveCount(6) // header, 4 trips, total
  await expect(sheet.getByRole('row', { name: /合计/ })).toContainText('¥146.00')

  await page.getByLabel('报告语言').selectOption('en')
  await expect(sheet.getByRole('heading', { name: 'Commuting in March 2024' })).toBeVisible()

  // Only the sheet goes to paper.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: '统计视图' })).toBeHidden()
  await expect(sheet).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: '打印' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes')
})

for (const theme of ['light', 'dark'] as const) {
  test(`every statistics view with data (${theme}) has no serious or critical axe violation`, async ({
    app,
  }) => {
    test.slow() // six axe passes, one over a 366-day calendar
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    const found: Record<string, string[]> = {}
    const check = async (name: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze()
      found[name] = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    await app.open('stats?kind=month&date=2024-03-15')
    await expect(page.getByTestId('kpi-trips')).toContainText('4')
    await check('dashboard')
    await page.getByRole('button', { name: '以表格显示' }).first().click()
    await check('dashboard table')
    await app.open('stats?view=calendar&year=2024')
    await check('calendar')
    await page.getByRole('button', { name: /^2024年3月4日周一/ }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await check('day dialog')
    await app.open('stats?view=pass&kind=month&date=2024-03-01')
    await expect(page.getByTestId('pass-verdict')).toBeVisible()
    await check('pass')
    await app.open('stats?view=report&month=2024-03')
    await expect(page.getByTestId('report-sheet')).toBeVisible()
    await check('report')
    expect(found).toEqual({
      dashboard: [],
      'dashboard table': [],
      calendar: [],
      'day dialog': [],
      pass: [],
      report: [],
    })
  })
}
