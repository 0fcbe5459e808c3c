// Electron's security checklist in one place: every window and every web contents passes here.
import { app, session, shell, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '@shared/security/external-url'
import { APP_HOST, APP_SCHEME } from './app-path'
import { devSwitches } from './dev-switches'
import { GestureGate } from './user-gesture'

const devServer = (): string | undefined => devSwitches(app.isPackaged, process.env).rendererUrl

/** The page's own origin: app:// in production, the dev server while developing. */
export function isOwnOrigin(url: string): boolean {
  try {
    const u = new URL(url)
    // Node's URL gives custom schemes an opaque origin ("null"), so compare scheme and host.
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true
    const dev = devServer()
    return !!dev && u.origin === new URL(dev).origin
  } catch {
    return false
  }
}

const gestures = new WeakMap<WebContents, GestureGate>()

/**
 * The one way into the system browser: an https URL on the allowlist, asked for by a window just
 * after the user clicked or pressed a key in it (user-gesture.ts). The URL passed on is the one
 * the allowlist parsed, never the raw input.
 */
export async function openExternalSafely(input: unknown, from: WebContents): Promise<boolean> {
  if (typeof input !== 'string' || !isAllowedExternalUrl(input)) return false
  if (!gestures.get(from)?.take(Date.now())) return false
  const url = new URL(input).href
  // Audited: url passed the allowlist and the gesture check just above.
  await shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true
}

function lockDown(contents: WebContents): void {
  const gate = new GestureGate()
  gestures.set(contents, gate)
  contents.on('input-event', (_event, input) => gate.note(input.type, Date.now()))
  // No navigation away from the app, and nothing opens because the page navigated: links leave
  // the app only through the openLink IPC, which the page calls from a click.
  contents.on('will-navigate', (event, url) => {
    if (isOwnOrigin(url) && new URL(url).pathname === new URL(contents.getURL()).pathname) return
    event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnOrigin(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // The CSP does not cover WebRTC; the app makes no peer connections, so no local address leaks.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp')
}

/**
 * A page never talks to the network (its CSP says so too). The exceptions: requests main makes
 * itself (no webContents), and the dev server with its hot-reload socket while developing.
 */
export function isBlockedPageRequest(details: { url: string; webContentsId?: number }): boolean {
  if (details.webContentsId === undefined) return false
  const dev = devServer()
  try {
    return !(dev && new URL(details.url).host === new URL(dev).host)
  } catch {
    return true
  }
}

export function applySecurity(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  const web = { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }
  ses.webRequest.onBeforeRequest(web, (details, callback) =>
    callback({ cancel: isBlockedPageRequest(details) }),
  )
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
}
