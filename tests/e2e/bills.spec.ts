// Bills through the UI: an Alipay CSV and a WeChat xlsx are previewed (filled and corrected fares,
// skipped rows with exact counts), confirmed, shown with exact fares in the log and statistics,
// and add nothing when imported again; an encrypted zip asks for its password; bad files say why.
// 12306 mails pasted or dropped: only the user's own tickets, rail payments paired with their
// tickets in either order, a travel date given to a payment without one, items left out.
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
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

/** Drops fixture files on the dialog as a file manager would. */
async function dropFiles(page: Page, dialog: Locator, files: string[]): Promise<void> {
  const data = files.map((f) => ({
    name: basename(f),
    bytes: [...readFileSync(resolve(BILLS, f))],
  }))
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer()
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name))
    return dt
  }, data)
  await dialog.getByTestId('bill-drop').dispatchEvent('drop', { dataTransfer: transfer })
}

/** Every record of every IndexedDB database of the page, and its local and session storage. */
async function everythingKept(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [{ ...localStorage }, { ...sessionStorage }]
    for (const { name } of await indexedDB.databases()) {
      const open = indexedDB.open(name!)
      await new Promise((ok) => (open.onsuccess = ok))
      const stores = [...open.result.objectStoreNames]
      for (const store of stores) {
        const req = open.result.transaction(store).objectStore(store).getAll()
        await new Promise((ok) => (req.onsuccess = ok))
        out.push(req.result)
      }
      open.result.close()
    }
    return JSON.stringify(out)
  })
}

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '从账单导入' }).click()
  return page.getByRole('dialog', { name: '从账单导入' })
}

async function paste(dialog: Locator, file: string): Promise<void> {
  await dialog
    .getByLabel('或粘贴 12306 购票邮件正文：')
    .fill(readFileSync(resolve(BILLS, file), 'utf8'))
  await dialog.getByRole('button', { name: '读取粘贴的文本' }).click()
}

/** Waits until the preview shows the current choices (it is worked out again after each). */
async function settled(dialog: Locator): Promise<void> {
  await expect(dialog.getByTestId('bill-preview')).toHaveAttribute('aria-busy', 'false')
}

type StoredLeg = {
  mode: string
  line: string
  fareFen: number
  payment: { kind: string; app?: string }
  bill?: { source: string; orderNo: string }
  paidBy?: { source: string; orderNo: string }
}
async function storedLegs(page: Page): Promise<StoredLeg[]> {
  const trips = (await rows(page, 'trips')) as {
    date: string
    departTime: string | null
    legs: StoredLeg[]
  }[]
  const when = (t: (typeof trips)[number]): string => `${t.date} ${t.departTime ?? ''}`
  return trips.sort((a, b) => when(a).localeCompare(when(b))).flatMap((t) => t.legs)
}

test('an Alipay CSV fills fares, a rail payment given its travel date corrects one, the rest are added, and nothing the second time', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  await seed(page, { trips: [logged] })
  await app.open('trips')

  const dialog = await openImporter(page, 'alipay-gbk.csv')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 1 条')
  await expect(dialog.getByTestId('bill-fills')).toHaveText('补填票价 1 处')
  await expect(dialog.getByTestId('bill-corrections')).toHaveText('更正票价 0 处')
  await expect(dialog.getByTestId('bill-duplicates')).toHaveText('重复 0 笔')
  // The G7501 payment is dated the day it was bought: not a leg until its travel date is given.
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 8 行 (非交通 3，退款 2，失败/关闭 1，收入 1，乘车日期未知 1)',
  )
  const unpaired = dialog.getByTestId('bill-unpaired')
  await expect(unpaired).toContainText('2026-11-03 购买的火车票（支付宝） — 乘车日期未知，跳过')
  await unpaired
    .getByLabel('2026-11-03 购买的火车票（支付宝） ¥31.50 的乘车日期')
    .fill('2026-11-03')
  await expect(dialog.getByTestId('bill-corrections')).toHaveText('更正票价 1 处')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 7 行 (非交通 3，退款 2，失败/关闭 1，收入 1)',
  )
  await expect(unpaired).toContainText('按乘车日期 2026-11-03 导入')
  const changes = dialog.getByTestId('bill-changes')
  await expect(changes.getByRole('row', { name: /高铁/ })).toContainText('更正 ¥29.50 → ¥31.50')
  // The leg was typed as cash; the bill shows it was paid in Alipay.
  await expect(changes.getByRole('row', { name: /地铁/ })).toContainText(
    '补填票价 ¥5.00，支付方式记为支付宝',
  )
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('2026-11-02 18:31')
  // A phone payment is paid in the app, not cash.
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('人民广场→莘庄 (支付宝)')
  expect(await count(page, 'trips')).toBe(1) // the preview wrote nothing
  await page.screenshot({ path: 'test-results/bills-preview.png', fullPage: true })

  await settled(dialog)
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

  // The new trip's leg is paid in Alipay; an edit keeps that and the bill's number.
  await tripRows(page).nth(1).getByRole('button', { name: '编辑' }).click()
  const form = page.getByRole('dialog', { name: '编辑行程' })
  const payment = form.getByRole('group', { name: '第 1 段' }).getByLabel('支付')
  await expect(payment).toHaveValue('app:alipay')
  await expect(payment.locator('option:checked')).toHaveText('支付宝')
  await form.getByLabel('备注').fill('地铁回家')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
  const edited = (await rows(page, 'trips')).find((t) => t.note === '地铁回家') as {
    legs: { payment: unknown; bill?: unknown }[]
  }
  expect(edited.legs[0]).toMatchObject({
    payment: { kind: 'app', app: 'alipay' },
    bill: { source: 'alipay', orderNo: '2026110222001400004' },
  })

  await app.open('stats?kind=month&date=2026-11-15')
  await expect(page.getByTestId('kpi-trips')).toContainText('2')
  await expect(page.getByTestId('kpi-spending')).toContainText('¥41.50')
  await expect(page.getByRole('row', { name: /支付宝（手机支付）/ })).toContainText('¥10.00')

  await app.open('trips')
  const again = await openImporter(page, 'alipay-gbk.csv')
  await expect(again.getByTestId('bill-new')).toHaveText('新行程 0 条')
  await expect(again.getByTestId('bill-fills')).toHaveText('补填票价 0 处')
  await expect(again.getByTestId('bill-corrections')).toHaveText('更正票价 0 处')
  // The G7501 payment now has its number on the logged leg: a duplicate too.
  await expect(again.getByTestId('bill-duplicates')).toHaveText('重复 3 笔')
  await expect(again.getByTestId('bill-unpaired')).toHaveCount(0)
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
  const dialog = await openDialog(page)
  await dropFiles(page, dialog, ['wechat.xlsx'])
  await expect(dialog.getByText('文件：wechat.xlsx · 微信支付账单 xlsx')).toBeVisible()
  // Without the rail leg the day does not fit the commute.
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 2 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 5 行 (非交通 1，退款 1，失败/关闭 1，收入 1，乘车日期未知 1)',
  )
  await dialog
    .getByLabel('2026-11-04 购买的火车票（微信支付） ¥31.50 的乘车日期')
    .fill('2026-11-04')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 1 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 4 行 (非交通 1，退款 1，失败/关闭 1，收入 1)',
  )
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('按常用通勤「上班」')
  await expect(dialog.getByTestId('bill-new-trips')).toContainText('¥39.50')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(1)
  await expect(page.getByTestId('trip-totals')).toContainText('¥39.50')
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
  await expect(tripRows(page)).toHaveCount(0)
  expect(await count(page, 'trips')).toBe(0)
})

test('an encrypted Alipay zip dropped on the dialog asks for the password; a wrong one writes nothing; it is never kept', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const dialog = await openDialog(page)
  await dropFiles(page, dialog, ['alipay_record_20261201_0900.zip'])
  const password = dialog.getByLabel(
    'alipay_record_20261201_0900.zip 已加密。请输入支付宝或微信在导出时显示的解压密码：',
  )
  await expect(dialog.getByText('密码只用于这一次读取，不会保存。')).toBeVisible()
  await password.fill('000000')
  await dialog.getByRole('button', { name: '解压并读取' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    '密码不正确，请核对支付宝或微信显示的解压密码。',
  )
  await expect(password).toHaveValue('')
  expect(await count(page, 'trips')).toBe(0)
  await password.fill('384916')
  await dialog.getByRole('button', { name: '解压并读取' }).click()
  await expect(
    dialog.getByText('文件：alipay_record_20261201_0900.zip · 支付宝账单（加密 zip）'),
  ).toBeVisible()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 2 条')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(2)

  // The same bill in an AES-encrypted zip (WebCrypto in the page): read, and nothing new.
  const aes = await openDialog(page)
  await dropFiles(page, aes, ['alipay_record_aes.zip'])
  await aes.getByLabel(/alipay_record_aes.zip 已加密/).fill('384916')
  await aes.getByRole('button', { name: '解压并读取' }).click()
  await expect(aes.getByTestId('bill-new')).toHaveText('新行程 0 条')
  await expect(aes.getByText('没有需要导入的内容（可能已全部导入过）。')).toBeVisible()
  await aes.getByRole('button', { name: '取消' }).click()

  // The password is nowhere the page can keep anything.
  expect(await everythingKept(page)).not.toContain('384916')
})

test('bad files are refused with a message naming the problem, and nothing is written', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const settingsBefore = await rows(page, 'settings')
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
  // A row that cannot be read blocks the whole bill, naming the row's problem and its text.
  const rowCases: [string, string, string][] = [
    ['alipay-amount-1e309.csv', '金额无法识别', '1e309'],
    ['alipay-amount-minus-zero.csv', '金额无法识别', '-0'],
    ['alipay-date-1999.csv', '日期超出范围（早于 2000 年或晚于明天）', '1999-12-31 08:00:00'],
    ['alipay-date-2099.csv', '日期超出范围（早于 2000 年或晚于明天）', '2099-01-01 08:00:00'],
    ['alipay-truncated.csv', '缺少交易订单号（文件可能被截断）', ''],
  ]
  for (const [file, problem, value] of rowCases) {
    const dialog = await openImporter(page, file)
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText('整个账单未导入')
    await expect(alert).toContainText(problem)
    await expect(alert).toContainText(value)
    await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled()
    await dialog.getByRole('button', { name: '取消' }).click()
  }

  // A 60 MB file is refused before it is read.
  const dialog = await openDialog(page)
  const big = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File([new Uint8Array(60 * 1024 * 1024)], 'alipay_record_big.csv'))
    return dt
  })
  await dialog.getByTestId('bill-drop').dispatchEvent('drop', { dataTransfer: big })
  await expect(dialog.getByRole('alert')).toContainText(
    '文件太大（60.0 MB，上限 20 MB），不像是账单。',
  )
  expect(await count(page, 'trips')).toBe(0)
  expect(await rows(page, 'settings')).toEqual(settingsBefore)
})

test('a bank statement CSV: the columns are mapped once, saved by its header, and offered next time', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  let dialog = await openDialog(page)
  await dropFiles(page, dialog, ['bank.csv'])
  let mapping = dialog.getByRole('form', { name: '指定各列' })
  await expect(mapping).toContainText('bank.csv 不是已知格式。')
  // Guessed from the header; the time column and the sign of spending are the user's to say.
  await expect(mapping.getByLabel('日期 *')).toHaveValue('记账日期')
  await expect(mapping.getByLabel('金额 *')).toHaveValue('交易金额')
  await expect(mapping.getByLabel('说明 *')).toHaveValue('摘要')
  await mapping.getByRole('combobox', { name: '时间', exact: true }).selectOption('交易时间')
  await mapping.getByLabel('支出的写法').selectOption('negative')
  await page.screenshot({ path: 'test-results/bills-mapping.png', fullPage: true })
  await mapping.getByRole('button', { name: '按此读取' }).click()
  await expect(dialog.getByText('文件：bank.csv · 自定义 CSV')).toBeVisible()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 2 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText('跳过 2 行 (非交通 1，收入 1)')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(2)
  expect((await storedLegs(page)).map((l) => [l.mode, l.fareFen, l.payment])).toEqual([
    ['metro', 400, { kind: 'app', app: 'other' }],
    ['metro', 400, { kind: 'app', app: 'other' }],
  ])

  // The same header next time: the saved mapping is offered as it was left.
  dialog = await openDialog(page)
  await dropFiles(page, dialog, ['bank.csv'])
  mapping = dialog.getByRole('form', { name: '指定各列' })
  await expect(mapping.getByRole('combobox', { name: '时间', exact: true })).toHaveValue('交易时间')
  await expect(mapping.getByLabel('支出的写法')).toHaveValue('negative')
  await mapping.getByRole('button', { name: '按此读取' }).click()
  await expect(dialog.getByTestId('bill-duplicates')).toHaveText('重复 2 笔')
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled()
  expect(await count(page, 'trips')).toBe(2)
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

test('a 12306 mail pasted with tickets for three passengers imports only the user’s, remembered without names', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const dialog = await openDialog(page)
  await paste(dialog, 'rail-order-family.txt')
  const passenger = dialog.getByTestId('bill-passenger')
  await expect(passenger).toContainText('哪位乘客是你？')
  // No one chosen yet: no ticket is imported, and nothing can be confirmed.
  await expect(passenger.getByRole('status')).toHaveText('未选择乘客：3 张车票不会导入。')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 0 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText('跳过 3 行 (其他乘客 3)')
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled()

  await passenger.getByLabel('张三').check()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 1 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText('跳过 2 行 (其他乘客 2)')
  await expect(dialog.getByTestId('bill-new-trips')).toContainText(
    '2026-11-10 07:12高铁/动车 G7501 上海虹桥→嘉兴南 (车票)¥31.50',
  )
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(1)

  // No passenger's name is stored: not on the trip, not in the settings (a hash, on this device).
  const stored = JSON.stringify([await rows(page, 'trips'), await rows(page, 'settings')])
  for (const name of ['张三', '李四', '张小宝']) expect(stored).not.toContain(name)
  const setting = (await rows(page, 'settings')).find((s) => s.key === 'railPassenger')
  expect(setting?.value).toMatch(/^[0-9a-f]{64}$/)

  // Next time the user is chosen already; the ticket is a duplicate, the others still skipped.
  const again = await openDialog(page)
  await paste(again, 'rail-order-family.txt')
  await expect(again.getByTestId('bill-passenger').getByLabel('张三')).toBeChecked()
  await expect(again.getByTestId('bill-duplicates')).toHaveText('重复 1 笔')
  await expect(again.getByTestId('bill-skipped')).toHaveText('跳过 2 行 (其他乘客 2)')
  await expect(again.getByRole('button', { name: '确认导入' })).toBeDisabled()
})

test('a bill and a 12306 mail dropped together: the payment is recorded on its tickets; items left out and a travel date given, by keyboard', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  const dialog = await openDialog(page)
  await dropFiles(page, dialog, ['alipay-rail.csv', 'rail-order.txt'])
  await expect(dialog.getByText('文件：alipay-rail.csv · 支付宝账单 CSV')).toBeVisible()
  await expect(dialog.getByText('文件：rail-order.txt · 12306 订单邮件')).toBeVisible()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 3 条')
  await expect(dialog.getByTestId('bill-paired')).toHaveText('购票付款对上车票 1 笔')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 3 行 (非交通 1，乘车日期未知 2)',
  )
  const news = dialog.getByTestId('bill-new-trips')
  await expect(news.getByRole('row', { name: /G7501/ })).toContainText(
    '支付宝 2026-11-05 付款 ¥63.00',
  )
  await expect(news.getByRole('row', { name: /G7512/ })).toContainText(
    '支付宝 2026-11-05 付款 ¥63.00',
  )
  await expect(dialog.getByTestId('bill-passenger').getByLabel('张三')).toBeChecked()

  // Leave the metro ride out with the keyboard.
  const metro = news.getByRole('checkbox', { name: /地铁 莘庄→上海虹桥/ })
  await metro.focus()
  await page.keyboard.press('Space')
  await expect(metro).not.toBeChecked()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 2 条')
  await expect(dialog.getByTestId('bill-excluded')).toHaveText('未勾选 1 项（不导入）')

  // Give the G7513 payment (no ticket in this import) its travel date.
  const date = dialog.getByLabel('2026-11-09 购买的火车票（支付宝） ¥31.50 的乘车日期')
  await date.focus()
  await date.fill('2026-11-10')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 3 条')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '跳过 2 行 (非交通 1，乘车日期未知 1)',
  )
  // A date before the purchase is refused where it is typed.
  const other = dialog.getByLabel('2026-11-08 购买的火车票（支付宝） ¥78.50 的乘车日期')
  await other.fill('2026-11-01')
  await expect(dialog.getByText('乘车日期须在 2026-11-08 到')).toBeVisible()
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 3 条')
  await page.setViewportSize({ width: 1280, height: 2000 })
  await page.screenshot({ path: 'test-results/bills-rail-preview.png' })
  expect(await count(page, 'trips')).toBe(0)

  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByRole('status')).toContainText('已导入：新行程 3 条，票价更新 0 处')
  await expect(tripRows(page)).toHaveCount(3)
  expect(
    (await storedLegs(page)).map((l) => [l.line, l.fareFen, l.bill?.source, l.paidBy?.orderNo]),
  ).toEqual([
    ['G7501', 3150, 'rail12306', '2026110522001400010'],
    ['G7512', 3150, 'rail12306', '2026110522001400010'],
    ['G7513', 3150, 'alipay', undefined],
  ])
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
  await expect(tripRows(page)).toHaveCount(0)
})

test('12306 mail first, Alipay bill later: the payment is recorded on the logged tickets, no second leg; again adds nothing', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  let dialog = await openDialog(page)
  await paste(dialog, 'rail-order.txt')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 2 条')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(2)

  dialog = await openImporter(page, 'alipay-rail.csv')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 1 条')
  await expect(dialog.getByTestId('bill-paired')).toHaveText('购票付款对上车票 1 笔')
  await expect(dialog.getByTestId('bill-changes')).toContainText('支付宝 2026-11-05 付款 ¥63.00')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(3)
  expect(
    (await storedLegs(page)).filter((l) => l.mode === 'hsr').map((l) => l.paidBy?.orderNo),
  ).toEqual(['2026110522001400010', '2026110522001400010'])

  dialog = await openDialog(page)
  await dropFiles(page, dialog, ['alipay-rail.csv', 'rail-order.txt'])
  await expect(dialog.getByTestId('bill-duplicates')).toHaveText('重复 4 笔')
  await expect(dialog.getByText('没有需要导入的内容（可能已全部导入过）。')).toBeVisible()
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled()
})

test('Alipay bill first with a travel date, the 12306 mail later: the ticket takes the same leg', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  let dialog = await openImporter(page, 'alipay-rail.csv')
  await dialog.getByLabel('2026-11-09 购买的火车票（支付宝） ¥31.50 的乘车日期').fill('2026-11-10')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 2 条')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(tripRows(page)).toHaveCount(2)

  dialog = await openDialog(page)
  await paste(dialog, 'rail-order-single.txt')
  await expect(dialog.getByTestId('bill-new')).toHaveText('新行程 0 条')
  await expect(dialog.getByTestId('bill-duplicates')).toHaveText('重复 1 笔')
  await settled(dialog)
  await dialog.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByRole('status')).toContainText('已导入：新行程 0 条')
  await expect(tripRows(page)).toHaveCount(2)
  expect((await storedLegs(page)).filter((l) => l.mode === 'hsr')).toEqual([
    expect.objectContaining({
      line: 'G7513',
      fareFen: 3150,
      bill: { source: 'rail12306', orderNo: 'E323456789/2026-11-10/G7513/03车01A号' },
      paidBy: { source: 'alipay', orderNo: '2026110922001400013' },
    }),
  ])
})

test('the preview in English: passengers, a rail payment without its ticket, boxes to leave items out', async ({
  app,
}) => {
  const { page } = app
  await app.open('trips')
  await seed(page, { settings: [{ key: 'language', value: 'en' }] })
  await app.open('trips')
  await page.getByRole('button', { name: 'Import bills', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import from bills' })
  await dropFiles(page, dialog, ['alipay-rail.csv', 'rail-order-family.txt'])
  await dialog.getByTestId('bill-passenger').getByLabel('张三').check()
  await expect(dialog.getByTestId('bill-new')).toHaveText('2 new trips')
  await expect(dialog.getByTestId('bill-paired')).toHaveText('1 ticket payment matched')
  await expect(dialog.getByTestId('bill-skipped')).toHaveText(
    '5 rows skipped (not transit 1, other passengers 2, travel date unknown 2)',
  )
  await expect(dialog.getByTestId('bill-unpaired')).toContainText(
    'Rail ticket bought on 2026-11-05 (Alipay) — travel date unknown, skipped',
  )
  await expect(dialog.getByTestId('bill-unpaired')).toContainText('up to 30 days later')
  await settled(dialog)
  // Tall enough to show the whole dialog.
  await page.setViewportSize({ width: 1280, height: 2000 })
  await page.screenshot({ path: 'test-results/bills-preview-en.png' })

  // A statement added to the same preview asks for its columns first.
  await dropFiles(page, dialog, ['bank.csv'])
  const mapping = dialog.getByRole('form', { name: 'Map the columns' })
  await expect(mapping).toContainText('bank.csv is not in a known layout.')
  await page.screenshot({ path: 'test-results/bills-mapping-en.png' })
})
