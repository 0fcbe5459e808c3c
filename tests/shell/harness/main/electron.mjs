// @ts-check
/**
 * The `electron` module as the BUILT main process (out/main/index.js) sees it in tests/shell.
 * Only Electron's runtime is replaced: every line of src/main runs as built, under Node.
 *
 * WHAT IT MODELS (after Electron's documentation and its lib/ sources):
 * - app: the lifecycle (ready and whenReady, second-instance, activate, window-all-closed,
 *   before-quit / will-quit / quit, web-contents-created, browser-window-created); the
 *   single-instance lock, held per user-data folder by the first running shell; getPath/setPath
 *   with every path under the test's folders; name and version from package.json; the locale;
 *   isPackaged (false, as `electron .` runs; a test may say true).
 * - BrowserWindow and webContents: the constructor options are recorded; loadURL opens the URL
 *   in a Chromium page (the test process does that, and app:// is answered only by the handler
 *   main registered); did-finish-load and ready-to-show after the page's load event; send()
 *   reaches the preload's ipcRenderer listeners; printToPDF is Chromium's own PDF printing of the
 *   same page (Playwright's page.pdf); zoom levels become the zoomed window's devicePixelRatio and
 *   CSS viewport (Chromium's metrics emulation, factor 1.2^level as Chromium's zoom); the page's
 *   own navigations ask will-navigate, its popups ask the window-open handler; input-event is
 *   emitted for the trusted mouse, key and touch events the page receives (captured before the
 *   page's own listeners); bounds come from the options; close() emits close/closed and, for the
 *   last window, window-all-closed.
 * - ipcMain.handle: the page's ipcRenderer.invoke arrives with `sender` (the webContents) and
 *   `senderFrame` (the frame it came from, with that frame's URL: the page served by main's app://
 *   handler is app://hujia/…, any other page reports its real URL); a handler's error crosses as
 *   Electron sends it (error.toString()), a channel without a handler as "No handler registered".
 * - protocol: registerSchemesAsPrivileged is recorded; handle() is what serves app:// pages.
 *   net.fetch hands http(s) to Node's fetch (past webRequest) and app:// to main's own handler;
 *   file: and other schemes are not modelled (Node's network stack stands in for Chromium's).
 * - session.defaultSession: the permission handlers are recorded and tests call them;
 *   webRequest.onBeforeRequest is asked about each request the page makes off the app (and about
 *   main's own http(s) net.fetch), and a request it cancels fails as in Electron.
 * - dialog: answered as the test says (an unanswered dialog is a recorded problem, and cancels).
 * - shell, Notification: recorded, nothing opened or shown.
 * - safeStorage: encryption is "available", and encryptString/decryptString are a reversible
 *   stand-in (a marker and base64), not the OS keychain: enough for main's handling of sealed
 *   secrets (the sync password) to run, and for a test to see that no plaintext is stored.
 * - Menu: the template is recorded; tests click items by their label path; the roles zoomIn,
 *   zoomOut, resetZoom, reload, forceReload, close, minimize, togglefullscreen and quit act as
 *   Electron's menu-item-roles do.
 * - a clock: `new Date()` in main reads the time the test sets (main/clock.mjs).
 *
 * WHAT IT DOES NOT MODEL: Chromium inside Electron (the page runs in Debian's Chromium: the
 * sandbox and context isolation are not enforced; the preload runs in the page's main world and
 * contextBridge copies values across as Electron's does, without a separate world); the operating
 * system's shell (no real windows, menus, accelerators, dialogs, notifications, tray, or system
 * browser); other processes (renderer or GPU crashes), sessions other than the default, webview,
 * BrowserView, redirects, the zoom Electron remembers per origin, synchronous dialogs, auto-update,
 * fuses and asar. Anything else main touches throws "not modelled", so a gap fails a test instead
 * of passing silently.
 */
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createIpcMain } from './ipc.mjs'
import { createMenu } from './menu.mjs'
import { createSession } from './session.mjs'
import { createCtx, makeEvent, plain, strict } from './support.mjs'
import { createWindows } from './windows.mjs'

/**
 * @param {import('./support.mjs').Rpc} rpc
 * @param {{ now(): number }} clock
 * @param {import('./support.mjs').Options} options
 */
export function createElectron(rpc, clock, options) {
  const ctx = createCtx(rpc, clock, options)
  const { record } = ctx
  const pkg = JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8'))

  // Electron sets these in its main process; main reports them in appInfo.
  Object.assign(process.versions, {
    electron: options.electronVersion,
    chrome: options.chromeVersion,
  })
  Object.assign(process, { type: 'browser' })

  // The app: lifecycle, paths, the single-instance lock.
  const paths = new Map([
    ['home', options.home],
    ['appData', join(options.home, '.config')],
    ['userData', options.userData],
    ['sessionData', options.userData],
    ['temp', join(options.home, 'tmp')],
    ['desktop', join(options.home, 'Desktop')],
    ['documents', join(options.home, 'Documents')],
    ['downloads', join(options.home, 'Downloads')],
    ['logs', join(options.userData, 'logs')],
    ['crashDumps', join(options.userData, 'Crashpad')],
    ['exe', join(options.appRoot, 'node_modules/electron/dist/electron')],
    ['module', join(options.appRoot, 'node_modules/electron/dist/electron')],
  ])
  let ready = false
  /** @type {(v?: unknown) => void} */
  let resolveReady = () => {}
  const whenReady = new Promise((r) => (resolveReady = r))
  let lockHeld = false

  class App extends EventEmitter {
    name = pkg.productName ?? pkg.name
    isPackaged = options.packaged
    commandLine = strict(
      {
        /** @param {string} name @param {string} [value] */
        appendSwitch: (name, value) => record('app.commandLine.appendSwitch', { name, value }),
        /** @param {string} name */
        hasSwitch: (name) =>
          options.argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`)),
        /** @param {string} name */
        getSwitchValue: (name) =>
          options.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '',
      },
      'app.commandLine',
    )
    getName = () => this.name
    getVersion = () => pkg.version
    getLocale = () => options.locale
    getSystemLocale = () => options.locale
    getPreferredSystemLanguages = () => [options.locale]
    getAppPath = () => options.appRoot
    isReady = () => ready
    whenReady = () => whenReady
    /** @param {string} name */
    getPath = (name) => {
      const p = paths.get(name)
      if (!p) throw new Error(`Failed to get '${name}' path`)
      return p
    }
    /** @param {string} name @param {string} value */
    setPath = (name, value) => {
      record('app.setPath', { name, value })
      paths.set(name, value)
    }
    /** @param {unknown} [additionalData] */
    requestSingleInstanceLock = (additionalData) => {
      lockHeld = options.singleInstanceLock
      record('app.requestSingleInstanceLock', { granted: lockHeld })
      if (!lockHeld)
        rpc.note('app.secondInstance', {
          argv: options.argv,
          cwd: options.appRoot,
          additionalData: plain(additionalData ?? null),
        })
      return lockHeld
    }
    hasSingleInstanceLock = () => lockHeld
    releaseSingleInstanceLock = () => {
      lockHeld = false
    }
    /** @param {string} id */
    setAppUserModelId = (id) => record('app.setAppUserModelId', { id })
    /** @param {Record<string, unknown>} o */
    setAboutPanelOptions = (o) => record('app.setAboutPanelOptions', o)
    disableHardwareAcceleration = () => record('app.disableHardwareAcceleration')
    focus = () => record('app.focus')
    quit = () => quit()
    /** @param {number} [code] */
    exit = (code = 0) => {
      record('app.exit', { code })
      rpc.note('app.quit', { code })
      setImmediate(() => process.exit(code))
    }
  }
  const app = strict(new App(), 'app')

  let quitting = false
  function quit() {
    if (quitting) return
    record('app.quit')
    const before = makeEvent(app)
    app.emit('before-quit', before)
    if (before.defaultPrevented) return
    quitting = true
    for (const win of [...windows.values()]) win.close()
    if (windows.size > 0) {
      quitting = false
      return
    }
    const will = makeEvent(app)
    app.emit('will-quit', will)
    if (will.defaultPrevented) {
      quitting = false
      return
    }
    app.emit('quit', makeEvent(app), 0)
    rpc.note('app.quit', { code: 0 })
    setImmediate(() => process.exit(0))
  }

  const { session, defaultSession, protocol, net } = createSession(ctx, {
    isReady: () => ready,
    contentsOf: (id) => windowById(id).webContents,
  })
  const { BrowserWindow, WebFrameMain, screen, windows, windowById } = createWindows(ctx, {
    app,
    defaultSession,
    quitting: () => quitting,
    allClosed: () => {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed')
      else quit()
    },
  })
  const ipcMain = createIpcMain(ctx, { windowById, WebFrameMain })
  const { Menu, MenuItem } = createMenu(ctx, {
    focusedWindow: () => BrowserWindow.getFocusedWindow(),
    quit,
  })

  // dialog, shell and Notification: answered by the test, or recorded.
  /**
   * @param {string} kind
   * @param {unknown[]} args `(window?, options)` as Electron takes them
   */
  async function showDialog(kind, args) {
    const [first, second] = args
    const win = first instanceof BrowserWindow ? first : null
    const options = /** @type {Record<string, unknown>} */ ((win ? second : first) ?? {})
    const answer = await rpc.call('dialog', { kind, options: plain(options), window: win?.id })
    record('dialog', { dialog: kind, options, window: win?.id ?? null, answer })
    return answer
  }
  const dialog = strict(
    {
      /** @param {unknown[]} a */ showSaveDialog: (...a) => showDialog('save', a),
      /** @param {unknown[]} a */ showOpenDialog: (...a) => showDialog('open', a),
      /** @param {unknown[]} a */ showMessageBox: (...a) => showDialog('messageBox', a),
      /** @param {string} title @param {string} content */
      showErrorBox: (title, content) => record('dialog.showErrorBox', { title, content }),
    },
    'dialog',
  )

  const shell = strict(
    {
      /** @param {string} url @param {object} [options] */
      async openExternal(url, options) {
        record('shell.openExternal', { url, options })
      },
      /** @param {string} path */
      async openPath(path) {
        record('shell.openPath', { path })
        return existsSync(path) ? '' : `Failed to open path: ${path}`
      },
      /** @param {string} path */
      showItemInFolder: (path) => record('shell.showItemInFolder', { path }),
      beep: () => record('shell.beep'),
    },
    'shell',
  )

  const SEALED = 'stand-in-keychain:'
  const safeStorage = strict(
    {
      isEncryptionAvailable: () => true,
      /** @param {string} text */
      encryptString(text) {
        record('safeStorage.encryptString')
        return Buffer.from(SEALED + Buffer.from(text).toString('base64'))
      },
      /** @param {Buffer} data */
      decryptString(data) {
        const s = Buffer.from(data).toString()
        if (!s.startsWith(SEALED)) throw new Error('Error while decrypting the ciphertext provided')
        return Buffer.from(s.slice(SEALED.length), 'base64').toString()
      },
    },
    'safeStorage',
  )

  class Notification extends EventEmitter {
    static isSupported() {
      return true
    }
    /** @param {{ title?: string, body?: string } & Record<string, unknown>} [opts] */
    constructor(opts = {}) {
      super()
      this.opts = opts
    }
    show() {
      record('notification.show', { title: this.opts.title, body: this.opts.body })
      this.emit('show', makeEvent(this))
    }
    close() {
      record('notification.close', { title: this.opts.title })
    }
  }

  Object.assign(rpc.handlers, {
    'app.ready'() {
      if (ready) return
      ready = true
      record('app.ready')
      app.emit('ready', makeEvent(app), {})
      resolveReady()
    },
    /** @param {{ argv: string[], cwd: string, additionalData: unknown }} p */
    'app.secondInstance'(p) {
      record('app.second-instance', p)
      app.emit('second-instance', makeEvent(app), p.argv, p.cwd, p.additionalData)
    },
    /** @param {{ name: string, args?: unknown[] }} p */
    'app.emit'(p) {
      const event = makeEvent(app)
      app.emit(p.name, event, ...(p.args ?? []))
      return { prevented: event.defaultPrevented }
    },
    'app.quit': () => quit(),
  })

  return strict(
    {
      app,
      BrowserWindow,
      dialog,
      ipcMain,
      Menu,
      MenuItem,
      net,
      Notification,
      protocol,
      safeStorage,
      screen,
      session,
      shell,
    },
    'electron',
  )
}
