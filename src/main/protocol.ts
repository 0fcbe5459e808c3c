// Serves the renderer from a fixed app:// origin. IndexedDB is keyed by origin, so a fixed
// origin keeps the user's data across Electron upgrades and install-path changes
// (electron/electron#37702 lost data when file:// changed). What is served: app-files.ts.
import { protocol } from 'electron'
import { APP_SCHEME } from './app-path'
import { createAppFileServer } from './app-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ])
}

export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppFileServer(rendererRoot))
}
