// Issue 14 in a real browser: what a commuter does every week must not lose or inflate data.
// The trip home next to the trip to work (export → import, bulk entry), a fare with a comma, a
// stray click or Esc on a half-typed trip, an edit saved after another tab deleted the trip, the
// files every importer must refuse with words, and the backup reminder's timing.
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect, waitReady } from './fixtures'
import { count, rows as tableRows, seed } from './db'
import { backupFile, emptyTables, tripNo } from '../fixtures/builders'
import { PAGE_OPTIONS } from '../../scripts/chromium.mjs'

const BAD_INPUT = resolve(__dirname, '../fixtures/bad-input')

const listRows = (page: Page): Locator => page.locator('[data-trip-row]')
const totals = (page: Page): Locator => page.getByTestId('trip-totals')

/** Logs a trip through the form: metro, cash, a fare, a direction and a departure time. */
async function logTrip(
  page: Page,
  o: { date: string; direction: '上班' | '回家'; depart: string; fare: string },
): Promise<void> {
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  await form.getByLabel('日期').fill(o.date)
  await form.getByRole('radio', { name: o.direction }).check()
  await form.getByLabel('出发时间').fill(o.depart)
  const leg = form.getByRole('group', { name: '第 1 段' })
  await leg.getByLabel('支付').selectOption('cash')
  await leg.getByLabel('票价（元）').fill(o.fare)
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
}

async function chooseFile(
  page: Page,
  click: () => Promise<void>,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await click()
  await (await chooser).setFiles(file)
}

async function importInto(page: Page, file: Parameters<typeof chooseFile>[2]): Promise<Locator> {
  await page.getByRole('button', { name: '导入', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '导入行程' })
  await chooseFile(page, () => dialog.getByRole('button', { name: '选择文件…' }).click(), file)
  return dialog
}

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
})

for (const format of ['CSV', 'JSON'] as const) {
  test(`the trip home survives ${format} export → import into an empty profile`, async ({
    app,
    browser,
  }) => {
    const { page } = app
    await app.open('trips')
    // 上班 08:00 地铁 ¥6 cash, copied to 回家 18:30.
    await logTrip(page, { date: '2025-10-09', direction: '上班', depart: '08:00', fare: '6' })
    await listRows(page).first().getByRole('button', { name: '复制' }).click()
    const copy = page.getByRole('dialog', { name: '记一笔行程' })
    await copy.getByLabel('日期').fill('2025-10-09')
    await copy.getByRole('radio', { name: '回家' }).check()
    await copy.getByLabel('出发时间').fill('18:30')
    await copy.getByRole('button', { name: '保存' }).click()
    await expect(listRows(page)).toHaveCount(2)

    await page.getByRole('button', { name: '导出' }).click()
    const exporter = page.getByRole('dialog', { name: '导出行程' })
    await expect(exporter.getByText('将导出 2 条行程。')).toBeVisible()
    await exporter.getByLabel(format === 'CSV' ? 'CSV（Excel）' : 'JSON（完整）').check()
    const download = page.waitForEvent('download')
    await exporter.getByRole('button', { name: '导出' }).click()
    const file = (await (await download).path())!

    // Another profile: a fresh browser context has its own, empty IndexedDB.
    const other = await browser.newContext({ ...PAGE_OPTIONS, baseURL: page.url().split('#')[0] })
    const fresh = await other.newPage()
    await fresh.goto('./#/trips')
    await waitReady(fresh)
    const dialog = await importInto(fresh, file)
    await expect(dialog.getByTestId('import-counts')).toContainText('新行程 2 条')
    await expect(dialog.getByTestId('import-counts')).toContainText('重复 0 条')
    await dialog.getByRole('button', { name: '导入 2 条新行程' }).click()
    await expect(dialog).toBeHidden()
    await expect(listRows(fresh)).toHaveCount(2)
    await expect(listRows(fresh).filter({ hasText: '18:30' })).toHaveCount(1)
    await other.close()
  })
}

test('bulk entry logs the 回家 commute on the days that hold the 上班 one', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await logTrip(page, { date: '2025-09-01', direction: '上班', depart: '08:00', fare: '6' })
  await logTrip(page, { date: '2025-09-01', direction: '回家', depart: '18:30', fare: '6' })
  for (const [name, label] of [
    ['上班地铁', '08:00'],
    ['回家地铁', '18:30'],
  ] as const) {
    await listRows(page)
      .filter({ hasText: label })
      .getByRole('button', { name: '存为常用' })
      .click()
    const save = page.getByRole('dialog', { name: '存为常用通勤' })
    await save.getByLabel('名称').fill(name)
    await save.getByRole('button', { name: '保存' }).click()
    await expect(save).toBeHidden()
  }

  for (const name of ['上班地铁', '回家地铁']) {
    await page.getByRole('button', { name: '批量记录' }).click()
    const bulk = page.getByRole('dialog', { name: '批量记录' })
    await bulk.getByLabel('常用通勤').selectOption({ label: name })
    await bulk.getByLabel('开始日期').fill('2025-09-22')
    await bulk.getByLabel('结束日期').fill('2025-09-26')
    await expect(bulk.getByText('将记录 5 个工作日。')).toBeVisible()
    await expect(bulk.getByText(/已记录过/)).toHaveCount(0)
    await bulk.getByRole('button', { name: '记录 5 次' }).click()
    await expect(bulk).toBeHidden()
  }
  await expect(totals(page)).toContainText('12 次行程')
})

test('a fare with a comma is refused with a message, never multiplied', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  const leg = form.getByRole('group', { name: '第 1 段' })
  await leg.getByLabel('支付').selectOption('cash')
  await leg.getByLabel('票价（元）').fill('12,5')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(leg.getByText(/逗号含义不明/)).toBeVisible()
  await expect(leg.getByLabel('票价（元）')).toBeFocused()
  await expect(totals(page)).toContainText('0 次行程')
  await leg.getByLabel('票价（元）').fill('12.5')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
  await expect(totals(page)).toContainText('¥12.50')
})

test('the rail-pass calculator refuses a discount of 12,5 instead of reading 125', async ({
  app,
}) => {
  const { page } = app
  await app.open('stats?view=pass&kind=month&date=2024-03-01')
  const discount = page.getByLabel('优惠（% off）')
  await discount.fill('12,5')
  await expect(page.getByText('数字中的逗号含义不明')).toBeVisible()
  await expect(discount).toHaveValue('12,5')
  await discount.fill('12.5')
  await expect(page.getByText('数字中的逗号含义不明')).toHaveCount(0)
  await expect(discount).not.toHaveAttribute('aria-invalid', 'true')
})

test.describe('a dialog with unsaved input', () => {
  /** A point on the dimmed area, outside the dialog's box. */
  const outside = { x: 8, y: 8 }

  test('asks before a backdrop click or Esc closes it, and keeps the draft', async ({ app }) => {
    const { page } = app
    await app.open('trips')
    await page.getByRole('button', { name: '记一笔' }).click()
    const form = page.getByRole('dialog', { name: '记一笔行程' })
    // Nothing typed yet: a click outside closes at once.
    await page.mouse.click(outside.x, outside.y)
    await expect(form).toBeHidden()

    await page.getByRole('button', { name: '记一笔' }).click()
    await form.getByLabel('备注').fill('写了一半')
    await page.mouse.click(outside.x, outside.y)
    const ask = form.getByRole('alert').filter({ hasText: '还没保存的内容' })
    await expect(ask).toBeVisible()
    await expect(ask.getByRole('button', { name: '继续编辑' })).toBeFocused()
    await ask.getByRole('button', { name: '继续编辑' }).click()
    await expect(ask).toBeHidden()
    await expect(form.getByLabel('备注')).toHaveValue('写了一半')

    await form.getByLabel('备注').press('Escape')
    await expect(ask).toBeVisible()
    // Esc again means "keep editing", not "close".
    await page.keyboard.press('Escape')
    await expect(ask).toBeHidden()
    await expect(form).toBeVisible()
    await form.getByRole('button', { name: '关闭' }).click()
    await ask.getByRole('button', { name: '放弃并关闭' }).click()
    await expect(form).toBeHidden()
    await expect(totals(page)).toContainText('0 次行程')
  })

  test('stays open when a text selection is dragged outside it', async ({ app }) => {
    const { page } = app
    await app.open('trips')
    await page.getByRole('button', { name: '记一笔' }).click()
    const form = page.getByRole('dialog', { name: '记一笔行程' })
    const note = form.getByLabel('备注')
    await note.fill('从上海虹桥到嘉兴南')
    const box = (await note.boundingBox())!
    await page.mouse.move(box.x + 4, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(outside.x, outside.y, { steps: 5 })
    await page.mouse.up()
    await expect(form).toBeVisible()
    await expect(form.getByRole('alert')).toHaveCount(0)
    await expect(note).toHaveValue('从上海虹桥到嘉兴南')
  })
})

test('saving an edit of a trip another tab deleted offers to save it as a new trip', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  await logTrip(page, { date: '2025-10-09', direction: '上班', depart: '08:00', fare: '6' })
  const other = await page.context().newPage()
  await other.goto('./#/trips')
  await waitReady(other)
  await expect(listRows(other)).toHaveCount(1)

  await listRows(page).first().getByRole('button', { name: '编辑' }).click()
  const form = page.getByRole('dialog', { name: '编辑行程' })
  await form.getByLabel('备注').fill('改了备注')
  await listRows(other).first().getByRole('button', { name: '删除' }).click()
  await expect(listRows(other)).toHaveCount(0)

  await form.getByRole('button', { name: '保存' }).click()
  const gone = form.getByRole('alert').filter({ hasText: '已在另一个窗口中被删除' })
  await expect(gone).toBeVisible()
  await expect(form.getByLabel('备注')).toHaveValue('改了备注')
  await gone.getByRole('button', { name: '另存为新行程' }).click()
  await expect(form).toBeHidden()
  await expect(listRows(page)).toHaveCount(1)
  await expect(listRows(page).first()).toContainText('改了备注')
  // The other tab sees the trip come back.
  await expect(listRows(other)).toHaveCount(1)
  await other.close()
})

test('after 添加一段 the new leg has the focus', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  await form.getByRole('button', { name: '添加一段' }).click()
  await expect(form.getByRole('group', { name: '第 2 段' }).getByLabel('方式')).toBeFocused()
  await form.getByRole('button', { name: '添加一段' }).click()
  await expect(form.getByRole('group', { name: '第 3 段' }).getByLabel('方式')).toBeFocused()
})

test.describe('files the trip importer cannot take, in words', () => {
  test('a semicolon file’s decimal comma is read by a rule the preview states', async ({ app }) => {
    const { page } = app
    await app.open('trips')
    const dialog = await importInto(
      page,
      csvFile(
        'europe.csv',
        '日期;方式;票价;支付\r\n2025-10-08;地铁;7;现金\r\n2025-10-09;高铁;31,50;车票\r\n',
      ),
    )
    await expect(dialog.getByRole('note')).toContainText('例如第 3 行的“31,50”读作 ¥31.50')
    await dialog.getByRole('button', { name: '导入 2 条新行程' }).click()
    await expect(totals(page)).toContainText('¥38.50')
  })

  test('a comma fare in a comma file, an unclosed quote, a PNG, a backup', async ({ app }) => {
    const { page } = app
    await app.open('trips')
    let dialog = await importInto(page, resolve(BAD_INPUT, 'comma-fares.csv'))
    await expect(dialog.getByTestId('import-counts')).toContainText('无效 2 条')
    await expect(dialog.getByRole('row', { name: /第 2 行/ })).toContainText('逗号含义不明')
    await dialog.getByRole('button', { name: '取消' }).click()

    dialog = await importInto(page, resolve(BAD_INPUT, 'unclosed-quote.csv'))
    await expect(dialog.getByRole('alert')).toContainText('第 13 行有一个引号没有闭合')
    await dialog.getByRole('button', { name: '取消' }).click()

    dialog = await importInto(page, resolve(BAD_INPUT, 'png-image.csv'))
    await expect(dialog.getByRole('alert')).toContainText(
      '无法把这个文件当作文本读取：它是一张 PNG 图片',
    )
    await dialog.getByRole('button', { name: '取消' }).click()

    dialog = await importInto(page, resolve(BAD_INPUT, 'utf16-no-bom.csv'))
    await expect(dialog.getByRole('alert')).toContainText('没有字节顺序标记（BOM）的 UTF-16 文本')
    await dialog.getByRole('button', { name: '取消' }).click()

    dialog = await importInto(page, {
      name: 'hujia-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await backupFile(emptyTables())),
    })
    await expect(dialog.getByRole('alert')).toContainText(
      '这个文件是沪嘉通的备份文件（请在“设置 → 备份”中恢复），不是行程文件',
    )
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(totals(page)).toContainText('0 次行程')
  })

  test('a file with more trips than a lifetime is flagged; its long write can be stopped', async ({
    app,
  }) => {
    const { page } = app
    await app.open('trips')
    const lines = ['date,mode,fare_yuan,payment']
    for (let i = 0; i < 36_501; i++) lines.push(`2024-0${(i % 9) + 1}-1${i % 10},metro,4,cash`)
    const dialog = await importInto(page, csvFile('huge.csv', lines.join('\r\n')))
    await expect(dialog.getByRole('note')).toContainText(
      '这个文件有 36,501 条行程，远多于一辈子的通勤',
      { timeout: 60_000 },
    )
    await dialog.getByRole('button', { name: '导入 36501 条新行程' }).click()
    // The write shows how far it got; stopping it rolls the whole write back.
    await expect(dialog.getByRole('status').filter({ hasText: /正在写入/ })).toBeVisible()
    await dialog.getByRole('button', { name: '停止导入' }).click()
    await expect(dialog.getByRole('status')).toHaveText('导入已停止，没有写入任何行程。')
    expect(await count(page, 'trips')).toBe(0)
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(totals(page)).toContainText('0 次行程')
  })
})

test('the pack importer names a trips export and a damaged file in the interface language', async ({
  app,
}) => {
  const { page } = app
  await app.open('settings')
  const pick = (name: string, text: string) =>
    chooseFile(page, () => page.getByRole('button', { name: '导入数据包文件…' }).click(), {
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    })
  await pick('trips.json', '{"format":"hujia-commute/trips","version":1,"trips":[]}')
  await expect(page.getByRole('alert')).toContainText(
    '这个文件是沪嘉通导出的行程文件（请在“行程 → 导入”中导入），不是服务数据包',
  )
  await pick('broken.json', '{"format": 1,')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('不是可读的 JSON')
  await expect(alert).not.toContainText(/Unexpected|JSON at position|Expected/)
})

test.describe('the backup reminder', () => {
  const decided = (page: Page) =>
    expect(page.locator('html')).toHaveAttribute('data-backup-reminder', /due/)

  test('does not appear right after the first trip', async ({ app }) => {
    const { page } = app
    await app.open('trips')
    await logTrip(page, { date: '2025-10-09', direction: '上班', depart: '08:00', fare: '6' })
    await page.reload()
    await waitReady(page)
    await decided(page)
    await expect(page.locator('html')).toHaveAttribute('data-backup-reminder', 'not-due')
    await expect(page.getByText('你还从未下载过数据备份')).toHaveCount(0)
    await app.open('settings')
    await expect(page.getByTestId('last-backup')).toHaveText('尚未备份过。')
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
  })

  test('does not appear right after a restore of an old backup', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString()
    const text = await backupFile({
      ...emptyTables(),
      trips: [tripNo(1)],
      settings: [{ key: 'lastBackupAt', value: monthAgo }],
    })
    await chooseFile(page, () => page.getByRole('button', { name: '从文件恢复…' }).click(), {
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })
    const dialog = page.getByRole('dialog', { name: '恢复备份' })
    await dialog.getByRole('button', { name: '替换我的记录' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('last-backup')).toContainText('上次备份')
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
    await page.reload()
    await waitReady(page)
    await decided(page)
    await expect(page.locator('html')).toHaveAttribute('data-backup-reminder', 'not-due')
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
    // The restored data is there, and the device's clock was not put into the next backup.
    expect((await tableRows(page, 'trips')).length).toBe(1)
  })

  test('still appears a week after the data first appeared', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString()
    await seed(page, {
      trips: [tripNo(1)],
      settings: [{ key: 'backupClockFrom', value: eightDaysAgo }],
    })
    await decided(page)
    await expect(page.locator('html')).toHaveAttribute('data-backup-reminder', 'due')
    await expect(page.getByTestId('backup-reminder')).toContainText('你还从未下载过数据备份')
  })
})
