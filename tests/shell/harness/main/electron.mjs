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
 * - protocol: registerSchemesAsPrivileged is recorded; handle() is what serves app:// pages;
 *   net.fetch reads file: URLs (Content-Type by extension, from the app's own table) and
 *   hands http(s) to Node's fetch.
 * - session.defaultSession: the permission handlers are recorded and tests call them;
 *   webRequest.onBeforeRequest is asked about each request the page makes off the app (and about
 *   main's own http(s) net.fetch), and a request it cancels fails as in Electron.
 * - dialog: answered as the test says (an unanswered dialog is a recorded problem, and cancels).
 * - shell, Notification: recorded, nothing opened or shown.
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
import { readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {{ call(op: string, payload?: unknown): Promise<any>, note(op: string, payload?: unknown): void,
 *   handlers: Record<string, (payload: any) => unknown> }} Rpc
 * @typedef {{ appRoot: string, userData: string, home: string, locale: string, packaged: boolean,
 *   singleInstanceLock: boolean, argv: string[], electronVersion: string, chromeVersion: string }} Options
 * @typedef {{ preventDefault(): void, readonly defaultPrevented: boolean, sender?: unknown } & Record<string, unknown>} StandInEvent
 */

const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', '__esModule', 'default', 'inspect'])

/**
 * An object whose unknown properties throw: a main-process call the stand-in does not model shows
 * up as an error naming it.
 * @template {object} T
 * @param {T} target
 * @param {string} name
 * @returns {T}
 */
function strict(target, name) {
  return new Proxy(target, {
    get(t, p, receiver) {
      if (typeof p === 'symbol' || p in t || PASS_THROUGH.has(p)) return Reflect.get(t, p, receiver)
      throw new Error(`electron stand-in (tests/shell): ${name}.${p} is not modelled`)
    },
  })
}

/**
 * @param {unknown} sender
 * @param {Record<string, unknown>} [extra]
 * @returns {StandInEvent}
 */
function makeEvent(sender, extra = {}) {
  let prevented = false
  return {
    ...extra,
    sender,
    preventDefault() {
      prevented = true
    },
    get defaultPrevented() {
      return prevented
    },
  }
}

/** Only plain data crosses to the test process's record. @param {unknown} value */
function plain(value) {
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === 'function' ? '[function]' : v)) ?? 'null',
  )
}

/**
 * @param {Rpc} rpc
 * @param {{ now(): number }} clock
 * @param {Options} options
 */
export function createElectron(rpc, clock, options) {
  /** @param {string} kind @param {Record<string, unknown>} [data] */
  const record = (kind, data = {}) => rpc.note('record', { kind, at: clock.now(), ...plain(data) })
  /** @param {string} message */
  const problem = (message) => rpc.note('problem', { message })

  const pkg = JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8'))

  // Electron sets these in its main process; main reports them in appInfo.
  Object.assign(process.versions, {
    electron: options.electronVersion,
    chrome: options.chromeVersion,
  })
  Object.assign(process, { type: 'browser' })

  // ---------------------------------------------------------------- app
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

  // ---------------------------------------------------------------- session
  /** @type {Record<string, Function | null>} */
  const permissionHandlers = { request: null, check: null, device: null }
  const defaultSession = strict(
    {
      /** @param {Function | null} h */
      setPermissionRequestHandler(h) {
        permissionHandlers.request = h
        record('session.setPermissionRequestHandler', { set: h !== null })
      },
      /** @param {Function | null} h */
      setPermissionCheckHandler(h) {
        permissionHandlers.check = h
        record('session.setPermissionCheckHandler', { set: h !== null })
      },
      /** @param {Function | null} h */
      setDevicePermissionHandler(h) {
        permissionHandlers.device = h
        record('session.setDevicePermissionHandler', { set: h !== null })
      },
      webRequest: strict(
        {
          /**
           * Electron's (filter, listener) or (listener); a null listener removes it.
           * @param {unknown[]} args
           */
          onBeforeRequest(...args) {
            const listener = /** @type {Function | null} */ (args.length > 1 ? args[1] : args[0])
            const filter = /** @type {{ urls?: string[] } | undefined} */ (
              args.length > 1 ? args[0] : undefined
            )
            const urls = (filter?.urls ?? ['<all_urls>']).map(pattern)
            beforeRequest = listener ? { urls, listener } : null
            record('session.webRequest.onBeforeRequest', { urls: filter?.urls ?? null })
          },
        },
        'session.defaultSession.webRequest',
      ),
    },
    'session.defaultSession',
  )

  /** @type {{ urls: RegExp[], listener: Function } | null} */
  let beforeRequest = null
  /** A webRequest URL pattern (`scheme://host/path`, `*` anywhere) as a RegExp. @param {string} p */
  function pattern(p) {
    if (p === '<all_urls>') return /^/
    const escaped = p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')
    return new RegExp(`^${escaped}$`)
  }
  /**
   * What main's onBeforeRequest listener says of a request: 'cancel', 'allow', or 'none' when no
   * listener takes it.
   * @param {Record<string, unknown> & { url: string }} details
   * @returns {Promise<'cancel' | 'allow' | 'none'>}
   */
  function askBeforeRequest(details) {
    const taken = beforeRequest
    if (!taken || !taken.urls.some((re) => re.test(details.url))) return Promise.resolve('none')
    const full = { id: 1, method: 'GET', timestamp: clock.now(), ...details }
    return new Promise((resolve) =>
      taken.listener(full, (/** @type {{ cancel?: boolean } | undefined} */ r) =>
        resolve(r?.cancel ? 'cancel' : 'allow'),
      ),
    )
  }
  const session = strict({ defaultSession }, 'session')

  // ---------------------------------------------------------------- protocol and net
  /** @type {Map<string, (request: Request) => Response | Promise<Response>>} */
  const protocolHandlers = new Map()
  const protocol = strict(
    {
      /** @param {{ scheme: string, privileges?: object }[]} schemes */
      registerSchemesAsPrivileged(schemes) {
        record('protocol.registerSchemesAsPrivileged', { schemes, beforeReady: !ready })
        if (ready) problem('protocol.registerSchemesAsPrivileged called after ready')
      },
      /** @param {string} scheme @param {(request: Request) => Response | Promise<Response>} handler */
      handle(scheme, handler) {
        if (protocolHandlers.has(scheme)) throw new Error(`Protocol "${scheme}" is already handled`)
        protocolHandlers.set(scheme, handler)
        record('protocol.handle', { scheme })
      },
      /** @param {string} scheme */
      unhandle(scheme) {
        protocolHandlers.delete(scheme)
        record('protocol.unhandle', { scheme })
      },
      /** @param {string} scheme */
      isProtocolHandled: (scheme) => Promise.resolve(protocolHandlers.has(scheme)),
    },
    'protocol',
  )

  const net = strict(
    {
      /** @param {string | Request} input @param {RequestInit} [init] */
      async fetch(input, init) {
        const request = new Request(input, init)
        const url = new URL(request.url)
        if (url.protocol === 'file:') return readFileResponse(fileURLToPath(url))
        if (url.protocol === 'http:' || url.protocol === 'https:') {
          // Requests main makes itself pass the session's webRequest too (no webContentsId).
          if ((await askBeforeRequest({ url: request.url, method: request.method })) === 'cancel')
            throw new Error('net::ERR_BLOCKED_BY_CLIENT')
          return fetch(request)
        }
        const handler = protocolHandlers.get(url.protocol.slice(0, -1))
        if (handler) return handler(request)
        throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url.protocol})`)
      },
    },
    'net',
  )

  /** What Chromium's file: loader answers, as far as the app needs it. @param {string} path */
  async function readFileResponse(path) {
    const info = await stat(path).catch(() => null)
    if (!info) throw new TypeError('net::ERR_FILE_NOT_FOUND')
    if (!info.isFile())
      throw new Error(`electron stand-in: net.fetch of a directory (${path}) is not modelled`)
    const types = JSON.parse(
      readFileSync(join(options.appRoot, 'src/main/content-types.json'), 'utf8'),
    )
    const type = types[extname(path).toLowerCase()] ?? 'application/octet-stream'
    return new Response(new Uint8Array(await readFile(path)), {
      status: 200,
      headers: { 'Content-Type': type },
    })
  }

  // ---------------------------------------------------------------- windows
  /** @type {Map<number, BrowserWindow>} */
  const windows = new Map()
  let nextId = 1
  /** @type {BrowserWindow | null} */
  let focused = null
  /** @param {BrowserWindow} win */
  const setFocused = (win) => {
    focused = win
  }

  class WebFrameMain {
    /** @param {string} url @param {boolean} main */
    constructor(url, main) {
      this.url = url
      this.name = ''
      this.parent = null
      this.frames = []
      this.isMain = main
    }
    get origin() {
      try {
        const u = new URL(this.url)
        return u.origin === 'null' ? `${u.protocol}//${u.host}` : u.origin
      } catch {
        return ''
      }
    }
    isDestroyed() {
      return false
    }
  }

  class WebContents extends EventEmitter {
    /** @param {BrowserWindow} win */
    constructor(win) {
      super()
      this.id = win.id
      this.window = win
      this.session = defaultSession
      this.mainFrame = strict(new WebFrameMain('', true), 'webFrameMain')
      /** @type {((details: object) => { action: string }) | null} */
      this.windowOpenHandler = null
      this.zoom = 0
      this.destroyed = false
      this.webrtcPolicy = 'default'
    }
    getURL() {
      return this.mainFrame.url
    }
    isDestroyed() {
      return this.destroyed
    }
    isLoading() {
      return false
    }
    getOwnerBrowserWindow() {
      return this.window
    }
    /** @param {(details: object) => { action: string }} handler */
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler
      record('webContents.setWindowOpenHandler', { id: this.id })
    }
    /** @param {string} url */
    async loadURL(url) {
      record('webContents.loadURL', { id: this.id, url })
      this.mainFrame.url = url
      this.emit('did-start-loading')
      const r = await rpc.call('window.loadURL', { id: this.id, url })
      if (r.error) {
        this.emit('did-fail-load', makeEvent(this), r.code, r.error, url, true)
        throw Object.assign(new Error(`${r.error} (${r.code}) loading '${url}'`), {
          errno: r.code,
          code: r.error,
          url,
        })
      }
    }
    reload() {
      record('webContents.reload', { id: this.id })
      void rpc.call('window.reload', { id: this.id })
    }
    reloadIgnoringCache() {
      this.reload()
    }
    /** @param {string} channel @param {unknown[]} args */
    send(channel, ...args) {
      if (this.destroyed) throw new Error('Object has been destroyed')
      record('webContents.send', { id: this.id, channel, args })
      rpc.note('window.send', { id: this.id, channel, args: structuredClone(args) })
    }
    /** @param {Record<string, unknown>} [options] */
    async printToPDF(options = {}) {
      record('webContents.printToPDF', { id: this.id, options })
      const bytes = await rpc.call('window.printToPDF', { id: this.id, options })
      return Buffer.from(bytes)
    }
    get zoomLevel() {
      return this.zoom
    }
    set zoomLevel(level) {
      this.setZoomLevel(level)
    }
    get zoomFactor() {
      return Math.pow(1.2, this.zoom)
    }
    set zoomFactor(factor) {
      this.setZoomLevel(Math.log(factor) / Math.log(1.2))
    }
    getZoomLevel() {
      return this.zoom
    }
    /** @param {number} level */
    setZoomLevel(level) {
      this.zoom = level
      record('webContents.setZoomLevel', { id: this.id, level })
      void rpc.call('window.zoom', { id: this.id, level })
    }
    getZoomFactor() {
      return this.zoomFactor
    }
    /** @param {number} factor */
    setZoomFactor(factor) {
      this.zoomFactor = factor
    }
    focus() {
      record('webContents.focus', { id: this.id })
    }
    /** @param {string} policy */
    setWebRTCIPHandlingPolicy(policy) {
      this.webrtcPolicy = policy
      record('webContents.setWebRTCIPHandlingPolicy', { id: this.id, policy })
    }
    getWebRTCIPHandlingPolicy() {
      return this.webrtcPolicy
    }
    openDevTools() {
      record('webContents.openDevTools', { id: this.id })
    }
    isDevToolsOpened() {
      return false
    }
  }

  /** @typedef {{ x?: number, y?: number, width?: number, height?: number, show?: boolean,
   *   webPreferences?: Record<string, unknown> } & Record<string, unknown>} WindowOptions */

  class BrowserWindow extends EventEmitter {
    /** @param {WindowOptions} [opts] */
    constructor(opts = {}) {
      super()
      this.id = nextId++
      this.options = opts
      this.bounds = {
        x: opts.x ?? 0,
        y: opts.y ?? 0,
        width: opts.width ?? 800,
        height: opts.height ?? 600,
      }
      this.state = { visible: opts.show !== false, minimized: false, maximized: false, full: false }
      this.destroyed = false
      this.readyToShow = false
      record('window.create', { id: this.id, options: opts })
      const prefs = opts.webPreferences ?? {}
      if (prefs['sandbox'] !== true || prefs['contextIsolation'] === false)
        problem('a window without sandbox or contextIsolation: its preload is not modelled')
      const self = strict(this, 'BrowserWindow')
      this.webContents = strict(new WebContents(self), 'webContents')
      windows.set(this.id, self)
      rpc.note('window.open', { id: this.id, options: plain(opts) })
      if (this.state.visible) focused = self
      app.emit('web-contents-created', makeEvent(app), this.webContents)
      app.emit('browser-window-created', makeEvent(app), self)
      return self
    }
    static getAllWindows() {
      return [...windows.values()]
    }
    static getFocusedWindow() {
      return focused && !focused.destroyed ? focused : null
    }
    /** @param {unknown} contents */
    static fromWebContents(contents) {
      return [...windows.values()].find((w) => w.webContents === contents) ?? null
    }
    /** @param {number} id */
    static fromId(id) {
      return windows.get(id) ?? null
    }
    /** @param {string} method @param {unknown[]} [args] */
    call(method, args = []) {
      record('window.call', { id: this.id, method, args })
    }
    /** @param {string} url */
    loadURL(url) {
      return this.webContents.loadURL(url)
    }
    reload() {
      this.webContents.reload()
    }
    show() {
      this.call('show')
      this.state.visible = true
      setFocused(this)
    }
    showInactive() {
      this.call('showInactive')
      this.state.visible = true
    }
    hide() {
      this.call('hide')
      this.state.visible = false
    }
    focus() {
      this.call('focus')
      setFocused(this)
    }
    blur() {
      this.call('blur')
    }
    isVisible() {
      return this.state.visible
    }
    isFocused() {
      return focused === this
    }
    isDestroyed() {
      return this.destroyed
    }
    minimize() {
      this.call('minimize')
      this.state.minimized = true
      this.emit('minimize')
    }
    restore() {
      this.call('restore')
      this.state.minimized = false
      this.emit('restore')
    }
    isMinimized() {
      return this.state.minimized
    }
    maximize() {
      this.call('maximize')
      this.state.maximized = true
      this.emit('maximize')
    }
    unmaximize() {
      this.call('unmaximize')
      this.state.maximized = false
      this.emit('unmaximize')
    }
    isMaximized() {
      return this.state.maximized
    }
    /** @param {boolean} flag */
    setFullScreen(flag) {
      this.call('setFullScreen', [flag])
      this.state.full = flag
    }
    isFullScreen() {
      return this.state.full
    }
    getBounds() {
      return { ...this.bounds }
    }
    getNormalBounds() {
      return { ...this.bounds }
    }
    /** @param {Partial<{ x: number, y: number, width: number, height: number }>} b */
    setBounds(b) {
      this.call('setBounds', [b])
      Object.assign(this.bounds, b)
    }
    /** @param {string} title */
    setTitle(title) {
      this.call('setTitle', [title])
      this.options.title = title
    }
    getTitle() {
      return String(this.options.title ?? '')
    }
    /** @param {boolean} flag */
    setMenuBarVisibility(flag) {
      this.call('setMenuBarVisibility', [flag])
    }
    /** @param {boolean} flag */
    setAutoHideMenuBar(flag) {
      this.call('setAutoHideMenuBar', [flag])
    }
    close() {
      if (this.destroyed) return
      const event = makeEvent(this)
      this.emit('close', event)
      if (event.defaultPrevented) return
      this.destroy()
    }
    destroy() {
      if (this.destroyed) return
      this.destroyed = true
      const contents = /** @type {WebContents} */ (/** @type {unknown} */ (this.webContents))
      contents.destroyed = true
      windows.delete(this.id)
      if (focused === this) focused = null
      record('window.closed', { id: this.id })
      rpc.note('window.closed', { id: this.id })
      contents.emit('destroyed')
      this.emit('closed')
      if (windows.size === 0 && !quitting) {
        if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed')
        else quit()
      }
    }
  }

  /** @param {number} id */
  function windowById(id) {
    const win = windows.get(id)
    if (!win) throw new Error(`no window ${id}`)
    return win
  }

  const screen = strict(
    {
      getAllDisplays: () => [DISPLAY],
      getPrimaryDisplay: () => DISPLAY,
      getDisplayMatching: () => DISPLAY,
      getDisplayNearestPoint: () => DISPLAY,
      getCursorScreenPoint: () => ({ x: 0, y: 0 }),
    },
    'screen',
  )

  // ---------------------------------------------------------------- ipcMain
  /** @type {Map<string, (event: object, ...args: unknown[]) => unknown>} */
  const invokeHandlers = new Map()
  class IpcMain extends EventEmitter {
    /** @param {string} channel @param {(event: object, ...args: unknown[]) => unknown} fn */
    handle(channel, fn) {
      if (invokeHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`)
      invokeHandlers.set(channel, fn)
      record('ipcMain.handle', { channel })
    }
    /** @param {string} channel @param {(event: object, ...args: unknown[]) => unknown} fn */
    handleOnce(channel, fn) {
      this.handle(channel, (e, ...args) => {
        this.removeHandler(channel)
        return fn(e, ...args)
      })
    }
    /** @param {string} channel */
    removeHandler(channel) {
      invokeHandlers.delete(channel)
      record('ipcMain.removeHandler', { channel })
    }
  }
  const ipcMain = strict(new IpcMain(), 'ipcMain')

  // ---------------------------------------------------------------- dialog, shell, Notification
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

  // ---------------------------------------------------------------- Menu
  /** Electron's role actions (lib/browser/api/menu-item-roles.ts) that reach a window or the app. */
  /** @type {Record<string, (w: BrowserWindow) => void>} */
  const ROLES = {
    zoomin: (w) => (w.webContents.zoomLevel += 0.5),
    zoomout: (w) => (w.webContents.zoomLevel -= 0.5),
    resetzoom: (w) => (w.webContents.zoomLevel = 0),
    reload: (w) => w.reload(),
    forcereload: (w) => w.reload(),
    close: (w) => w.close(),
    minimize: (w) => w.minimize(),
    togglefullscreen: (w) => w.setFullScreen(!w.isFullScreen()),
    quit: () => quit(),
  }

  class MenuItem {
    /** @param {Record<string, any>} o */
    constructor(o) {
      this.label = o['label'] ?? ''
      this.role = o['role']
      this.type = o['type'] ?? (o['submenu'] ? 'submenu' : 'normal')
      this.accelerator = o['accelerator']
      this.enabled = o['enabled'] ?? true
      this.visible = o['visible'] ?? true
      this.id = o['id']
      /** @type {Function | undefined} */
      this.onClick = o['click']
      /** @type {Menu | null} */
      this.submenu = Array.isArray(o['submenu'])
        ? Menu.buildFromTemplate(o['submenu'])
        : (o['submenu'] ?? null)
    }
    /** @param {BrowserWindow | null} win */
    click(win) {
      const role = typeof this.role === 'string' ? this.role.toLowerCase() : null
      if (role && !this.onClick) {
        const act = ROLES[role]
        if (!act) throw new Error(`electron stand-in: the menu role "${this.role}" is not modelled`)
        if (!win && role !== 'quit') throw new Error(`the role "${this.role}" needs a window`)
        act(/** @type {BrowserWindow} */ (win))
        return
      }
      this.onClick?.(this, win, makeEvent(null, { triggeredByAccelerator: false }))
    }
    summary() {
      /** @type {Record<string, unknown>} */
      const s = { label: this.label, type: this.type }
      if (this.role) s['role'] = this.role
      if (this.accelerator) s['accelerator'] = this.accelerator
      if (this.submenu)
        s['submenu'] = this.submenu.items.map((/** @type {MenuItem} */ i) => i.summary())
      return s
    }
  }

  class Menu {
    /** @type {MenuItem[]} */
    items = []
    /** @param {Record<string, any>[]} template */
    static buildFromTemplate(template) {
      const menu = new Menu()
      menu.items = template.map((o) => new MenuItem(o))
      return menu
    }
    /** @param {Menu | null} menu */
    static setApplicationMenu(menu) {
      applicationMenu = menu
      record('menu.setApplicationMenu', { items: menu?.items.map((i) => i.summary()) ?? null })
    }
    static getApplicationMenu() {
      return applicationMenu
    }
  }
  /** @type {Menu | null} */
  let applicationMenu = null

  // ---------------------------------------------------------------- the test process's calls
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
    /** @param {{ id: number, url: string }} p */
    'window.loaded'(p) {
      const win = windowById(p.id)
      win.webContents.mainFrame.url = p.url
      win.webContents.emit('did-finish-load', makeEvent(win.webContents))
      if (!win.readyToShow) {
        win.readyToShow = true
        win.webContents.emit('ready-to-show')
        win.emit('ready-to-show', makeEvent(win))
      }
    },
    /** @param {{ id: number, url: string }} p */
    'window.navigated'(p) {
      const win = windows.get(p.id)
      if (win) win.webContents.mainFrame.url = p.url
    },
    /** @param {{ id: number }} p */
    'window.close': (p) => windowById(p.id).close(),
    /** @param {{ id: number, name: string, args?: unknown[] }} p */
    'webContents.emit'(p) {
      const contents = windowById(p.id).webContents
      const event = makeEvent(contents)
      contents.emit(p.name, event, ...(p.args ?? []))
      return { prevented: event.defaultPrevented }
    },
    /** @param {{ id: number, details: Record<string, unknown> }} p */
    'webContents.windowOpen'(p) {
      const contents = windowById(p.id).webContents
      const handler = contents.windowOpenHandler
      const response = handler
        ? handler({ referrer: { url: '', policy: 'default' }, ...p.details })
        : { action: 'allow' }
      record('webContents.windowOpen', { id: p.id, details: p.details, action: response.action })
      return { action: response.action }
    },
    /** @param {{ id: number, frame: { url: string, main: boolean }, channel: string, args: unknown[] }} p */
    async 'ipc.invoke'(p) {
      const win = windowById(p.id)
      const contents = win.webContents
      if (p.frame.main) contents.mainFrame.url = p.frame.url
      const senderFrame = p.frame.main
        ? contents.mainFrame
        : strict(new WebFrameMain(p.frame.url, false), 'webFrameMain')
      const event = makeEvent(contents, {
        type: 'frame',
        processId: 1,
        frameId: p.frame.main ? 1 : 2,
        senderFrame,
      })
      const handler = invokeHandlers.get(p.channel)
      try {
        if (!handler) throw `No handler registered for '${p.channel}'`
        // The reply crosses as Electron's structured clone: a Buffer arrives as a Uint8Array,
        // and a value that cannot be cloned is an error.
        const result = structuredClone(await handler(event, ...p.args))
        record('ipc.invoke', { channel: p.channel, frame: p.frame, ok: true })
        return { result }
      } catch (e) {
        const error = String(e)
        record('ipc.invoke', { channel: p.channel, frame: p.frame, ok: false, error })
        return { error }
      }
    },
    /** @param {{ url: string, method: string, headers: Record<string, string> }} p */
    async 'protocol.request'(p) {
      const scheme = new URL(p.url).protocol.slice(0, -1)
      const handler = protocolHandlers.get(scheme)
      if (!handler) return { error: 'net::ERR_UNKNOWN_URL_SCHEME' }
      try {
        const request = new Request(p.url, { method: p.method, headers: p.headers })
        const response = await handler(request)
        const body = new Uint8Array(await response.arrayBuffer())
        record('protocol.request', { url: p.url, method: p.method, status: response.status })
        return { status: response.status, headers: [...response.headers.entries()], body }
      } catch (e) {
        // A handler that throws fails the request, as in Electron.
        record('protocol.request', { url: p.url, method: p.method, error: String(e) })
        return { error: 'net::ERR_FAILED' }
      }
    },
    /** @param {{ id: number, url: string, method: string, resourceType: string }} p */
    'webRequest.beforeRequest': (p) =>
      askBeforeRequest({
        url: p.url,
        method: p.method,
        resourceType: p.resourceType,
        webContentsId: p.id,
      }),
    /** @param {{ kind: 'request' | 'check' | 'device', permission: string, origin: string, id?: number }} p */
    async 'session.permission'(p) {
      const handler = permissionHandlers[p.kind]
      if (!handler) return null
      const contents = p.id ? windowById(p.id).webContents : null
      if (p.kind === 'request')
        return new Promise((resolve) =>
          handler(contents, p.permission, resolve, { requestingUrl: p.origin, isMainFrame: true }),
        )
      if (p.kind === 'check')
        return handler(contents, p.permission, p.origin, { requestingUrl: p.origin })
      return handler({ deviceType: p.permission, origin: p.origin, device: {} })
    },
    /** @param {{ path: string[] }} p */
    'menu.click'(p) {
      if (!applicationMenu) throw new Error('no application menu is set')
      /** @type {MenuItem | undefined} */
      let item
      let items = applicationMenu.items
      for (const label of p.path) {
        item = items.find((i) => i.label === label || i.role === label)
        if (!item) throw new Error(`no menu item "${label}" in ${JSON.stringify(p.path)}`)
        items = item.submenu?.items ?? []
      }
      if (!item) throw new Error('an empty menu path')
      record('menu.click', { path: p.path })
      item.click(BrowserWindow.getFocusedWindow())
    },
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
      screen,
      session,
      shell,
    },
    'electron',
  )
}

const DISPLAY = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
}
