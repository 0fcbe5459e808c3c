// Never lose data, in a real browser: backups, restore with a preview, refusing a tampered file,
// a reload in the middle of a large restore, a full disk, and the reminders.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, waitReady } from './fixtures'
import { count, rows, seed, setting } from './db'
import { readBackupText } from '../../src/shared/backup'
import { backupFile, trip, uuid } from '../fixtures/builders'

const BAD_INPUT = join(__dirname, '../fixtures/bad-input')

/**
 * Makes the app hold its next large write's transaction open and say so (src/renderer/src/db/
 * write-pause.ts), so a test reloads before the commit on any machine.
 */
async function pauseLargeWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(globalThis as { __hujiaPauseLargeWrites?: boolean }).__hujiaPauseLargeWrites = true
  })
}

/** Clicks "restore from a file" and hands the file chooser a file. */
async function restoreFrom(page: Page, name: string, content: string | Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从文件恢复…' }).click()
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  })
}

test.describe('backups and restore', () => {
  test('downloads a backup that restores, and restores another with a preview', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    await seed(page, {
      trips: [
        trip({ id: uuid(1) }),
        trip({ id: uuid(2) }),
        trip({ id: uuid(3), date: '2025-10-08' }),
      ],
    })
    await expect(page.getByTestId('last-backup')).toHaveText('尚未备份过。')

    const download = page.waitForEvent('download')
    await page.locator('#main').getByRole('button', { name: '下载备份' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^hujia-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const read = await readBackupText(readFileSync((await file.path())!, 'utf8'))
    expect(read.ok && read.backup.tables.trips.length).toBe(3)
    await expect(page.getByTestId('last-backup')).toContainText('上次备份')

    const html = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>加粗</b>'
    const text = await backupFile({
      trips: [
        trip({ id: uuid(10), note: '上海⇄嘉兴，𠮷野家 🚄' }),
        trip({ id: uuid(11), date: '2025-09-30', note: html }),
      ],
      cards: [
        {
          id: uuid(20),
          typeId: 'jx-citizen-card',
          nickname: '嘉兴市民卡',
          note: '',
          createdAt: '2025-01-01T00:00:00.000Z',
        },
      ],
      settings: [{ key: 'language', value: 'zh-CN' }],
    })
    await restoreFrom(page, 'old-backup.json', text)
    const dialog = page.getByRole('dialog', { name: '恢复备份' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('old-backup.json')
    await expect(dialog).toContainText('其中的行程从 2025-09-30 到 2025-10-09')
    const tripsRow = dialog.getByTestId('restore-preview').locator('tr[data-table="trips"]')
    await expect(tripsRow.locator('td')).toHaveText(['2', '3'])
    await expect(dialog.locator('tr[data-table="cards"] td')).toHaveText(['1', '0'])
    expect(await count(page, 'trips')).toBe(3) // the preview wrote nothing

    await dialog.getByRole('button', { name: '替换我的记录' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('restore-status')).toHaveText(
      '恢复完成：2 条行程及备份中的其他内容。',
    )
    const restored = await rows(page, 'trips')
    expect(restored.map((t) => t['id']).sort()).toEqual([uuid(10), uuid(11)])
    expect(restored.find((t) => t['id'] === uuid(11))?.['note']).toBe(html)
    expect(restored.find((t) => t['id'] === uuid(10))?.['note']).toBe('上海⇄嘉兴，𠮷野家 🚄')

    // The HTML note is data, never markup: no element is created wherever trips are shown. Each
    // screen is checked once it shows the restored trips.
    const shown = {
      trips: page.locator('[data-trip-row]', { hasText: '<script>' }),
      'stats?view=report&month=2025-09': page.getByRole('row', { name: /^9\/30 07:10–08:30/ }),
      'stats?view=calendar&year=2025': page.getByRole('button', {
        name: /^2025年9月30日周二: 1 趟/,
      }),
    }
    for (const [route, sign] of Object.entries(shown)) {
      await page.goto(`./#/${route}`)
      await waitReady(page)
      await expect(sign).toBeVisible()
      const injected = await page.evaluate(() => ({
        img: document.querySelectorAll('img[src="x"]').length,
        bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === '加粗').length,
        xss: (window as unknown as { __xss?: number }).__xss ?? null,
      }))
      expect(injected, route).toEqual({ img: 0, bold: 0, xss: null })
    }
  })

  test('a tampered backup is refused with a clear message and nothing changes', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    await seed(page, { trips: [trip({ id: uuid(1) }), trip({ id: uuid(2) })] })
    await restoreFrom(
      page,
      'tampered-backup.json',
      readFileSync(join(BAD_INPUT, 'tampered-backup.json')),
    )
    await expect(page.getByRole('alert')).toHaveText(
      '无法恢复此文件：备份的校验值与内容不符：文件在写入后被修改或损坏。',
    )
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await restoreFrom(
      page,
      'truncated-backup.json',
      readFileSync(join(BAD_INPUT, 'truncated-backup.json')),
    )
    await expect(page.getByRole('alert')).toContainText('文件不是可读的 JSON')
    await restoreFrom(page, 'trips.json', readFileSync(join(BAD_INPUT, 'negative-fares.json')))
    await expect(page.getByRole('alert')).toContainText('这是行程导出文件，不是备份')
    expect((await rows(page, 'trips')).map((t) => t['id']).sort()).toEqual([uuid(1), uuid(2)])
  })

  test('reloading in the middle of a large restore leaves the database as it was', async ({
    app,
  }) => {
    const { page } = app
    await app.open('settings')
    const kept = [1, 2, 3, 4, 5].map((n) => trip({ id: uuid(n) }))
    await seed(page, { trips: kept })
    const many = Array.from({ length: 1_500 }, (_, i) =>
      trip({ id: uuid(100_000 + i), date: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` }),
    )
    await restoreFrom(page, 'big-backup.json', await backupFile({ trips: many }))
    const dialog = page.getByRole('dialog', { name: '恢复备份' })
    await expect(dialog.locator('tr[data-table="trips"] td')).toHaveText(['1500', '5'])
    await pauseLargeWrites(page)
    await dialog.getByRole('button', { name: '替换我的记录' }).click()
    // The restore's one transaction has written the trips and is held open, not committed.
    await expect(page.locator('html')).toHaveAttribute('data-write-paused', 'trips')
    await page.reload()
    await waitReady(page)
    expect((await rows(page, 'trips')).map((t) => t['id']).sort()).toEqual(kept.map((t) => t.id))
  })

  test('reloading in the middle of a large CSV import leaves the trips as they were', async ({
    app,
  }) => {
    const { page } = app
    await app.open('settings')
    const kept = [1, 2, 3].map((n) => trip({ id: uuid(n) }))
    await seed(page, { trips: kept })
    const header =
      'trip_id,date,direction,depart,arrive,leg,mode,from,to,line,payment,card,fare_yuan,minutes,note,tags'
    const lines = [header]
    for (let i = 0; i < 1_500; i++) {
      const date = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
      lines.push(
        `${uuid(200_000 + i)},${date},toWork,07:10,08:30,1,hsr,上海虹桥,嘉兴南,G${i},ticket,,24.50,28,第${i}次,`,
      )
    }
    await page.goto('./#/trips?action=import')
    const dialog = page.getByRole('dialog', { name: '导入行程' })
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: '选择文件…' }).click()
    await (
      await chooser
    ).setFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8'),
    })
    const submit = dialog.getByRole('button', { name: '导入 1500 条新行程' })
    await expect(submit).toBeEnabled()
    await pauseLargeWrites(page)
    await submit.click()
    await expect(page.locator('html')).toHaveAttribute('data-write-paused', 'trips')
    await page.reload()
    await waitReady(page)
    expect((await rows(page, 'trips')).map((t) => t['id']).sort()).toEqual(kept.map((t) => t.id))
  })

  test('a full disk during a restore is explained and nothing is written', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    // The start's own writes (the stored pack, the storage status) are done before the disk fills.
    await expect(page.getByTestId('storage-status')).not.toHaveText('正在确认存储状态…')
    await seed(page, { trips: [trip({ id: uuid(1) })] })
    const disk = (full: boolean) =>
      page.evaluate((full) => {
        const w = window as unknown as Record<string, unknown>
        const proto = IDBObjectStore.prototype
        w['__idbWrites'] ??= { add: proto.add, put: proto.put }
        const saved = w['__idbWrites'] as Pick<IDBObjectStore, 'add' | 'put'>
        // Every write fails as a full disk does.
        const quota = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
        proto.add = full ? quota : saved.add
        proto.put = full ? quota : saved.put
      }, full)
    await disk(true)
    await restoreFrom(
      page,
      'backup.json',
      await backupFile({ trips: [trip({ id: uuid(7) }), trip({ id: uuid(8) })] }),
    )
    const dialog = page.getByRole('dialog', { name: '恢复备份' })
    await dialog.getByRole('button', { name: '替换我的记录' }).click()
    await expect(dialog.getByRole('alert')).toHaveText(
      '恢复失败，没有做任何更改：存储空间不足，未写入任何数据。请释放磁盘空间或删除旧数据后重试。',
    )
    // Space is freed, as the message asks, before the app is started again.
    await disk(false)
    await page.reload()
    await waitReady(page)
    expect((await rows(page, 'trips')).map((t) => t['id'])).toEqual([uuid(1)])
    // Dexie 4.4.7's live-query cache (dexie.mjs, cache middleware) chains `promise.then(…)` on a
    // small write without a rejection handler: when the write fails while the cache reads
    // another transaction (a race with the app's sync-capture middleware, which awaits before
    // writing), the failure is also reported as an unhandled rejection. The app handled it: the
    // message was shown and nothing is written. That report, and only it, is let through.
    app.errors.splice(
      0,
      app.errors.length,
      ...app.errors.filter((e) => !/^QuotaExceededError: /.test(e)),
    )
  })

  test('the browser reminds to download a backup after 7 days without one', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString()
    await seed(page, {
      trips: [trip({ id: uuid(1) })],
      settings: [{ key: 'lastBackupAt', value: eightDaysAgo }],
    })
    const toast = page.locator('.toast', { hasText: '已有 8 天没有备份' })
    await expect(toast).toBeVisible()
    await expect(page.getByTestId('backup-reminder')).toContainText('已有 8 天没有备份')
    const download = page.waitForEvent('download')
    await toast.getByRole('button', { name: '下载备份' }).click()
    await download
    await expect(page.getByTestId('backup-reminder')).toBeHidden()
    const last = (await rows(page, 'settings')).find((s) => s['key'] === 'lastBackupAt')?.['value']
    expect(Date.now() - Date.parse(String(last))).toBeLessThan(60_000)
  })

  test('no reminder without data, or after a recent backup', async ({ app }) => {
    const { page } = app
    await app.open('settings')
    const decided = async () => {
      await expect(page.getByRole('region', { name: '备份与恢复' })).toHaveAttribute(
        'data-reminder',
        'not-due',
      )
      await expect(page.locator('html')).toHaveAttribute('data-backup-reminder', 'not-due')
    }
    await decided()
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
    await seed(page, {
      trips: [trip({ id: uuid(1) })],
      settings: [{ key: 'lastBackupAt', value: new Date().toISOString() }],
    })
    await expect(page.getByTestId('last-backup')).toContainText('上次备份')
    await decided()
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
    await expect(page.locator('.toast')).toHaveCount(0)
  })

  test('Ctrl+Shift+B backs up from anywhere', async ({ app }) => {
    const { page } = app
    await app.open('transit')
    const download = page.waitForEvent('download')
    await page.keyboard.press('Control+Shift+B')
    expect((await download).suggestedFilename()).toMatch(/^hujia-backup-/)
    await expect(page.locator('.toast', { hasText: '已下载备份' })).toBeVisible()
  })
})

test.describe('the daily reminder', () => {
  test('fires once on a working day at its time when nothing is logged', async ({
    app,
    context,
  }) => {
    const { page } = app
    await context.grantPermissions(['notifications'])
    // Monday 20 October 2025, 10:00 in Shanghai: a working day.
    await page.clock.setFixedTime(new Date('2025-10-20T10:00:00+08:00'))
    await app.open('settings')
    await page.getByLabel('提醒我记录通勤').check()
    await expect(page.getByTestId('reminder-status')).toHaveText('已设置在工作日 09:30 提醒。')
    await page.getByLabel('提醒时间').fill('09:45')
    await expect(page.getByTestId('reminder-status')).toHaveText('已设置在工作日 09:45 提醒。')
    // The status shows the choice at once; reload only once it is stored.
    await expect.poll(() => setting(page, 'reminderTime')).toBe('09:45')
    await page.reload()
    await waitReady(page)
    const toast = page.locator('.toast', { hasText: '记录今天的通勤' })
    await expect(toast).toBeVisible()
    const notified = (await rows(page, 'settings')).find((s) => s['key'] === 'reminderNotifiedOn')
    expect(notified?.['value']).toBe('2025-10-20')
    await toast.getByRole('button', { name: '记录行程' }).click()
    await expect(page).toHaveURL(/#\/trips/)
    await page.reload()
    await waitReady(page)
    await expect(page.locator('html')).toHaveAttribute('data-commute-reminder', 'not-due')
    await expect(page.locator('.toast', { hasText: '记录今天的通勤' })).toHaveCount(0)
  })

  test('stays quiet when today is already logged', async ({ app }) => {
    const { page } = app
    await page.clock.setFixedTime(new Date('2025-10-20T10:00:00+08:00'))
    await app.open('settings')
    await seed(page, {
      trips: [trip({ id: uuid(1), date: '2025-10-20' })],
      settings: [{ key: 'reminderTime', value: '09:00' }],
    })
    await expect(page.locator('html')).toHaveAttribute('data-commute-reminder', 'not-due')
    await expect(page.locator('.toast', { hasText: '记录今天的通勤' })).toHaveCount(0)
  })
})
