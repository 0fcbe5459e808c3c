// Bills through the UI: an Alipay CSV and a WeChat xlsx are previewed (filled and corrected fares,
// skipped rows with exact counts), confirmed, shown with exact fares in the log and statistics,
// and add nothing when imported again; an encrypted zip asks for its password; bad files say why.
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { count, rows, seed } from './db'

const BILLS = resolve(__dirname, '../fixtures/bills')
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const tripRows = (page: Page): Locator => page.locator('[data-trip-row]')

/** A trip logged by hand on 2026-11-03: the rail fare typed wrong, the metro fare left at 0. */
const logged = {
  id: uuid(1),
  date: '2026-11-03',
  direction: 'toWork',
  legs: [
    {
      mode: 'hsr',
      from: '上海虹桥',
      to: '嘉兴南',
      line: 'G7501',
      payment: { kind: 'ticket' },
      fareFen: 2950,
      minutes: 27,
    },
    {
      mode: 'metro',
      from: '',
      to: '',
      line: '',
      payment: { kind: 'cash' },
      fareFen: 0,
      minutes: null,
    },
  ],
  departTime: '07:00',
  arriveTime: '08:30',
  note: '',
  tags: [],
  createdAt: '2026-11-03T00:00:00.000Z',
  updatedAt: '2026-11-03T00:00:00.000Z',
}

async function openImporter(page: Page, file: string): Promise<Locator> {
  await page.getByRole('button', { name: '从账单导入' }).click()
  const dialog = page.getByRole('dialog', { name: '从账单导入' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: '选择账单文件…' }).click()
  await (await chooser).setFiles(resolve(BILLS, file))
  return dialog
}

test('an Alipay CSV fills and corrects fares, adds the rest, and adds nothing the second time', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  await seed(page, { trips: [logged] })
  await app.open('trips')

  const dialog = await openImporter(page, 'alipay-gbk.csv')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 1 条')
  await expect(dialog.getByTestId('bill-fills')).toHaveText('补填票价 1 处')
  await expect(dialog.getByTestId('bill-corrections')).toHaveText('更正票价 1 处')
  await expect(dialog.getByTestId('bill-duplicates')).toHaveText('重复 0 笔')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 7 行 (非交通 3，退款 2，失败/关闭 1，收入 1)',
  )
  const changes = dialog.getByTestId('bill-changes')
  await expect(changes.getByRole('row', { name: /高铁/ })).toContainText('更正 ¥29.50 → ¥31.50')
  await expect(changes.getByRole('row', { name: /地铁/ })).toContainText('补填票价 ¥5.00')
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('2026-11-02 18:31')
  expect(await count(page, 'trips')).toBe(1) // the preview wrote nothing
  await page.screenshot({ path: 'test-results/bills-preview.png', fullPage: true })

  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByRole('status')).toContainText('已导入：新行程 1 条，票价更新 2 处')
  await expect(tripRows(page)).toHaveCount(2)
  await expect(page.getByTestId('trip-totals')).toContainText('¥41.50')
  const stored = (await rows(page, 'trips')).find((t) => t.id === uuid(1)) as typeof logged & {
    legs: { fareFen: number; bill?: { source: string; orderNo: string }; invoice?: boolean }[]
  }
  expect(stored.legs.map((l) => l.fareFen)).toEqual([3150, 500])
  expect(stored.legs[0]!.bill).toEqual({ source: 'alipay', orderNo: '2026110322001400003' })
  await page.screenshot({ path: 'test-results/bills-reconciled.png', fullPage: true })

  await app.open('stats?kind=month&date=2026-11-15')
  await expect(page.getByTestId('kpi-trips')).toContainText('2')
  await expect(page.getByTestId('kpi-spending')).toContainText('¥41.50')

  await app.open('trips')
  const again = await openImporter(page, 'alipay-gbk.csv')
  await expect(again.getByTestId('bill-new')).toHaveText('新行程 0 条')
  await expect(again.getByTestId('bill-fills')).toHaveText('补填票价 0 处')
  await expect(again.getByTestId('bill-corrections')).toHaveText('更正票价 0 处')
  await expect(again.getByTestId('bill-duplicates')).toHaveText('重复 3 笔')
  await expect(again.getByText('没有需要导入的内容（可能已全部导入过）。')).toBeVisible()
  await expect(again.getByRole('button', { name: '确认导入' })).toBeDisabled()
  expect(await count(page, 'trips')).toBe(2)
})

test('a WeChat xlsx fits a saved commute; undo puts the log back', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await seed(page, {
    templates: [
      {
        id: uuid(50),
        name: '上班',
        order: 0,
        direction: 'toWork',
        legs: [
          {
            mode: 'metro',
            from: '莘庄',
            to: '上海虹桥',
            line: '1号线',
            payment: { kind: 'cash' },
            fareFen: 500,
            minutes: null,
          },
          {
            mode: 'hsr',
            from: '上海虹桥',
            to: '嘉兴南',
            line: '',
            payment: { kind: 'ticket' },
            fareFen: 2950,
            minutes: null,
          },
          {
            mode: 'cityBus',
            from: '',
            to: '',
            line: 'K1路',
            payment: { kind: 'cash' },
            fareFen: 200,
            minutes: null,
          },
        ],
        departTime: '06:40',
        arriveTime: '08:40',
        note: '',
        tags: [],
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  })
  await app.open('trips')
  const dialog = await openImporter(page, 'wechat.xlsx')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 1 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 4 行 (非交通 1，退款 1，失败/关闭 1，收入 1)',
  )
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('按常用通勤「上班」')
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('¥39.50')
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(1)
  await expect(page.getByTestId('trip-totals')).toContainText('¥39.50')
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
  await expect(tripRows(page)).toHaveCount(0)
  expect(await count(page, 'trips')).toBe(0)
})

test('an encrypted Alipay zip asks for the password; a wrong one writes nothing', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const dialog = await openImporter(page, 'alipay_record_20261201_0900.zip')
  const password = dialog.getByLabel(/已加密/)
  await password.fill('000000')
  await dialog.getByRole('button', { name: '解压并读取' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    '密码不正确，请核对支付宝或微信显示的解压密码。',
  )
  await expect(password).toHaveValue('')
  await password.fill('384916')
  await dialog.getByRole('button', { name: '解压并读取' }).click()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 3 条')
  expect(await count(page, 'trips')).toBe(0)
  // The password is in no table.
  for (const table of ['settings', 'trips'])
    expect(JSON.stringify(await rows(page, table))).not.toContain('384916')
})

test('bad files are refused with a message naming the problem, and nothing is written', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const cases: [string, string][] = [
    ['not-a-bill.png', 'not-a-bill.png 不是文本、表格或压缩包，无法作为账单读取。'],
    ['unknown-layout.csv', '无法识别这个文件的格式。可识别：支付宝账单 CSV 或 zip'],
    ['alipay_record_truncated.zip', '文件已损坏或不完整'],
  ]
  for (const [file, text] of cases) {
    const dialog = await openImporter(page, file)
    await expect(dialog.getByRole('alert')).toContainText(text)
    await dialog.getByRole('button', { name: '取消' }).click()
  }
  const dialog = await openImporter(page, 'alipay-amount-1e309.csv')
  await expect(dialog.getByRole('alert')).toContainText('有 1 行无法读取，整个账单未导入')
  await expect(dialog.getByRole('alert')).toContainText('1e309')
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled()
  expect(await count(page, 'trips')).toBe(0)
})

test('a rail leg 150 days old without an e-invoice is warned about until marked; the report marks it', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const date = await page.evaluate(() => {
    const d = new Date()
    d.setDate(d.getDate() - 150)
    return d.toLocaleDateString('sv-SE')
  })
  const rail = {
    ...logged,
    id: uuid(9),
    date,
    legs: [{ ...logged.legs[0]!, fareFen: 3150, invoice: false }],
  }
  await seed(page, { trips: [rail] })
  await app.open('trips')
  const warning = page.getByTestId('invoice-due')
  await expect(warning).toContainText('电子发票还剩 30 天可申请')
  await warning.getByText('12306 只在乘车后 180 天内开具电子发票').click()
  await expect(warning).toContainText('china-railway.com.cn')
  await expect(warning).toContainText('2024-11-18')
  await page.screenshot({ path: 'test-results/bills-invoice-due.png', fullPage: true })

  await app.open(`stats?view=report&month=${date.slice(0, 7)}`)
  const sheet = page.getByTestId('report-sheet')
  await expect(sheet).toContainText('高铁/动车 · 未开票')
  await expect(page.getByTestId('report-invoices')).toContainText(
    '铁路行程 0 段已申请电子发票，1 段未申请',
  )

  await app.open('trips')
  await warning.getByRole('button', { name: '已申请' }).click()
  await expect(warning).toBeHidden()
  await app.open(`stats?view=report&month=${date.slice(0, 7)}`)
  await expect(sheet).toContainText('高铁/动车 · 已开票')
})
