// Serves the renderer from a fixed app:// origin. IndexedDB is keyed by origin, so a fixed
// origin keeps the user's data across Electron upgrades and install-path changes
// (electron/electron#37702 lost data when file:// changed).
import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { APP_SCHEME, resolveAppPath } from './app-path'

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
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererRoot, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    if (!response.ok) return new Response('Not found', { status: 404 })
    const headers = new Headers(response.headers)
    // The Content-Security-Policy is the meta tag of index.html, hashed at build time
    // (build/csp-plugin.ts); a second header policy here could only drift from it.
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: 200, headers })
  })
}
