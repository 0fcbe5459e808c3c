// Sync in the desktop app, end to end: the page's engine, the built preload, and the built main
// process doing every request over the one sync channel (WebDAV with Node's http to Debian's
// Apache, or a folder picked in the native dialog). The page itself reaches no server. A second
// computer is played by the engine under Node with the same passphrase.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filesHolding, filesUnder } from '../fixtures/sync/files'
import type { Page } from '@playwright/test'
import { nodeHttp } from '../../src/main/sync/node-http'
import { BACKUP_SCHEMA_VERSION } from '../../src/shared/backup/format'
import { syncOnce } from '../../src/shared/sync/engine'
import { webdavTransport } from '../../src/shared/sync/webdav'
import { join as joinFolder } from '../fixtures/sync/devices'
import { MemoryStore } from '../fixtures/sync/memory-store'
import { useWebdav } from '../servers/playwright'
import { expect, test } from './fixtures'

const NOTE = '桌面版记的：嘉善南下车'
const PASSPHRASE = '家里和公司两台电脑'

const server = useWebdav(test)

const at = (page: Page, route: string) => page.goto(`${page.url().split('#')[0]}#/${route}`)
const status = (page: Page) => page.getByTestId('sync-status')
const runs = async (page: Page) => Number(await status(page).getAttribute('data-runs'))

async function connect(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await at(page, 'settings')
  await page.getByRole('button', { name: '设置同步…' }).click()
  const dialog = page.getByRole('dialog', { name: '设置同步' })
  await fill(dialog)
  await dialog.getByLabel('加密口令').fill(PASSPHRASE)
  await dialog.getByLabel('再输一次口令').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: '连接' }).click()
  const recovery = page.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })
  await recovery.getByLabel('我已经把恢复密钥保存好了').check()
  await recovery.getByRole('button', { name: '完成' }).click()
  await expect.poll(() => runs(page)).toBeGreaterThan(0)
}

async function logTrip(page: Page, note: string) {
  await at(page, 'trips')
  await page.getByRole('button', { name: '记一笔' }).click()
  const form = page.getByRole('dialog', { name: '记一笔行程' })
  const leg = form.getByRole('group', { name: '第 1 段' })
  await leg.getByLabel('方式').selectOption({ label: '高铁/动车' })
  await leg.getByLabel('支付').selectOption({ label: '车票' })
  await leg.getByLabel('起点').fill('上海虹桥')
  await leg.getByLabel('终点').fill('嘉善南')
  await leg.getByLabel('票价（元）').fill('19.5')
  await form.getByLabel('备注').fill(note)
  await form.getByRole('button', { name: '保存' }).click()
  await expect(form).toBeHidden()
}

async function syncNow(page: Page) {
  await at(page, 'settings')
  await expect(status(page)).toHaveAttribute('data-running', 'false')
  const before = await runs(page)
  await status(page).getByRole('button', { name: '立即同步' }).click()
  await expect.poll(() => runs(page)).toBeGreaterThan(before)
  await expect(page.getByTestId('sync-reason')).toHaveCount(0)
}

test('the desktop app syncs through WebDAV from its main process, and a second computer reads the trip', async ({
  desktop,
}) => {
  test.slow()
  const { shell, page } = desktop
  const folder = `shell-${Date.now()}`
  await connect(page, async (dialog) => {
    // In the desktop app 坚果云 can be chosen; this test's server is "another WebDAV drive".
    await expect(dialog.getByRole('radio', { name: '坚果云（WebDAV）' })).toBeChecked()
    await dialog.getByRole('radio', { name: '其他 WebDAV 网盘' }).check()
    await dialog.getByLabel('文件夹地址').fill(`${server().url}${folder}/`)
    await dialog.getByLabel('用户名').fill(server().user)
    await dialog.getByLabel('密码', { exact: true }).fill(server().password)
  })
  await logTrip(page, NOTE)
  await syncNow(page)

  // Every request went over the sync channel to main; the page itself reached no server.
  const calls = shell.recorded('ipc.invoke').filter((c) => c['channel'] === 'hujia:sync')
  expect(calls.length).toBeGreaterThan(5)
  expect(shell.recorded('harness.blocked')).toEqual([])
  // The app password is kept sealed by the keychain, never in plain text.
  const saved = readFileSync(join(shell.userData, 'sync-target.json'), 'utf8')
  expect(saved).not.toContain(server().password)
  expect(shell.recorded('safeStorage.encryptString').length).toBe(1)

  // A second computer (the engine under Node, same passphrase) receives the trip.
  const other = new MemoryStore()
  const t = webdavTransport(
    { url: `${server().url}${folder}/`, username: server().user, password: server().password },
    nodeHttp(),
  )
  await joinFolder(other, t, PASSPHRASE)
  await syncOnce({ store: other, transport: t, schemaVersion: BACKUP_SCHEMA_VERSION })
  expect(other.rows('trips').map((r) => r['note'])).toEqual([NOTE])

  expect(filesHolding(join(server().dir, folder), [NOTE])).toEqual([])
})

test('a folder picked in the native dialog: main writes the sync files there, ciphertext only', async ({
  desktop,
}, testInfo) => {
  const { shell, page } = desktop
  const dir = testInfo.outputPath('synced-folder')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(dir, { recursive: true })
  shell.answerDialog({ kind: 'open', filePaths: [dir] })
  await connect(page, async (dialog) => {
    await dialog.getByRole('radio', { name: '这台电脑上的文件夹' }).check()
    await dialog.getByRole('button', { name: '选择文件夹…' }).click()
    await expect(dialog.getByText(`已选：${dir}`)).toBeVisible()
  })
  expect(shell.recorded('dialog').map((d) => d['options'])).toEqual([
    { properties: ['openDirectory', 'createDirectory'] },
  ])
  await logTrip(page, NOTE)
  await syncNow(page)
  const files = filesUnder(dir).map((f) => f.slice(dir.length + 1))
  expect(files).toContain('hujia-keys.json')
  expect(files.some((f) => /^[0-9a-f]{16}\/log-\d{4}-\d\d\.hjs$/.test(f))).toBe(true)
  expect(filesHolding(dir, [NOTE])).toEqual([])
})

test('a sync request outside the sync folder’s layout is refused at the channel', async ({
  desktop,
}) => {
  const { page } = desktop
  const messages = await page.evaluate(async () => {
    const api = window.hujia! as unknown as { sync: (r: unknown) => Promise<unknown> }
    const out: string[] = []
    for (const req of [
      { op: 'read', target: 'saved', path: '../../.ssh/id_rsa', from: 0 },
      { op: 'write', target: 'saved', path: 'notes.txt', bytes: new Uint8Array(1) },
      { op: 'setWebdav', account: { url: 'https://x/', username: 'u', password: 'p', more: 1 } },
    ])
      out.push(
        await api.sync(req).then(
          () => 'resolved',
          (e: Error) => e.message,
        ),
      )
    // A well-formed request without a saved target is answered as data, not thrown.
    out.push(JSON.stringify(await api.sync({ op: 'list', target: 'saved', dir: '' })))
    return out
  })
  for (const m of messages.slice(0, 3))
    expect(m).toBe("Error invoking remote method 'hujia:sync': Error: IPC sync: invalid arguments")
  expect(JSON.parse(messages[3]!)).toEqual({
    ok: false,
    error: { kind: 'protocol', detail: 'sync is not set up' },
  })
})
