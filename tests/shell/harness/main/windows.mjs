// @ts-check
// BrowserWindow, webContents and screen of the stand-in: each window is a Chromium page in the
// test process (../window.ts). See electron.mjs for what is modelled.
import { EventEmitter } from 'node:events'
import { makeEvent, plain, strict } from './support.mjs'

/**
 * @param {import('./support.mjs').Ctx} ctx
 * @param {{ app: EventEmitter, defaultSession: object, quitting(): boolean, allClosed(): void }} shell
 */
export function createWindows({ rpc, record, problem }, shell) {
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
      this.session = shell.defaultSession
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
      shell.app.emit('web-contents-created', makeEvent(shell.app), this.webContents)
      shell.app.emit('browser-window-created', makeEvent(shell.app), self)
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
      if (windows.size === 0 && !shell.quitting()) shell.allClosed()
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

  Object.assign(rpc.handlers, {
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
  })

  return { BrowserWindow, WebFrameMain, screen, windows, windowById }
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
