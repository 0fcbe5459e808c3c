// Desktop habits: the command palette, the shortcuts help and the About dialog.
// The database's schema version, which backups carry (a unit test keeps the two equal).
import { BACKUP_SCHEMA_VERSION } from '../../src/shared/backup/format'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { seed } from './db'

test.describe('desktop habits', () => {
  test('the command palette: Ctrl+K, pinyin filter, arrows and Enter', async ({ app }) => {
    const { page } = app
    await app.open('transit')
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: '命令面板' })
    await expect(palette).toBeVisible()
    const input = palette.getByRole('combobox', { name: '命令或页面' })
    await expect(input).toBeFocused()
    const options = palette.getByRole('option')
    // Every screen and every action is listed.
    for (const name of [
      '出行',
      '医保',
      '医院',
      '行程',
      '统计',
      '设置',
      '数据来源',
      '立即备份',
      '快捷键',
      '关于沪嘉通',
    ])
      await expect(options.filter({ hasText: name }).first()).toBeVisible()

    await input.fill('tongji')
    await expect(options.first()).toContainText('统计')
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(palette).toBeHidden()
    await expect(page).toHaveURL(/#\/stats/)

    await page.keyboard.press('Control+k')
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await expect(input).toHaveAttribute('aria-activedescendant', 'palette-option-1')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(options.last()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown') // wraps to the first
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')
    await input.fill('备份')
    await expect(options.first()).toContainText('立即备份')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toContainText('从备份文件恢复')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/settings\?section=backups/)
    await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeFocused()
    await page.goto('./#/transit')

    // English works in the Chinese interface, and a miss says so.
    await page.keyboard.press('Control+k')
    await input.fill('back up')
    await expect(options.first()).toContainText('立即备份')
    await input.fill('zzzzqqq')
    await expect(palette.getByRole('status')).toHaveText('没有与“zzzzqqq”匹配的命令。')
    await page.keyboard.press('Escape')
    await expect(palette).toBeHidden()
  })

  test('the shortcuts help opens with F1 and ?, but ? typed into a field stays text', async ({
    app,
  }) => {
    const { page } = app
    await app.open('transit')
    await page.keyboard.press('F1')
    const help = page.getByRole('dialog', { name: '快捷键' })
    await expect(help).toBeVisible()
    await expect(help.getByRole('row', { name: /Ctrl\+K/ })).toContainText('命令面板')
    await expect(help.getByRole('row', { name: /Ctrl\+Shift\+B/ })).toContainText('立即备份')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
    await page.keyboard.press('Shift+Slash')
    await expect(help).toBeVisible()
    await help.getByRole('button', { name: '关闭' }).click()
    await expect(help).toBeHidden()

    await page.keyboard.press('Control+k')
    const input = page.getByRole('combobox', { name: '命令或页面' })
    await expect(input).toBeFocused()
    await page.keyboard.type('?')
    await expect(input).toHaveValue('?')
    await expect(help).toBeHidden()
  })

  test('About shows the app, runtime and data-pack versions', async ({ app }) => {
    const { page } = app
    await app.open('transit')
    await seed(page, {
      packMeta: [
        {
          id: 'current',
          version: 7,
          asOf: '2026-11-26',
          sha256: 'x',
          origin: 'shipped',
          installedAt: '2026-11-26T00:00:00Z',
        },
      ],
    })
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: '命令或页面' }).fill('guanyu')
    await page.keyboard.press('Enter')
    const about = page.getByRole('dialog', { name: '关于沪嘉通' })
    await expect(about).toBeVisible()
    const version = (
      JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }
    ).version
    await expect(about).toContainText(`应用版本${version}`)
    await expect(about).toContainText('服务数据包版本 7，数据截至 2026-11-26')
    await expect(about).toContainText('Electron—（在浏览器标签页中运行）')
    await expect(about).toContainText(`数据库结构版本${BACKUP_SCHEMA_VERSION}`)
  })
})
