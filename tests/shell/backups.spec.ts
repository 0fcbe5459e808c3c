// Backups written by the main process into the user-data folder, listed and restored by the page,
// and their rotation over simulated time (main's clock and the page's move together).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readBackupText } from '../../src/shared/backup'
import { tripNo as trip } from '../fixtures/builders'
import { rows, seed } from '../e2e/db'
import { backupFiles as backups, test, expect } from './fixtures'

const DAY = 24 * 60 * 60 * 1000
/** The calendar date of an instant at 09:00 in Shanghai (the same date in UTC). */
const dateOf = (t: number) => new Date(t).toISOString().slice(0, 10)

/** When the page last finished a backup (its own record, written after main answered). */
async function lastBackupAt(page: Page): Promise<number> {
  const settings = await rows(page, 'settings')
  const last = settings.find((s) => s['key'] === 'lastBackupAt')?.['value']
  return typeof last === 'string' ? new Date(last).getTime() : 0
}

test('“back up now” writes to the user-data folder, the list shows it, and restoring from the list brings lost data back', async ({
  launch,
}) => {
  const time = new Date('2026-03-10T09:00:00+08:00')
  const first = await launch({ time })
  const { shell, page } = first
  await seed(page, { trips: [trip(1), trip(2), trip(3, { date: '2026-03-09' })] })
  // With records stored, the start writes today's daily backup and this month's.
  await expect
    .poll(() => backups(shell.userData))
    .toEqual(['hujia-daily-2026-03-10.json', 'hujia-monthly-2026-03.json'])

  await page.goto(`${page.url().split('#')[0]}#/settings`)
  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(
    page.locator('.toast', { hasText: /已保存备份：hujia-manual-2026-03-10-/ }),
  ).toBeVisible()
  const manual = backups(shell.userData).find((n) => n.startsWith('hujia-manual-2026-03-10-'))!
  const read = await readBackupText(readFileSync(join(shell.userData, 'backups', manual), 'utf8'))
  expect(read.ok && read.backup.tables.trips.map((t) => t['id'])).toEqual([
    trip(1)['id'],
    trip(2)['id'],
    trip(3)['id'],
  ])
  const list = page.getByRole('table', { name: '备份文件夹中的备份' })
  await expect(list.getByRole('row')).toHaveCount(4) // header, manual, daily, monthly
  await expect(
    list.getByRole('button', { name: /^恢复 2026-03-10 \d\d:\d\d:\d\d 的手动备份$/ }),
  ).toBeVisible()

  // The browser's database is lost (a new profile); the folder survives. The next start offers
  // the backups, and the list restores one.
  const before = backups(shell.userData)
  await shell.stop()
  const second = await launch({ time, userData: shell.userData })
  const restorePage = second.page
  expect(await rows(restorePage, 'trips')).toEqual([])
  await expect(restorePage.locator('.toast', { hasText: '备份文件夹中有 3 份备份' })).toBeVisible()
  await restorePage.locator('.toast').getByRole('button', { name: '恢复…' }).click()
  await restorePage
    .getByRole('table', { name: '备份文件夹中的备份' })
    .getByRole('button', { name: /的手动备份$/ })
    .click()
  const dialog = restorePage.getByTestId('restore-dialog')
  await expect(dialog.locator('[data-table="trips"]')).toContainText('3')
  await dialog.getByRole('button', { name: '替换我的记录' }).click()
  await expect(restorePage.locator('.toast', { hasText: '恢复完成：3 条行程' })).toBeVisible()
  expect((await rows(restorePage, 'trips')).map((t) => t['id']).sort()).toEqual(
    [trip(1), trip(2), trip(3)].map((t) => t['id']),
  )
  // The backups from before are all still there.
  expect(backups(shell.userData)).toEqual(expect.arrayContaining(before))
})

test('rotation keeps 14 daily and 12 monthly backups as the days go by', async ({ launch }) => {
  test.slow() // 44 simulated days, each with a backup written and rotated
  const start = new Date('2025-01-15T09:00:00+08:00').getTime()
  const { shell, page } = await launch({ time: new Date(start) })
  await seed(page, { trips: [trip(1)] })
  await expect
    .poll(() => backups(shell.userData))
    .toEqual(['hujia-daily-2025-01-15.json', 'hujia-monthly-2025-01.json'])

  // The window stays open; each step the machine sleeps and wakes later, and the app's hourly
  // check writes that day's backup. Thirteen months, then a month day by day.
  let now = start
  const steps = [...Array<number>(13).fill(30), ...Array<number>(31).fill(1)]
  for (const days of steps) {
    now += days * DAY
    await shell.advance(days * DAY)
    await expect.poll(() => lastBackupAt(page)).toBeGreaterThanOrEqual(now)
    expect(backups(shell.userData)).toContain(`hujia-daily-${dateOf(now)}.json`)
  }

  const names = backups(shell.userData)
  const days = Array.from({ length: 14 }, (_, i) => dateOf(now - (13 - i) * DAY))
  expect(names.filter((n) => n.startsWith('hujia-daily-'))).toEqual(
    days.map((d) => `hujia-daily-${d}.json`),
  )
  const months = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10']
  months.push('2025-11', '2025-12', '2026-01', '2026-02', '2026-03')
  expect(names.filter((n) => n.startsWith('hujia-monthly-'))).toEqual(
    months.map((m) => `hujia-monthly-${m}.json`),
  )
  expect(names).toHaveLength(26)
  // The page lists exactly what is in the folder.
  await page.goto(`${page.url().split('#')[0]}#/settings`)
  await expect(
    page.getByRole('table', { name: '备份文件夹中的备份' }).getByRole('row'),
  ).toHaveCount(27)
})
