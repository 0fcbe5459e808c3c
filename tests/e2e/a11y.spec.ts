// axe-core on every screen and on the backup, palette, shortcuts and About dialogs, in the light and the dark theme:
// no serious or critical violation. A failure lists each rule with the elements it found.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, waitLoaded, waitReady } from './fixtures'
import { setting } from './db'

const V1_BACKUP = join(__dirname, '../unit/shared/backup/fixtures/v1-backup.json')

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从文件恢复…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer })
}

const ROUTES = ['transit', 'medical', 'hospitals', 'trips', 'stats', 'settings', 'sources'] as const
const THEMES = ['light', 'dark'] as const

/** Serious and critical violations, one line per rule: "rule (impact): selector, selector …". */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page })
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
}

async function openIn(
  page: Page,
  open: (route?: string) => Promise<void>,
  route: string,
  theme: string,
) {
  await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' })
  await open(route)
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Lazy parts of the screen (live queries, the service pack) have arrived.
  await waitLoaded(page)
}

for (const theme of THEMES) {
  for (const route of ROUTES) {
    test(`${route} (${theme}) has no serious or critical axe violation`, async ({ app }) => {
      await openIn(app.page, app.open, route, theme)
      expect(await violations(app.page)).toEqual([])
    })
  }

  test(`the bill import preview (${theme}) passes axe`, async ({ app }) => {
    const { page } = app
    await openIn(page, app.open, 'trips', theme)
    await page.getByRole('button', { name: '从账单导入' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '选择账单文件…' }).click()
    await (await chooser).setFiles(join(__dirname, '../fixtures/bills/alipay-gbk.csv'))
    await expect(page.getByTestId('bill-new')).toHaveText('新行程 2 条')
    // A 12306 mail for several passengers too: the passenger choice, rail payments without a
    // ticket, the boxes to leave items out.
    await page
      .getByLabel('或粘贴 12306 购票邮件正文：')
      .fill(readFileSync(join(__dirname, '../fixtures/bills/rail-order-family.txt'), 'utf8'))
    await page.getByRole('button', { name: '读取粘贴的文本' }).click()
    await expect(page.getByTestId('bill-passenger')).toBeVisible()
    await expect(page.getByTestId('bill-unpaired')).toBeVisible()
    expect(await violations(page, '[data-testid="bill-import-dialog"]')).toEqual([])
  })

  test(`the command palette, shortcuts, About and restore dialogs (${theme}) pass axe`, async ({
    app,
  }) => {
    const { page } = app
    await openIn(page, app.open, 'settings', theme)
    const found: Record<string, string[]> = {}

    await page.keyboard.press('Control+k')
    await expect(page.getByRole('combobox', { name: '命令或页面' })).toBeFocused()
    found['palette'] = await violations(page, '[data-testid="palette"]')
    await page.keyboard.press('Escape')

    await page.keyboard.press('F1')
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible()
    found['shortcuts'] = await violations(page, '[data-testid="shortcuts-dialog"]')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: '关于', exact: true }).click()
    await expect(page.getByTestId('about-dialog')).toBeVisible()
    found['about'] = await violations(page, '[data-testid="about-dialog"]')
    await page.keyboard.press('Escape')

    await pick(page, 'v1-backup.json', readFileSync(V1_BACKUP))
    await expect(page.getByTestId('restore-dialog')).toBeVisible()
    found['restore preview'] = await violations(page, '[data-testid="restore-dialog"]')
    await page.keyboard.press('Escape')

    await pick(page, 'broken.json', Buffer.from('{"app":"hujia-commute"'))
    await expect(page.getByRole('alert')).toBeVisible()
    found['settings with a refusal'] = await violations(page)

    expect(found).toEqual({
      palette: [],
      shortcuts: [],
      about: [],
      'restore preview': [],
      'settings with a refusal': [],
    })
  })
}

test('the reminder and backup controls work with the keyboard alone', async ({ app }) => {
  const { page } = app
  await app.open('settings')
  const checkbox = page.getByLabel('提醒我记录通勤')
  await checkbox.focus()
  await page.keyboard.press('Space')
  await expect(checkbox).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('提醒时间')).toBeFocused()
  // The choice is written to IndexedDB asynchronously: wait for it before reloading.
  await expect.poll(() => setting(page, 'reminderTime')).not.toBeNull()
  await page.reload()
  await waitReady(page)
  await expect(page.getByLabel('提醒我记录通勤')).toBeChecked()
})
