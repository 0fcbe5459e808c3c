// @ts-check
// The default session (permission handlers, webRequest), protocol and net of the stand-in: what
// main says about the page's requests and what it serves on app://. See electron.mjs.
import { strict } from './support.mjs'

/**
 * @param {import('./support.mjs').Ctx} ctx
 * @param {{ isReady(): boolean, contentsOf(id: number): unknown }} shell
 */
export function createSession({ rpc, clock, record, problem }, shell) {
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

  /** @type {Map<string, (request: Request) => Response | Promise<Response>>} */
  const protocolHandlers = new Map()
  const protocol = strict(
    {
      /** @param {{ scheme: string, privileges?: object }[]} schemes */
      registerSchemesAsPrivileged(schemes) {
        record('protocol.registerSchemesAsPrivileged', { schemes, beforeReady: !shell.isReady() })
        if (shell.isReady()) problem('protocol.registerSchemesAsPrivileged called after ready')
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
        if (url.protocol === 'http:' || url.protocol === 'https:') {
          // Requests main makes itself pass the session's webRequest too (no webContentsId).
          if ((await askBeforeRequest({ url: request.url, method: request.method })) === 'cancel')
            throw new Error('net::ERR_BLOCKED_BY_CLIENT')
          return fetch(request)
        }
        const handler = protocolHandlers.get(url.protocol.slice(0, -1))
        if (handler) return handler(request)
        throw new Error(`electron stand-in: net.fetch of ${url.protocol} URLs is not modelled`)
      },
    },
    'net',
  )

  Object.assign(rpc.handlers, {
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
      const contents = p.id ? shell.contentsOf(p.id) : null
      if (p.kind === 'request')
        return new Promise((resolve) =>
          handler(contents, p.permission, resolve, { requestingUrl: p.origin, isMainFrame: true }),
        )
      if (p.kind === 'check')
        return handler(contents, p.permission, p.origin, { requestingUrl: p.origin })
      return handler({ deviceType: p.permission, origin: p.origin, device: {} })
    },
  })

  return { session, defaultSession, protocol, net }
}
