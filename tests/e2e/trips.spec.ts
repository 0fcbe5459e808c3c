// The trip log in a real browser: saved commutes in two clicks, edit, delete and undo, bulk entry
// over National Day, CSV import (good and bad), and export then re-import without duplicates.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { seed } from './db'
import { leg as tripLeg, trip, uuid } from '../fixtures/builders'

const FIXTURES = resolve(__dirname, '../fixtures/trips')

const rows = (page: Page): Locator => page.locator('[data-trip-row]')
const totals = (page: Page): Locator => page.getByTestId('trip-totals')

/** Logs a trip through the form and saves it as a commute called `name`. */
async function makeCommute(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  await form.getByLabel('出发时间').fill('06:40')
  await form.getByLabel('到达时间').fill('08:20')
  const leg = form.getByRole('group', { name: '第 1 段' })
  await leg.getByLabel('方式').selectOption({ label: '高铁/动车' })
  await leg.getByLabel('起点').fill('上海虹桥')
  await leg.getByLabel('终点').fill('嘉兴南')
  await leg.getByLabel('支付').selectOption({ label: '车票' })
  await leg.getByLabel('票价（元）').fill('24.5')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
  await rows(page).first().getByRole('button', { name: '存为常用' }).click()
  const dialog = page.getByRole('dialog', { name: '存为常用通勤' })
  await dialog.getByLabel('名称').fill(name)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('button', { name: new RegExp(name) })).toBeVisible()
}

async function pickFile(page: Page, open: () => Promise<void>, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await open()
  await (await chooser).setFiles(file)
}

test('a saved commute is logged for today in two clicks from another screen, and by Ctrl+1', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  await makeCommute(page, '早上上班')
  await expect(rows(page)).toHaveCount(1)

  await app.open('transit')
  // Click 1: the trips screen. Click 2: the saved commute.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '行程' }).click()
  await page.getByRole('button', { name: /早上上班/ }).click()
  await expect(page.getByRole('status')).toContainText('已记录“早上上班”')
  await expect(rows(page)).toHaveCount(2)
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
  await expect(page.getByRole('status')).toContainText(today)

  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+1')
  await expect(rows(page)).toHaveCount(3)
  await expect(totals(page)).toContainText('3 次行程')
  await expect(totals(page)).toContainText('¥73.50')
})

test('the entry form shows messages next to the fields and saves nothing until they are fixed', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  await page.keyboard.press('Control+n')
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  await expect(form).toBeVisible()
  const leg = form.getByRole('group', { name: '第 1 段' })
  // Keyboard only: the fields are reachable and filled without the mouse.
  await expect(form.getByLabel('日期')).toBeFocused()
  await leg.getByLabel('支付').selectOption('cash')
  await leg.getByLabel('票价（元）').fill('10000.01')
  await leg.getByLabel('分钟').fill('0')
  await leg.getByLabel('票价（元）').press('Enter')
  await expect(leg.getByText('票价须在 ¥0 到 ¥10,000 之间')).toBeVisible()
  await expect(leg.getByText('分钟数须在 1 到 600 之间')).toBeVisible()
  await expect(leg.getByLabel('票价（元）')).toHaveAttribute('aria-invalid', 'true')
  await form.getByLabel('日期').fill('2099-01-01')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form.getByText('日期不能晚于明天')).toBeVisible()
  await expect(totals(page)).toContainText('0 次行程')

  // Ctrl+N inside the open form must not throw away what was typed.
  await page.keyboard.press('Control+n')
  await expect(leg.getByLabel('票价（元）')).toHaveValue('10000.01')

  await form.getByLabel('日期').fill('2025-10-09')
  await leg.getByLabel('票价（元）').fill('4')
  await leg.getByLabel('分钟').fill('20')
  await form.getByLabel('出发时间').fill('23:50')
  await form.getByLabel('到达时间').fill('00:35')
  await expect(form.getByText('45 分钟')).toBeVisible()
  await expect(form.getByText('次日到达')).toBeVisible()
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('23:50–00:35')
})

test('a trip is edited in place', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await seed(page, { trips: [trip()] }) // one leg, ¥24.50
  await expect(rows(page)).toHaveCount(1)
  await rows(page).first().getByRole('button', { name: '编辑' }).click()
  const form = page.getByRole('dialog', { name: '编辑行程' })
  const leg = form.getByRole('group', { name: '第 1 段' })
  await expect(leg.getByLabel('票价（元）')).toHaveValue('24.50')
  await leg.getByLabel('票价（元）').fill('31')
  await form.getByLabel('备注').fill('改签 G7355')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('¥31.00')
  await expect(rows(page).first()).toContainText('改签 G7355')
})

test('a deleted trip comes back with undo', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await seed(page, {
    trips: [
      trip({ id: uuid(1), note: '保留' }),
      trip({ id: uuid(2), date: '2025-10-10', note: '删掉再恢复' }),
    ],
  })
  await expect(rows(page)).toHaveCount(2)
  await rows(page).filter({ hasText: '删掉再恢复' }).getByRole('button', { name: '删除' }).click()
  await expect(rows(page)).toHaveCount(1)
  await expect(page.getByRole('status')).toContainText('已删除 2025-10-10 的行程')
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
  await expect(rows(page)).toHaveCount(2)
  await expect(rows(page).filter({ hasText: '删掉再恢复' })).toHaveCount(1)
})

test('the undo toast waits while it is hovered or focused, then goes', async ({ app }) => {
  const { page } = app
  await page.clock.install()
  await app.open('trips')
  await seed(page, { trips: [trip({ note: '删掉再看提示' })] })
  await rows(page).first().getByRole('button', { name: '删除' }).click()
  const toast = page.locator('.toast', { hasText: '已删除' })
  await toast.hover()
  await expect(toast).toHaveAttribute('data-paused', 'true')
  await page.clock.runFor(15_000) // longer than its 10 s
  await expect(toast).toBeVisible()
  await toast.getByRole('button', { name: '撤销' }).focus()
  await page.mouse.move(0, 0)
  await page.clock.runFor(15_000)
  await expect(toast).toHaveAttribute('data-paused', 'true')
  await page.getByRole('heading', { level: 1 }).click() // neither hovered nor focused
  await expect(toast).not.toHaveAttribute('data-paused')
  await page.clock.runFor(11_000)
  await expect(toast).toBeHidden()
  await expect(rows(page)).toHaveCount(0)
})

test('bulk entry over National Day logs only the working days', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await makeCommute(page, '早上上班')
  await rows(page).first().getByRole('button', { name: '删除' }).click()
  await expect(rows(page)).toHaveCount(0)

  await page.getByRole('button', { name: '批量记录' }).click()
  const dialog = page.getByRole('dialog', { name: '批量记录' })
  await dialog.getByLabel('开始日期').fill('2025-09-27')
  await dialog.getByLabel('结束日期').fill('2025-10-12')
  // 9-28 (Sun) and 10-11 (Sat) are adjusted working days; 10-01…10-08 is the holiday.
  await expect(dialog.getByText('将记录 6 个工作日。')).toBeVisible()
  await expect(dialog.getByText(/国庆节、中秋 2025-10-01–10-08/)).toBeVisible()
  await expect(dialog.getByText(/调休上班日/)).toContainText('2025-09-28')
  await dialog.getByRole('button', { name: '记录 6 次' }).click()
  await expect(dialog).toBeHidden()
  await expect(rows(page)).toHaveCount(6)
  const dates = await rows(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label')?.slice(0, 10)),
  )
  expect(dates).toEqual([
    '2025-10-11',
    '2025-10-10',
    '2025-10-09',
    '2025-09-30',
    '2025-09-29',
    '2025-09-28',
  ])
})

test('a good CSV imports after a preview; bad ones show why and write nothing', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await page.getByRole('button', { name: '导入', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '导入行程' })

  await pickFile(
    page,
    () => dialog.getByRole('button', { name: '选择文件…' }).click(),
    resolve(FIXTURES, 'import-bad-columns.csv'),
  )
  await expect(dialog.getByRole('alert')).toContainText('缺少必需的列：fare_yuan')

  await pickFile(
    page,
    () => dialog.getByRole('button', { name: '选择文件…' }).click(),
    resolve(FIXTURES, 'import-bad-rows.csv'),
  )
  await expect(dialog.getByTestId('import-counts')).toContainText('无效 3 条')
  await expect(dialog.getByRole('row', { name: /第 2 行/ })).toContainText('请输入有效日期')
  await expect(dialog.getByRole('row', { name: /第 3 行/ })).toContainText('火箭')
  await expect(dialog.getByRole('button', { name: /导入 0 条/ })).toBeDisabled()
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(totals(page)).toContainText('0 次行程')

  await page.getByRole('button', { name: '导入', exact: true }).click()
  await pickFile(
    page,
    () => dialog.getByRole('button', { name: '选择文件…' }).click(),
    resolve(FIXTURES, 'import-good.csv'),
  )
  await expect(dialog.getByTestId('import-counts')).toContainText('新行程 3 条')
  await expect(dialog.getByTestId('import-counts')).toContainText('无效 0 条')
  await dialog.getByRole('button', { name: '导入 3 条新行程' }).click()
  await expect(dialog).toBeHidden()
  await expect(totals(page)).toContainText('3 次行程')
  await expect(totals(page)).toContainText('¥46.00')
  await expect(rows(page).filter({ hasText: '嘉善—枫泾' })).toContainText('晚上回家')

  // The GBK file Chinese Excel writes.
  await page.getByRole('button', { name: '导入', exact: true }).click()
  await pickFile(
    page,
    () => dialog.getByRole('button', { name: '选择文件…' }).click(),
    resolve(FIXTURES, 'excel-gbk.csv'),
  )
  await expect(dialog).toContainText('编码：GBK')
  await expect(dialog.getByTestId('import-counts')).toContainText('新行程 2 条')
})

for (const format of ['CSV', 'JSON'] as const) {
  test(`exported ${format} re-imports with no duplicates`, async ({ app }) => {
    const { page } = app
    await app.open('trips')
    await seed(page, {
      trips: [
        trip({
          id: uuid(1),
          date: '2025-10-08',
          direction: 'toWork',
          note: '上海 → 嘉兴, "早班"',
          legs: [tripLeg({ fareFen: 2450 })],
        }),
        trip({
          id: uuid(2),
          date: '2025-10-09',
          direction: 'toHome',
          note: '=SUM(A1)',
          legs: [tripLeg({ fareFen: 400 })],
        }),
        trip({
          id: uuid(3),
          date: '2025-10-10',
          direction: 'other',
          legs: [tripLeg({ fareFen: 0 })],
        }),
      ],
    })
    await page.getByRole('button', { name: '导出' }).click()
    const dialog = page.getByRole('dialog', { name: '导出行程' })
    await dialog.getByLabel('开始日期').fill('2025-10-09')
    await expect(dialog.getByText('将导出 2 条行程。')).toBeVisible()
    await dialog.getByLabel(format === 'CSV' ? 'CSV（Excel）' : 'JSON（完整）').check()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: '导出' }).click()
    const file = await (await download).path()
    const bytes = readFileSync(file)
    if (format === 'CSV') {
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(bytes.toString('utf8')).toContain(`'=SUM(A1)`)
    }

    await page.getByRole('button', { name: '导入', exact: true }).click()
    const importer = page.getByRole('dialog', { name: '导入行程' })
    await pickFile(page, () => importer.getByRole('button', { name: '选择文件…' }).click(), file)
    await expect(importer.getByTestId('import-counts')).toContainText('新行程 0 条')
    await expect(importer.getByTestId('import-counts')).toContainText('重复 2 条')
    await expect(importer.getByText('没有可导入的新行程。')).toBeVisible()
    await importer.getByRole('button', { name: '取消' }).click()
    await expect(totals(page)).toContainText('3 次行程')
  })
}
