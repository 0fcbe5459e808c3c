// What a sandboxed preload finds in Electron's renderer, for the BUILT preload (out/preload) to run
// in the page before the app's scripts. This function is serialised into an init script (it
// must not use anything outside itself). `ipcRenderer.invoke` crosses to the main process through
// a Playwright binding that the harness removes from the page at once; `contextBridge` copies
// values across as Electron's does (objects copied, functions wrapped, results awaited and copied,
// errors reduced to their message), but there is no separate world: the preload runs in the
// page's main world. Messages from main (webContents.send) arrive through a hidden,
// non-enumerable function whose name is random per run.

export interface PreloadHostConfig {
  /** The binding's name on window, deleted before the preload runs. */
  binding: string
  /** Where the harness delivers webContents.send() messages. */
  deliver: string
}

type Listener = (event: unknown, ...args: unknown[]) => void
type Reply = { result?: unknown; error?: string }
type PreloadModule = (
  require: (id: string) => unknown,
  module: { exports: unknown },
  exports: unknown,
) => void

export function preloadHost(config: PreloadHostConfig, preload: PreloadModule): void {
  // Electron runs a preload in the main frame only (nodeIntegrationInSubFrames is off).
  if (window !== window.top) return
  const w = window as unknown as Record<string, unknown>
  const call = w[config.binding] as (message: unknown) => Promise<Reply>
  delete w[config.binding]

  const listeners = new Map<string, Listener[]>()
  const notModelled = (what: string) => () => {
    throw new Error(`ipcRenderer.${what} is not modelled by the shell harness`)
  }
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      // Electron clones the arguments with the structured clone algorithm (functions throw).
      const reply = await call({ channel, args: structuredClone(args) })
      if (reply.error !== undefined)
        throw new Error(`Error invoking remote method '${channel}': ${reply.error}`)
      return reply.result
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return ipcRenderer
    },
    once(channel: string, listener: Listener) {
      const once: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, once)
        listener(event, ...args)
      }
      return ipcRenderer.on(channel, once)
    },
    removeListener(channel: string, listener: Listener) {
      const list = listeners.get(channel) ?? []
      const i = list.lastIndexOf(listener)
      if (i >= 0) listeners.set(channel, [...list.slice(0, i), ...list.slice(i + 1)])
      return ipcRenderer
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener)
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear()
      else listeners.delete(channel)
      return ipcRenderer
    },
    listenerCount: (channel: string) => listeners.get(channel)?.length ?? 0,
    send: notModelled('send'),
    sendSync: notModelled('sendSync'),
    sendToHost: notModelled('sendToHost'),
    postMessage: notModelled('postMessage'),
  }
  Object.defineProperty(window, config.deliver, {
    value: (channel: string, args: unknown[]) => {
      const event = { sender: ipcRenderer, senderId: 0, ports: [] }
      for (const listener of listeners.get(channel) ?? []) listener(event, ...args)
    },
    enumerable: false,
    configurable: false,
    writable: false,
  })

  // contextBridge: the page gets copies, never the preload's own objects.
  const copyError = (e: unknown) => new Error(e instanceof Error ? e.message : String(e))
  const toPage = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const fn = value as (...a: unknown[]) => unknown
      return (...args: unknown[]) => {
        let result: unknown
        try {
          result = fn(...args.map(toPreload))
        } catch (e) {
          throw copyError(e)
        }
        if (result instanceof Promise)
          return result.then(toPage, (e: unknown) => Promise.reject(copyError(e)))
        return toPage(result)
      }
    }
    if (value instanceof Promise) return value.then(toPage, (e) => Promise.reject(copyError(e)))
    if (Array.isArray(value)) return value.map(toPage)
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPage(v)]))
    return value === undefined || value === null ? value : structuredClone(value)
  }
  const toPreload = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const fn = value as (...a: unknown[]) => unknown
      return (...args: unknown[]) => toPreload(fn(...args.map(toPage)))
    }
    if (Array.isArray(value)) return value.map(toPreload)
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPreload(v)]))
    return value === undefined || value === null ? value : structuredClone(value)
  }
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in window)
        throw new Error('Cannot bind an API on top of an existing property on the window object')
      const copy = toPage(api)
      if (copy && typeof copy === 'object') Object.freeze(copy)
      Object.defineProperty(window, key, { value: copy, enumerable: true })
    },
    exposeInIsolatedWorld: notModelled('contextBridge.exposeInIsolatedWorld'),
  }

  const electron = { ipcRenderer, contextBridge }
  const module = { exports: {} as unknown }
  const require = (id: string) => {
    if (id === 'electron' || id === 'electron/renderer') return electron
    throw new Error(`Cannot find module '${id}' (the shell harness's preload provides 'electron')`)
  }
  preload(require, module, module.exports)
}
