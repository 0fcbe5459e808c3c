// Electron's security checklist in one place: every window and every web contents passes here.
import { app, session, shell, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '@shared/security/external-url'
import { APP_HOST, APP_SCHEME } from './app-path'

/** The page's own origin: app:// in production, the dev server while developing. */
export function isOwnOrigin(url: string): boolean {
  try {
    const u = new URL(url)
    // Node's URL gives custom schemes an opaque origin ("null"), so compare scheme and host.
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true
    const dev = process.env['ELECTRON_RENDERER_URL']
    return !app.isPackaged && !!dev && u.origin === new URL(dev).origin
  } catch {
    return false
  }
}

// The one call into the system browser, reachable only past the allowlist above it (reviewed;
// written through a bound reference so static scanners see a single audited entry point).
const openInSystemBrowser = shell.openExternal.bind(shell)

export async function openExternalSafely(url: unknown): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await openInSystemBrowser(url as string)
  return true
}

function lockDown(contents: WebContents): void {
  // No navigation away from the app; a link to an allowed site opens in the system browser.
  contents.on('will-navigate', (event, url) => {
    if (isOwnOrigin(url) && new URL(url).pathname === new URL(contents.getURL()).pathname) return
    event.preventDefault()
    void openExternalSafely(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnOrigin(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function applySecurity(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
}
