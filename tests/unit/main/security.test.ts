// The shell's lock-down, driven with a stand-in for Electron: navigation and new windows are only
// denied (nothing opens because the page navigated), links open only through openExternalSafely
// just after a user gesture, the page cannot reach the network, permissions are denied, and the
// dev server counts only in an unpackaged app.
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: new (class extends EventTarget {
    isPackaged = true
    listeners = new Map<string, (...a: unknown[]) => void>()
    on(name: string, fn: (...a: unknown[]) => void) {
      this.listeners.set(name, fn)
    }
  })(),
  shell: { openExternal: vi.fn(async () => {}) },
  handlers: {} as Record<string, unknown>,
  beforeRequest: null as null | ((d: object, cb: (r: { cancel: boolean }) => void) => void),
}))

vi.mock('electron', () => ({
  app: electron.app,
  shell: electron.shell,
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: unknown) => (electron.handlers['request'] = fn),
      setPermissionCheckHandler: (fn: unknown) => (electron.handlers['check'] = fn),
      setDevicePermissionHandler: (fn: unknown) => (electron.handlers['device'] = fn),
      webRequest: {
        onBeforeRequest: (_filter: unknown, fn: typeof electron.beforeRequest) =>
          (electron.beforeRequest = fn),
      },
    },
  },
}))

const { applySecurity, isBlockedPageRequest, isOwnOrigin, openExternalSafely } =
  await import('../../../src/main/security')

/** A stand-in webContents showing the app. */
class Contents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null
  webrtc = ''
  getURL = () => 'app://hujia/index.html'
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.openHandler = fn
  }
  setWebRTCIPHandlingPolicy(policy: string) {
    this.webrtc = policy
  }
  /** Emits a navigation event; returns whether the app prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, url)
    return prevented
  }
  input(type: string) {
    this.emit('input-event', {}, { type })
  }
}

const SHINE = 'https://www.shine.cn/news/metro/2412260013/'
let contents: Contents

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z'), toFake: ['Date'] })
  electron.shell.openExternal.mockClear()
  electron.app.isPackaged = true
  delete process.env['ELECTRON_RENDERER_URL']
  applySecurity()
  contents = new Contents()
  electron.app.listeners.get('web-contents-created')!({}, contents)
})

afterEach(() => {
  vi.useRealTimers()
  delete process.env['ELECTRON_RENDERER_URL']
})

describe('navigation and new windows are only denied', () => {
  it('prevents navigation away, opening nothing, even to an allowed site right after a click', async () => {
    contents.input('mouseUp')
    expect(contents.navigate('will-navigate', SHINE)).toBe(true)
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.navigate('will-navigate', 'app://hujia/other.html')).toBe(true)
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.openHandler!({ url: SHINE })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('lets the page reload itself and move within its own origin', () => {
    expect(contents.navigate('will-navigate', 'app://hujia/index.html#/trips')).toBe(false)
    expect(contents.navigate('will-redirect', 'app://hujia/index.html')).toBe(false)
  })

  it('refuses webviews and keeps WebRTC off local addresses', () => {
    let prevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    expect(contents.webrtc).toBe('disable_non_proxied_udp')
  })
})

describe('links leave the app only through openExternalSafely, after a gesture', () => {
  it('opens an allowed link once per click or key press, within 5 seconds of it', async () => {
    expect(await openExternalSafely(SHINE, contents as never)).toBe(false) // no gesture yet
    contents.input('mouseMove')
    expect(await openExternalSafely(SHINE, contents as never)).toBe(false) // not a gesture
    contents.input('mouseUp')
    expect(await openExternalSafely(SHINE, contents as never)).toBe(true)
    expect(await openExternalSafely(SHINE, contents as never)).toBe(false) // used up
    contents.input('rawKeyDown')
    vi.advanceTimersByTime(5_001)
    expect(await openExternalSafely(SHINE, contents as never)).toBe(false) // too late
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('passes on the URL the allowlist parsed, not the input string', async () => {
    contents.input('keyDown')
    expect(
      await openExternalSafely('HTTPS://WWW.SHINE.CN/news/metro/2412260013/', contents as never),
    ).toBe(true)
    expect(electron.shell.openExternal).toHaveBeenCalledWith(SHINE)
  })

  it('refuses what the allowlist refuses, without using up the gesture', async () => {
    contents.input('mouseDown')
    for (const url of ['https://evil.example/', 'http://www.shine.cn/', 42, 'javascript:alert(1)'])
      expect(await openExternalSafely(url, contents as never)).toBe(false)
    expect(await openExternalSafely(SHINE, contents as never)).toBe(true)
  })

  it('a gesture in one window does not open links for another', async () => {
    const other = new Contents()
    electron.app.listeners.get('web-contents-created')!({}, other)
    contents.input('mouseUp')
    expect(await openExternalSafely(SHINE, other as never)).toBe(false)
  })
})

describe('the session', () => {
  it('denies every permission request, check and device', () => {
    const answers: boolean[] = []
    ;(electron.handlers['request'] as (...a: unknown[]) => void)({}, 'geolocation', (ok: boolean) =>
      answers.push(ok),
    )
    expect(answers).toEqual([false])
    expect((electron.handlers['check'] as () => boolean)()).toBe(false)
    expect((electron.handlers['device'] as () => boolean)()).toBe(false)
  })

  it('cancels every network request a page makes; the main process’s own pass', () => {
    const cancel = (d: object) => {
      let r: { cancel: boolean } | null = null
      electron.beforeRequest!(d, (x) => (r = x))
      return r!.cancel
    }
    expect(cancel({ url: 'https://www.shine.cn/', webContentsId: 1 })).toBe(true)
    expect(cancel({ url: 'ws://127.0.0.1:9222/', webContentsId: 1 })).toBe(true)
    expect(cancel({ url: 'https://sync.example/', webContentsId: undefined })).toBe(false)
  })

  it('honours the dev server only in an unpackaged app', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173/'
    const page = { url: 'http://localhost:5173/src/main.tsx', webContentsId: 1 }
    const hmr = { url: 'ws://localhost:5173/', webContentsId: 1 }
    expect(isOwnOrigin('http://localhost:5173/')).toBe(false)
    expect(isBlockedPageRequest(page)).toBe(true)
    electron.app.isPackaged = false
    expect(isOwnOrigin('http://localhost:5173/')).toBe(true)
    expect(isBlockedPageRequest(page)).toBe(false)
    expect(isBlockedPageRequest(hmr)).toBe(false)
    expect(isBlockedPageRequest({ url: 'https://evil.example/', webContentsId: 1 })).toBe(true)
  })
})
