// The window main opens: Electron's security settings, the preload it names, the app:// origin
// the page runs on (every byte from main's own handler), the permission handlers, and the
// navigation lock-down, with the built main, the built preload and the page all real.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { IPC_CHANNELS } from '../../src/shared/ipc/api'
import { test, expect } from './fixtures'
import { OUT_DIR } from './harness/shell'
import { HARNESS_ORIGIN } from './harness/window'

test('the window has the security checklist settings and the built preload', async ({
  desktop,
}) => {
  const { shell, win } = desktop
  expect(shell.recorded('window.create')).toHaveLength(1)
  expect(win.options.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  })
  expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  expect(win.preloadPath).toBe(join(OUT_DIR, 'preload/index.js'))
  expect(existsSync(win.preloadPath)).toBe(true)
  // The window shows once its page is ready, not before.
  expect(win.options['show']).toBe(false)
  expect(shell.recorded('window.call').map((c) => c['method'])).toContain('show')

  // What the page gets from that preload: window.hujia with the contract's functions, frozen,
  // and nothing of Node.
  const page = await desktop.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      keys: Object.keys(w['hujia'] as object).sort(),
      frozen: Object.isFrozen(w['hujia']),
      require: typeof w['require'],
      process: typeof w['process'],
      module: typeof w['module'],
      ipcRenderer: typeof w['ipcRenderer'],
    }
  })
  expect(page).toEqual({
    keys: [...IPC_CHANNELS, 'onMenuCommand'].sort(),
    frozen: true,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  })
})

test('the page runs on app://hujia, served only by main’s own protocol handler', async ({
  desktop,
}) => {
  const { shell, page } = desktop
  // The scheme is registered privileged before ready (standard, secure: IndexedDB and a secure
  // context), and nothing that weakens it (bypassCSP, corsEnabled).
  const [registered] = shell.recorded('protocol.registerSchemesAsPrivileged')
  expect(registered?.['beforeReady']).toBe(true)
  const schemes = registered?.['schemes'] as { scheme: string; privileges: object }[]
  expect(schemes).toHaveLength(1)
  expect(schemes[0]!.scheme).toBe('app')
  expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true })
  expect(schemes[0]!.privileges).not.toHaveProperty('bypassCSP')
  expect(schemes[0]!.privileges).not.toHaveProperty('corsEnabled')
  expect(shell.recorded('protocol.handle').map((r) => r['scheme'])).toEqual(['app'])

  expect(shell.recorded('webContents.loadURL').map((r) => r['url'])).toEqual([
    'app://hujia/index.html',
  ])
  // Every request the page made was answered by that handler, and none went anywhere else.
  const served = shell.recorded('protocol.request')
  expect(served.length).toBeGreaterThan(3)
  for (const r of served) expect(String(r['url'])).toMatch(/^app:\/\/hujia\//)
  expect(served.filter((r) => r['status'] !== 200)).toEqual([])
  expect(shell.recorded('harness.blocked')).toEqual([])
  // main sees the page's calls come from its main frame on app://hujia.
  await page.evaluate(() => window.hujia!.appInfo())
  const frames = shell.recorded('ipc.invoke').map((r) => r['frame'])
  expect(frames.length).toBeGreaterThan(0)
  for (const f of frames) expect(f).toEqual({ url: 'app://hujia/index.html', main: true })

  // The handler serves nothing outside the renderer folder, however the path is written
  // (Chromium itself folds `%2e%2e` into `..` and drops it; the others reach main as written).
  const answers = await page.evaluate(async () => {
    const paths = ['/..%2fpackage.json', '/assets/..%5c..%5cpackage.json', '/%2e%2e/package.json']
    return Promise.all(
      paths.map((p) =>
        fetch(p).then(
          (r) => r.status,
          () => 'failed',
        ),
      ),
    )
  })
  expect(answers.slice(0, 2)).toEqual([404, 404])
  expect(answers[2]).not.toBe(200)
  // The page is a secure context, and its Content-Security-Policy holds in Chromium: Trusted
  // Types refuse a string as an inline event handler (served by main with the policy as a header
  // too), so nothing injected runs.
  const csp = await page.evaluate(() => {
    const div = document.createElement('div')
    let handler = 'accepted'
    try {
      div.setAttribute('onclick', 'document.documentElement.dataset.injected = "ran"')
    } catch (e) {
      handler = (e as Error).name
    }
    document.body.append(div)
    div.click()
    div.remove()
    return {
      secure: isSecureContext,
      handler,
      ran: document.documentElement.dataset['injected'] ?? null,
    }
  })
  expect(csp).toEqual({ secure: true, handler: 'TypeError', ran: null })
  // Chromium reports each refusal (loads, CSP and Trusted Types) as a console error, and those
  // arrive after the call: wait for the last one; nothing else was logged.
  await expect
    .poll(() => desktop.win.errors.some((e) => e.includes("requires 'TrustedScript'")))
    .toBe(true)
  expect(
    desktop.win.errors.filter(
      (e) =>
        !e.startsWith('Failed to load resource') &&
        !/Content Security Policy|requires 'TrustedScript'/.test(e),
    ),
  ).toEqual([])
  desktop.win.errors.length = 0
  expect(page.url().startsWith(`${HARNESS_ORIGIN}/`)).toBe(true)
})

test('every permission is refused', async ({ desktop }) => {
  const { shell } = desktop
  for (const permission of [
    'geolocation',
    'media',
    'notifications',
    'clipboard-read',
    'openExternal',
  ])
    expect(await shell.permission('request', permission), permission).toBe(false)
  for (const permission of ['geolocation', 'notifications', 'clipboard-read'])
    expect(await shell.permission('check', permission), permission).toBe(false)
  expect(await shell.permission('device', 'usb')).toBe(false)
})

test('the page cannot navigate away, open a window or attach a webview', async ({ desktop }) => {
  const { shell, win, page } = desktop
  const before = page.url()
  await page.evaluate(() => {
    window.location.href = 'https://evil.example/phish'
  })
  await expect
    .poll(() => shell.recorded('harness.will-navigate').map((r) => [r['url'], r['prevented']]))
    .toEqual([['https://evil.example/phish', true]])

  await page.evaluate(() => window.open('https://evil.example/popup', '_blank'))
  await expect
    .poll(() => shell.recorded('webContents.windowOpen').map((r) => [r['action']]))
    .toEqual([['deny']])
  expect((await win.emit('will-attach-webview', {}, {})).prevented).toBe(true)

  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true')
  expect(page.url()).toBe(before)
  expect(shell.windows).toHaveLength(1)
  await expect.poll(() => page.context().pages()).toEqual([page])
  expect(shell.recorded('shell.openExternal')).toEqual([])
})
