// Screenshots of sync in the built app (browser build) against the test WebDAV server: the setup
// screen filled in, the recovery key shown once, and the status after a sync.
//   node scripts/screenshot-sync.mjs [out-dir]     (default docs/)
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, PAGE_OPTIONS, requireChromium } from './chromium.mjs'
import { startServer } from './serve-web.mjs'
import { startWebdav } from '../tests/servers/webdav.mjs'

const outDir = process.argv[2] ?? 'docs'
mkdirSync(outDir, { recursive: true })
const dav = await startWebdav()
const server = await startServer({ dir: 'out/renderer' })
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage(PAGE_OPTIONS)
  await page.goto(`${server.url}#/settings`)
  await page.waitForSelector('html[data-ready="true"]')
  await page.getByRole('button', { name: '设置同步…' }).click()
  const dialog = page.getByRole('dialog', { name: '设置同步' })
  await dialog.getByLabel('文件夹地址').fill(`${dav.url}沪嘉通/`)
  await dialog.getByLabel('用户名').fill(dav.user)
  await dialog.getByLabel('密码', { exact: true }).fill(dav.password)
  await dialog.getByLabel('加密口令').fill('家里和公司两台电脑')
  await dialog.getByLabel('再输一次口令').fill('家里和公司两台电脑')
  await dialog.screenshot({ path: join(outDir, 'sync-setup.png') })
  await dialog.getByRole('button', { name: '连接' }).click()
  const recovery = page.getByRole('dialog', { name: '恢复密钥（只显示这一次）' })
  await recovery.waitFor()
  await recovery.screenshot({ path: join(outDir, 'sync-recovery-key.png') })
  await recovery.getByLabel('我已经把恢复密钥保存好了').check()
  await recovery.getByRole('button', { name: '完成' }).click()
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-runs')) > 0,
  )
  await page.getByTestId('sync-section').screenshot({ path: join(outDir, 'sync-status.png') })

  // The server throttling, as 坚果云 does: the status says why and when the next try is.
  await page.route(`${dav.url}**`, (route) =>
    route.fulfill({
      status: 503,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Retry-After',
        'Retry-After': '300',
      },
      body: '',
    }),
  )
  await page.getByRole('button', { name: '立即同步' }).click()
  await page.getByTestId('sync-reason').waitFor()
  await page
    .getByTestId('sync-section')
    .screenshot({ path: join(outDir, 'sync-status-throttled.png') })

  // The desktop app's setup screen (坚果云 selectable): the page with a stand-in preload whose
  // calls all answer "nothing", enough to render the screen.
  const desktop = await browser.newPage(PAGE_OPTIONS)
  await desktop.addInitScript(() => {
    const none = async () => null
    window.hujia = new Proxy(
      {},
      {
        get: (_t, k) =>
          k === 'onMenuCommand' ? () => () => {} : k === 'backupList' ? async () => [] : none,
      },
    )
  })
  await desktop.goto(`${server.url}#/settings`)
  await desktop.waitForSelector('html[data-ready="true"]')
  await desktop.getByRole('button', { name: '设置同步…' }).click()
  const d2 = desktop.getByRole('dialog', { name: '设置同步' })
  await d2.getByLabel('坚果云账号（邮箱或手机号）').fill('commuter@example.com')
  await d2.getByLabel('应用密码').fill('abcdefghijklmnop')
  await d2.screenshot({ path: join(outDir, 'sync-setup-desktop.png') })
  console.log(
    `wrote ${outDir}/sync-setup.png, sync-setup-desktop.png, sync-recovery-key.png, sync-status.png`,
  )
} finally {
  await browser.close()
  await server.close()
  await dav.stop()
}
