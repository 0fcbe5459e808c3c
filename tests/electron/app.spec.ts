// The real Electron app (`npx electron-vite build` first): the window, the preload's surface, the
// sandbox, navigation lock-down, external links, and "back up now" writing to <userData>/backups. The Electron
// binary is not downloaded on every machine (ELECTRON_SKIP_BINARY_DOWNLOAD=1); without it every
// test here is skipped with the reason printed. tests/shell runs the same desktop path (built main
// and preload, a Chromium page) on every machine; tests/shell/README.md says which covers what.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { IPC_CHANNELS, MENU_EVENT } from '../../src/shared/ipc/api'
import { readBackupText } from '../../src/shared/backup'
import { trip } from '../fixtures/builders'
import { seed } from '../e2e/db'

const ROOT = resolve(__dirname, '../..')

/** The Electron executable, or why there is none. */
function findElectron(): { path: string } | { reason: string } {
  try {
    // In node, the electron package exports the path of its binary (and throws when it is absent).
    const path = createRequire(join(ROOT, 'package.json'))('electron') as unknown
    if (typeof path !== 'string')
      return { reason: 'the electron package did not give a binary path' }
    if (!existsSync(path))
      return { reason: `the Electron binary is not installed (${path} is missing)` }
    return { path }
  } catch (e) {
    return {
      reason: `the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?): ${
        (e as Error).message
      }`,
    }
  }
}

const found = findElectron()
const skipReason = 'reason' in found ? found.reason : null
if (skipReason) console.log(`tests/electron skipped: ${skipReason}`)

test.describe('the Electron app', () => {
  test.skip(skipReason !== null, `tests/electron skipped: ${skipReason}`)

  let app: ElectronApplication
  let win: Page
  let userData: string

  test.beforeEach(async () => {
    expect(existsSync(join(ROOT, 'out/main/index.js')), 'run `npx electron-vite build` first').toBe(
      true,
    )
    userData = mkdtempSync(join(tmpdir(), 'hujia-electron-'))
    app = await electron.launch({
      args: ['.'],
      cwd: ROOT,
      executablePath: 'path' in found ? found.path : undefined,
      env: { ...process.env, HUJIA_USER_DATA: userData },
    })
    win = await app.firstWindow()
    await win.waitForSelector('html[data-ready="true"]', { timeout: 30_000 })
  })

  test.afterEach(async () => {
    await app?.close()
    rmSync(userData, { recursive: true, force: true })
  })

  test('opens one window on the app:// origin', async () => {
    expect(app.windows()).toHaveLength(1)
    expect(win.url()).toMatch(/^app:\/\//)
    await expect(win.getByRole('navigation')).toBeVisible()
    expect(await app.evaluate(({ app }) => app.getPath('userData'))).toBe(userData)
  })

  test('window.hujia has exactly the IPC channels and onMenuCommand', async () => {
    const keys = await win.evaluate(() =>
      Object.keys((window as unknown as { hujia: object }).hujia).sort(),
    )
    expect(keys).toEqual([...IPC_CHANNELS, 'onMenuCommand'].sort())
  })

  test('the page has no require and no process', async () => {
    const types = await win.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return {
        require: typeof w['require'],
        process: typeof w['process'],
        module: typeof w['module'],
      }
    })
    expect(types).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' })
  })

  test('a link leaves the app only from a click on an allowed source, never by navigating', async () => {
    const start = new URL(win.url())
    // Main's shell.openExternal is replaced by a recorder: what reaches the system browser.
    await app.evaluate(({ shell }) => {
      const opened: string[] = []
      ;(globalThis as { opened?: string[] }).opened = opened
      shell.openExternal = async (url: string) => {
        opened.push(url)
      }
    })
    const opened = () => app.evaluate(() => (globalThis as { opened?: string[] }).opened ?? [])

    // What injected markup or a script might try, even with an allowed host: a link, a popup, a
    // navigation. None may open anything or move the window.
    await win.evaluate(() => {
      const a = document.createElement('a')
      a.href = 'https://www.shine.cn/elsewhere'
      a.textContent = 'external'
      a.id = 'external-link'
      document.body.append(a)
    })
    await win.click('#external-link')
    await win.evaluate(() => window.open('https://www.shine.cn/popup', '_blank'))
    await win.evaluate(() => {
      window.location.href = 'https://www.shine.cn/replace'
    })

    // The app's own way out: a source's "open the page" button, clicked by the user. It arrives
    // after everything above, so a recorder holding only it shows none of those got through.
    await win.evaluate(() => (location.hash = '#/sources'))
    const source = win.locator('.source-details', { hasText: 'https://www.shine.cn/' }).first()
    const url = (await source.locator('.source-url').textContent())!.trim()
    await source.getByRole('button', { name: '打开网页' }).click()
    await expect.poll(opened).toEqual([url])

    const now = new URL(win.url())
    expect([now.protocol, now.host, now.pathname]).toEqual([
      start.protocol,
      start.host,
      start.pathname,
    ])
    expect(app.windows()).toHaveLength(1)
  })

  test('"back up now" writes a file in <userData>/backups; the daily backup follows once there is data', async () => {
    const dir = join(userData, 'backups')
    const names = () => (existsSync(dir) ? readdirSync(dir) : [])
    // A new, empty store is not backed up automatically: once the app has decided, no daily.
    await expect(win.locator('html')).toHaveAttribute('data-daily-backup', 'not-due')
    expect(names().filter((n) => n.startsWith('hujia-daily-'))).toEqual([])

    await app.evaluate(({ BrowserWindow }, event) => {
      BrowserWindow.getAllWindows()[0]!.webContents.send(event, 'backupNow')
    }, MENU_EVENT)
    await expect
      .poll(() => names().filter((n) => n.startsWith('hujia-manual-')), { timeout: 15_000 })
      .toHaveLength(1)
    const manual = names().find((n) => n.startsWith('hujia-manual-'))!
    expect((await readBackupText(readFileSync(join(dir, manual), 'utf8'))).ok).toBe(true)
    expect(names().some((n) => n.endsWith('.tmp'))).toBe(false)
    await expect(win.locator('.toast', { hasText: manual })).toBeVisible()

    // With a trip stored, the next start writes today's daily (and this month's) backup.
    await seed(win, { trips: [trip()] })
    await expect
      .poll(() => names().filter((n) => /^hujia-(daily|monthly)-/.test(n)), { timeout: 15_000 })
      .toHaveLength(2)
    const daily = names().find((n) => n.startsWith('hujia-daily-'))!
    const read = await readBackupText(readFileSync(join(dir, daily), 'utf8'))
    expect(read.ok && read.backup.tables.trips.length).toBe(1)
  })
})
