// The monthly report saved as a PDF: the page asks main (printToPdf), main asks where to save
// (the native dialog, answered here), prints the same page with Chromium's PDF printing and writes
// the file; its text holds the month's totals.
import { readFileSync } from 'node:fs'
import { cards, e2eTrips } from '../fixtures/stats/e2e-log'
import { seed } from '../e2e/db'
import { test, expect } from './fixtures'
import { pdfText } from './harness/pdf-text'

test('the monthly report prints to a PDF that holds the month’s totals', async ({
  desktop,
}, testInfo) => {
  const { shell, page } = desktop
  await seed(page, { trips: e2eTrips, cards })
  await page.goto(`${page.url().split('#')[0]}#/stats?view=report&month=2024-03`)
  const sheet = page.getByTestId('report-sheet')
  await expect(sheet.getByRole('heading', { name: '2024年3月通勤报告' })).toBeVisible()

  const path = testInfo.outputPath('月报.pdf')
  shell.answerDialog({ kind: 'save', filePath: path })
  await page.getByRole('button', { name: '另存为 PDF' }).click()
  await expect(page.locator('.toast', { hasText: `已保存：${path}` })).toBeVisible()

  const [asked] = shell.recorded('dialog')
  expect(asked?.['options']).toEqual({
    defaultPath: '沪嘉通-通勤月报-2024-03.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })
  expect(asked?.['window']).toBe(desktop.win.id)
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  const pages = await pdfText(bytes)
  expect(pages.map((p) => p.size)).toEqual([[595, 842]]) // one A4 page
  const text = pages[0]!.text
  // March 2024: 4 trips on 3 days, ¥146.00, ¥48.67 a commute day (tests/e2e/stats.spec.ts).
  expect(text).toContain('2024年3月通勤报告')
  const totals: [string, string][] = [
    ['通勤天数', '3'],
    ['行程数', '4'],
    ['花费合计', '¥146.00'],
    ['每通勤日花费', '¥48.67'],
  ]
  for (const [label, value] of totals)
    expect(text, label).toMatch(new RegExp(`${label}[^\\d¥]*${value.replace(/[$.]/g, '\\$&')}`))
  // Only the sheet is printed: not the app's navigation or the report's controls.
  expect(text).not.toContain('另存为 PDF')
  expect(text).not.toContain('数据来源')
})
