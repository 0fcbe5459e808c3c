// The native menu main installs, clicked as a user would: each command reaches the page through
// webContents.send and the preload's listener, and the page does it (export and import through
// main's file dialogs, back up now, about); the zoom roles zoom the page.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tripNo as trip } from '../fixtures/builders'
import { rows, seed } from '../e2e/db'
import { backupFiles, test, expect } from './fixtures'

const FIXTURES = resolve(__dirname, '../fixtures/trips')

test('the menu is in the system’s language and lists the app’s commands', async ({ desktop }) => {
  const menu = desktop.shell.menu()
  expect(menu?.map((m) => m['label'])).toEqual(['文件', '编辑', '视图', '帮助'])
  const file = menu?.[0]?.['submenu'] as Record<string, unknown>[]
  expect(file.filter((i) => i['accelerator']).map((i) => [i['label'], i['accelerator']])).toEqual([
    ['导出行程…', 'CmdOrCtrl+E'],
    ['导入行程…', 'CmdOrCtrl+I'],
    ['立即备份', 'CmdOrCtrl+Shift+B'],
  ])
})

test('File → Export trips… saves the log where the user picks', async ({ desktop }, testInfo) => {
  const { shell, page } = desktop
  await seed(page, { trips: [trip(1), trip(2, { date: '2025-10-10' })] })
  await shell.clickMenu('文件', '导出行程…')
  const dialog = page.getByRole('dialog', { name: '导出行程' })
  await expect(dialog.getByText('将导出 2 条行程。')).toBeVisible()

  const path = testInfo.outputPath('行程.csv')
  shell.answerDialog({ kind: 'save', filePath: path })
  await dialog.getByRole('button', { name: '导出' }).click()
  await expect(page.locator('.toast', { hasText: '已导出 2 条行程' })).toBeVisible()
  const [asked] = shell.recorded('dialog')
  expect(asked?.['options']).toMatchObject({ filters: [{ name: 'CSV', extensions: ['csv'] }] })
  expect(String((asked?.['options'] as { defaultPath: string }).defaultPath)).toMatch(
    /^hujia-trips_2025-10-09_\d{4}-\d\d-\d\d\.csv$/,
  )
  const bytes = readFileSync(path)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the BOM Excel needs, as bytes
  expect(bytes.toString('utf8')).toContain('2025-10-10,toWork')
})

test('File → Import trips… reads the file the user picks, after a preview', async ({ desktop }) => {
  const { shell, page } = desktop
  await shell.clickMenu('文件', '导入行程…')
  const dialog = page.getByRole('dialog', { name: '导入行程' })
  shell.answerDialog({ kind: 'open', filePaths: [join(FIXTURES, 'import-good.csv')] })
  await dialog.getByRole('button', { name: '选择文件…' }).click()
  await expect(dialog.getByTestId('import-counts')).toContainText('新行程 3 条')
  await expect(dialog).toContainText('文件：import-good.csv')
  await dialog.getByRole('button', { name: '导入 3 条新行程' }).click()
  await expect(page.locator('.toast', { hasText: '已导入 3 条行程' })).toBeVisible()
  expect(await rows(page, 'trips')).toHaveLength(3)
  const [asked] = shell.recorded('dialog')
  expect(asked?.['options']).toEqual({
    properties: ['openFile'],
    filters: [{ name: 'CSV / JSON', extensions: ['csv', 'json', 'txt'] }],
  })
})

test('File → Back up now writes a backup; Help → About shows the versions', async ({ desktop }) => {
  const { shell, page } = desktop
  await shell.clickMenu('文件', '立即备份')
  await expect(page.locator('.toast', { hasText: /已保存备份：hujia-manual-/ })).toBeVisible()
  expect(backupFiles(shell.userData).filter((n) => n.startsWith('hujia-manual-'))).toHaveLength(1)

  await shell.clickMenu('帮助', '关于沪嘉通')
  const about = page.getByTestId('about-dialog')
  const electron = JSON.parse(
    readFileSync(resolve(__dirname, '../../node_modules/electron/package.json'), 'utf8'),
  )
  await expect(about).toContainText(`Electron${electron.version}`)
  await expect(about).toContainText(`Chromium${page.context().browser()!.version()}`)
  await expect(about).toContainText(`数据文件夹${shell.userData}`)
})

test('View → Zoom in, Zoom out and Actual size zoom the page', async ({ desktop }) => {
  const { shell, page } = desktop
  // Each step is half a zoom level, a factor of 1.2^0.5 (Chromium's zoom, Electron's roles).
  const metrics = () =>
    page.evaluate(() => ({ ratio: Math.round(devicePixelRatio * 1000) / 1000, width: innerWidth }))
  const at = (level: number) => ({
    ratio: Math.round(1.2 ** level * 1000) / 1000,
    width: Math.round(1280 / 1.2 ** level),
  })
  expect(await metrics()).toEqual(at(0))
  await shell.clickMenu('视图', '放大')
  await expect.poll(metrics).toEqual(at(0.5))
  await shell.clickMenu('视图', '放大')
  await expect.poll(metrics).toEqual(at(1))
  await shell.clickMenu('视图', '缩小')
  await shell.clickMenu('视图', '缩小')
  await shell.clickMenu('视图', '缩小')
  await expect.poll(metrics).toEqual(at(-0.5))
  await shell.clickMenu('视图', '实际大小')
  await expect.poll(metrics).toEqual(at(0))
  expect(shell.recorded('webContents.setZoomLevel').map((r) => r['level'])).toEqual([
    0.5, 1, 0.5, 0, -0.5, 0,
  ])
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true')
})

test('the palette, shortcuts and sources commands open what they name', async ({ desktop }) => {
  const { shell, page } = desktop
  await shell.clickMenu('视图', '命令面板…')
  await expect(page.getByRole('dialog', { name: '命令面板' })).toBeVisible()
  await page.keyboard.press('Escape')
  await shell.clickMenu('帮助', '快捷键')
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeVisible()
  await page.keyboard.press('Escape')
  await shell.clickMenu('帮助', '数据来源')
  await expect(page.getByRole('heading', { level: 1, name: '数据来源' })).toBeVisible()
})
