// Two browsers (two contexts: two profiles, two IndexedDBs) sync through a real WebDAV server,
// Debian's Apache with mod_dav allowing web pages (CORS), as the browser build does it: a trip
// logged in one appears in the other, an edit on both sides resolves by clock, a delete stays
// deleted, and the files on the server hold no plaintext.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { filesHolding, filesUnder } from '../fixtures/sync/files'
import type { Browser, Page } from '@playwright/test'
import { PAGE_OPTIONS } from '../../scripts/chromium.mjs'
import { useWebdav } from '../servers/playwright'
import { expect, test, waitReady } from './fixtures'

const NOTE = '在嘉兴南站换乘，医保卡记得带'
const PASSPHRASE = '家里和公司两台电脑'

const server = useWebdav(test)

async function openApp(browser: Browser, route: string): Promise<Page> {
  const context = await browser.newContext(PAGE_OPTIONS)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`./#/${route}`)
  await waitReady(page)
  return page
}

const status = (page: Page) => page.getByTestId('sync-status')

/** Number of syncs the page has finished (the app's own signal). */
async function runs(page: Page): Promise<number> {
  return Number(await status(page).getAttribute('data-runs'))
}

/** Opens settings, presses "sync now" and waits until that sync has finished without an error. */
async function syncNow(page: Page): Promise<void> {
  await page.goto('./#/settings')
  await expect(status(page)).toHaveAttribute('data-running', 'false')
  const before = await runs(page)
  await status(page).getByRole('button', { name: '立即同步' }).click()
  await expect.poll(() => runs(page)).toBeGreaterThan(before)
  await expect(status(page)).toHaveAttribute('data-running', 'false')
  await expect(page.getByTestId('sync-reason')).toHaveCount(0)
}

async function setUp(page: Page, folder: string, passphrase = PASSPHRASE) {
  await page.goto('./#/settings')
  await page.getByRole('button', { name: '设置同步…' }).click()
  const dialog = page.getByRole('dialog', { name: '设置同步' })
  // 坚果云 cannot be chosen in a browser, and the dialog says why.
  await expect(dialog.getByRole('radio', { name: '坚果云（WebDAV）' })).toBeDisabled()
  await expect(dialog.getByText('坚果云不允许网页访问')).toBeVisible()
  await dialog.getByLabel('文件夹地址').fill(`${server().url}${folder}/`)
  await dialog.getByLabel('用户名').fill(server().user)
  await dialog.getByLabel('密码', { exact: true }).fill(server().password)
  await dialog.getByLabel('加密口令').fill(passphrase)
  await dialog.getByLabel('再输一次口令').fill(passphrase)
  await dialog.getByRole('button', { name: '连接' }).click()
  return dialog
}

async function logTrip(page: Page, note: string) {
  await page.goto('./#/trips')
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  const leg = form.getByRole('group', { name: '第 1 段' })
  await leg.getByLabel('方式').selectOption({ label: '高铁/动车' })
  await leg.getByLabel('起点').fill('上海虹桥')
  await leg.getByLabel('终点').fill('嘉兴南')
  await leg.getByLabel('支付').selectOption({ label: '车票' })
  await leg.getByLabel('票价（元）').fill('24.5')
  await form.getByLabel('备注').fill(note)
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
}

async function editNote(page: Page, from: string, to: string) {
  await page.goto('./#/trips')
  const row = page.locator('[data-trip-row]').filter({ hasText: from })
  await row.getByRole('button', { name: '编辑' }).click()
  const form = page.getByRole('dialog', { name: '编辑行程' })
  await form.getByLabel('备注').fill(to)
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
}

const tripRows = (page: Page) => page.locator('[data-trip-row]')

test('two browsers sync through WebDAV: create, concurrent edits, delete, ciphertext only', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const folder = 'hujia-e2e'
  const a = await openApp(browser, 'settings')
  const b = await openApp(browser, 'settings')

  // The first device creates the key and shows the recovery key once.
  await setUp(a, folder)
  const recovery = a.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })
  await expect(recovery.getByTestId('recovery-key')).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
  await expect(recovery.getByRole('button', { name: '完成' })).toBeDisabled()
  await recovery.getByLabel('我已经把恢复密钥保存好了').check()
  await recovery.getByRole('button', { name: '完成' }).click()
  await expect(status(a)).toBeVisible()
  await expect.poll(() => runs(a)).toBeGreaterThan(0)

  // The second joins with the same passphrase: no new key, no recovery key.
  await setUp(b, folder)
  await expect(status(b)).toBeVisible()
  await expect(b.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })).toHaveCount(0)

  // A trip logged on A appears on B.
  await logTrip(a, NOTE)
  await syncNow(a)
  await syncNow(b)
  await b.goto('./#/trips')
  await expect(tripRows(b).filter({ hasText: NOTE })).toHaveCount(1)

  // Both edit the note; B's edit is the later one by clock and wins on both.
  await editNote(a, NOTE, 'A 改的备注')
  await editNote(b, NOTE, 'B 改的备注')
  await syncNow(a)
  await syncNow(b)
  await syncNow(a)
  for (const p of [a, b]) {
    await p.goto('./#/trips')
    await expect(tripRows(p)).toHaveCount(1)
    await expect(tripRows(p).first()).toContainText('B 改的备注')
  }

  // Deleted on A, it stays deleted on both, through further syncs.
  await a.goto('./#/trips')
  await tripRows(a).first().getByRole('button', { name: '删除' }).click()
  await expect(tripRows(a)).toHaveCount(0)
  await syncNow(a)
  await syncNow(b)
  await syncNow(a)
  await syncNow(b)
  for (const p of [a, b]) {
    await p.goto('./#/trips')
    await waitReady(p)
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(tripRows(p)).toHaveCount(0)
  }

  // The server holds the key file and device folders, and no trip text anywhere.
  const files = filesUnder(join(server().dir, folder))
  expect(files.some((f) => f.endsWith('hujia-keys.json'))).toBe(true)
  expect(
    files.filter((f) => /\/[0-9a-f]{16}\/log-\d{4}-\d{2}\.hjs$/.test(f)).length,
  ).toBeGreaterThanOrEqual(2)
  expect(
    filesHolding(join(server().dir, folder), [NOTE, 'B 改的备注', '上海虹桥', PASSPHRASE]),
  ).toEqual([])
})

test('a wrong passphrase is refused and nothing is saved or uploaded', async ({ browser }) => {
  const folder = 'hujia-e2e-wrong'
  const a = await openApp(browser, 'settings')
  await setUp(a, folder)
  const recovery = a.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })
  await recovery.getByLabel('我已经把恢复密钥保存好了').check()
  await recovery.getByRole('button', { name: '完成' }).click()
  await expect.poll(() => runs(a)).toBeGreaterThan(0)
  const before = filesUnder(join(server().dir, folder)).sort()

  const b = await openApp(browser, 'settings')
  const dialog = await setUp(b, folder, '不是这个口令，是另一个')
  await expect(dialog.getByTestId('sync-setup-error')).toHaveText(
    '口令不对：它打不开这个同步文件夹的密钥。什么都没有写入。',
  )
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(b.getByRole('button', { name: '设置同步…' })).toBeVisible()
  expect(filesUnder(join(server().dir, folder)).sort()).toEqual(before)
  // Reloaded, B is still not set up.
  await b.reload()
  await waitReady(b)
  await expect(b.getByRole('button', { name: '设置同步…' })).toBeVisible()
})

test('a computer whose clock is hours ahead is told to fix it and uploads nothing', async ({
  browser,
}) => {
  const folder = 'hujia-e2e-clock'
  const context = await browser.newContext(PAGE_OPTIONS)
  const page = await context.newPage()
  await page.clock.install({ time: Date.now() + 3 * 3600_000 })
  await page.goto('./#/settings')
  await waitReady(page)
  await setUp(page, folder)
  const recovery = page.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })
  await recovery.getByLabel('我已经把恢复密钥保存好了').check()
  await recovery.getByRole('button', { name: '完成' }).click()
  await expect(page.getByTestId('sync-reason')).toContainText(
    '这台电脑的时钟比服务器快了约 180 分钟',
  )
  // Only the key file: no device folder was written.
  expect(readdirSync(join(server().dir, folder))).toEqual(['hujia-keys.json'])
})

test('the browser build syncs into a folder picked with the directory picker', async ({
  browser,
}) => {
  const context = await browser.newContext(PAGE_OPTIONS)
  const page = await context.newPage()
  // The picker is the browser's own dialog; here it hands over this profile's private folder
  // (the same File System Access handles, with no dialog to click through).
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() })
  })
  await page.goto('./#/settings')
  await waitReady(page)
  await page.getByRole('button', { name: '设置同步…' }).click()
  const dialog = page.getByRole('dialog', { name: '设置同步' })
  await dialog.getByRole('radio', { name: '这台电脑上的文件夹' }).check()
  await dialog.getByRole('button', { name: '选择文件夹…' }).click()
  await expect(dialog.getByText(/^已选：/)).toBeVisible()
  await dialog.getByLabel('加密口令').fill(PASSPHRASE)
  await dialog.getByLabel('再输一次口令').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: '连接' }).click()
  const recovery = page.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })
  await recovery.getByLabel('我已经把恢复密钥保存好了').check()
  await recovery.getByRole('button', { name: '完成' }).click()
  await expect.poll(() => runs(page)).toBeGreaterThan(0)
  await logTrip(page, NOTE)
  await syncNow(page)
  // After a reload the saved folder is used again.
  await page.reload()
  await waitReady(page)
  await syncNow(page)

  const listing = await page.evaluate(async (note) => {
    const root = await navigator.storage.getDirectory()
    const out: { path: string; plain: boolean }[] = []
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const h of (
        dir as unknown as { values(): AsyncIterable<FileSystemHandle> }
      ).values()) {
        if (h.kind === 'directory')
          await walk(h as FileSystemDirectoryHandle, `${prefix}${h.name}/`)
        else {
          const text = new TextDecoder().decode(
            await (await (h as FileSystemFileHandle).getFile()).arrayBuffer(),
          )
          out.push({ path: prefix + h.name, plain: text.includes(note) })
        }
      }
    }
    await walk(root, '')
    return out
  }, NOTE)
  const paths = listing.map((f) => f.path)
  expect(paths).toContain('hujia-keys.json')
  expect(paths.some((p) => /^[0-9a-f]{16}\/log-\d{4}-\d\d\.hjs$/.test(p))).toBe(true)
  expect(listing.filter((f) => f.plain)).toEqual([])
  await context.close()
})
