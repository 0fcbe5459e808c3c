// Electron's security checklist in one place: every window and every web contents passes here.
import { app, session, shell, type WebContents, type WebPreferences } from 'electron'
import { isAllowedExternalUrl } from '@shared/security/external-url'
import { APP_ORIGIN } from './app-path'

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    spellcheck: false,
  }
}

/** The page's own origin: app:// in production, the dev server while developing. */
export function isOwnOrigin(url: string): boolean {
  try {
    const origin = new URL(url).origin
    const dev = process.env['ELECTRON_RENDERER_URL']
    return origin === APP_ORIGIN || (!app.isPackaged && !!dev && origin === new URL(dev).origin)
  } catch {
    return false
  }
}

export async function openExternalSafely(url: unknown): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await shell.openExternal(url as string)
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
