// @ts-check
// ipcMain of the stand-in: the page's ipcRenderer.invoke arrives here with Electron's event
// (sender, senderFrame), and the answer goes back as Electron sends it. See electron.mjs.
import { EventEmitter } from 'node:events'
import { makeEvent, strict } from './support.mjs'

/**
 * @param {import('./support.mjs').Ctx} ctx
 * @param {{ windowById(id: number): any, WebFrameMain: new (url: string, main: boolean) => object }} windows
 */
export function createIpcMain({ rpc, record }, { windowById, WebFrameMain }) {
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

  Object.assign(rpc.handlers, {
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
  })

  return ipcMain
}
