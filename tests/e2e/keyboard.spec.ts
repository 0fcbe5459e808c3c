// The keyboard alone: open the entry form from any screen, fill a trip, save it; log a saved
// commute from another screen with Ctrl+1.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** Presses Tab until the focused control is the one labelled `label` (no mouse involved). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null
      if (!el) return ''
      const byLabel = el.labels?.[0]?.textContent ?? ''
      return (el.getAttribute('aria-label') ?? byLabel).trim()
    })
    if (name === label) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`could not reach "${label}" with Tab`)
}

test('a trip is entered and saved with the keyboard alone, starting from another screen', async ({
  app,
}) => {
  const { page } = app
  await app.open('transit')
  await page.keyboard.press('Control+n')
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  await expect(form).toBeVisible()
  await expect(page).toHaveURL(/#\/trips/)

  await tabTo(page, '出发时间')
  await page.keyboard.type('0710')
  await tabTo(page, '到达时间')
  await page.keyboard.type('0835')
  await tabTo(page, '起点')
  await page.keyboard.type('上海虹桥')
  await tabTo(page, '终点')
  await page.keyboard.type('嘉兴南')
  await tabTo(page, '支付')
  await page.keyboard.press('End') // the last payment option
  await tabTo(page, '票价（元）')
  await page.keyboard.type('24.50')
  await page.keyboard.press('Enter')

  await expect(form).toBeHidden()
  await expect(page.getByTestId('trip-totals')).toContainText('1 次行程')
  await expect(page.getByTestId('trip-totals')).toContainText('¥24.50')
})

test('Ctrl+1 logs the first saved commute from any screen', async ({ app }) => {
  const { page } = app
  await app.open('trips')
  // One saved commute, made through the UI.
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  const leg = form.getByRole('group', { name: '第 1 段' })
  await leg.getByLabel('起点').fill('嘉善南')
  await leg.getByLabel('终点').fill('上海虹桥')
  await leg.getByLabel('支付').selectOption('cash')
  await leg.getByLabel('票价（元）').fill('29.5')
  await form.getByRole('button', { name: '保存' }).click()
  await page.locator('[data-trip-row]').first().getByRole('button', { name: '存为常用' }).click()
  const dialog = page.getByRole('dialog', { name: '存为常用通勤' })
  await dialog.getByLabel('名称').fill('嘉善上班')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('button', { name: /嘉善上班/ })).toBeVisible()

  await app.open('stats')
  await page.keyboard.press('Control+1')
  await expect(page).toHaveURL(/#\/trips/)
  await expect(page.getByRole('status')).toContainText('已记录“嘉善上班”')
  await expect(page.getByTestId('trip-totals')).toContainText('2 次行程')
})
