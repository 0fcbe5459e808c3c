// WebDAV from a browser page: fetch, to servers that allow pages of another origin (CORS). A
// request that fails without any answer is, with the network up, almost always a server that does
// not allow it (坚果云 is one): reported as 'blocked' so the screen can say so.
import { TransportError } from '@shared/sync/transport'
import type { HttpFn } from '@shared/sync/webdav'

export const fetchHttp: HttpFn = async (req) => {
  let res: Response
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body ? new Uint8Array(req.body) : null,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
    })
  } catch (e) {
    throw new TransportError({
      kind: navigator.onLine ? 'blocked' : 'network',
      detail: e instanceof Error ? e.message : String(e),
    })
  }
  const headers: Record<string, string> = {}
  res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v))
  return { status: res.status, headers, body: new Uint8Array(await res.arrayBuffer()) }
}
