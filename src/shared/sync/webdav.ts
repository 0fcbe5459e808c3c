// The WebDAV side of a sync folder (RFC 4918): PROPFIND to list, GET with Range to read on from an
// offset, PUT to replace a file whole, MKCOL for a folder. No locks and no If-Match: each device
// writes only its own files. The HTTP itself is injected: Node's http/https in the desktop app's
// main process (坚果云 answers Chromium's requests with 503 at times and sends no CORS headers),
// fetch in the browser build. Status codes become the transport's error kinds; throttling keeps
// its Retry-After for the scheduler.
import { XMLParser } from 'fast-xml-parser'
import { toBase64, utf8 } from './bytes'
import { isSyncPath } from './layout'
import {
  parseRetryAfter,
  TransportError,
  type ListResult,
  type ReadResult,
  type RemoteEntry,
  type SyncTransport,
  type TransportErrorKind,
} from './transport'

export interface HttpRequest {
  method: 'PROPFIND' | 'GET' | 'PUT' | 'MKCOL'
  url: string
  headers: Record<string, string>
  body?: Uint8Array
}

export interface HttpResponse {
  status: number
  /** Header names in lower case. */
  headers: Record<string, string>
  body: Uint8Array
}

/** Sends one request; rejects with a TransportError of kind 'network' when nothing came back. */
export type HttpFn = (req: HttpRequest) => Promise<HttpResponse>

export interface WebDavAccount {
  /** The sync folder's URL, e.g. https://dav.jianguoyun.com/dav/HuJia/ */
  url: string
  username: string
  /** For 坚果云: an app password (应用密码), not the login password. */
  password: string
}

export const JIANGUOYUN_DAV = 'https://dav.jianguoyun.com/dav/'

/** The folder URL with a trailing slash, or null when it is not an http(s) URL. */
export function folderUrl(url: string): string | null {
  try {
    const u = new URL(url.trim())
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
    if (u.username || u.password || u.search || u.hash) return null
    if (!u.pathname.endsWith('/')) u.pathname += '/'
    return u.href
  } catch {
    return null
  }
}

/** 坚果云 refuses writes at the root of /dav/: a sub-folder is required. */
export function isJianguoyunRoot(url: string): boolean {
  const u = folderUrl(url)
  return (
    u !== null && new URL(u).hostname === 'dav.jianguoyun.com' && new URL(u).pathname === '/dav/'
  )
}

const PROPFIND_BODY = utf8(
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>' +
    '<d:resourcetype/><d:getcontentlength/><d:getlastmodified/><d:getetag/>' +
    '</d:prop></d:propfind>',
)

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'response' || name === 'propstat',
})

interface PropStat {
  status?: string
  prop?: {
    resourcetype?: { collection?: unknown } | string
    getcontentlength?: string
    getlastmodified?: string
    getetag?: string
  }
}

/** The entries of a 207 Multi-Status answer to PROPFIND Depth 1, without the folder itself. */
export function parsePropfind(xml: string, folderPath: string): RemoteEntry[] {
  let doc: { multistatus?: { response?: { href?: string; propstat?: PropStat[] }[] } }
  try {
    doc = parser.parse(xml)
  } catch {
    throw new TransportError({ kind: 'protocol', detail: 'unreadable PROPFIND answer' })
  }
  const responses = doc.multistatus?.response
  if (!responses) throw new TransportError({ kind: 'protocol', detail: 'no multistatus' })
  const self = decodePath(folderPath).replace(/\/+$/, '')
  const out: RemoteEntry[] = []
  for (const r of responses) {
    if (typeof r.href !== 'string') continue
    let path: string
    try {
      path = decodePath(new URL(r.href, 'http://x').pathname).replace(/\/+$/, '')
    } catch {
      continue
    }
    if (path === self) continue
    const name = path.slice(path.lastIndexOf('/') + 1)
    const ok = r.propstat?.find((p) => !p.status || / 200 /.test(p.status))?.prop
    if (!name || !ok) continue
    const dir =
      typeof ok.resourcetype === 'object' &&
      ok.resourcetype !== null &&
      'collection' in ok.resourcetype
    const modified = ok.getlastmodified ? Date.parse(ok.getlastmodified) : NaN
    const entry: RemoteEntry = { name, dir, size: Number(ok.getcontentlength ?? 0) || 0 }
    if (ok.getetag) entry.etag = ok.getetag
    if (!Number.isNaN(modified)) entry.modified = modified
    out.push(entry)
  }
  return out
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p)
  } catch {
    return p
  }
}

function errorFor(res: HttpResponse, now: number): TransportError {
  const retryAfterMs = parseRetryAfter(res.headers['retry-after'], now)
  const kind: TransportErrorKind =
    res.status === 401
      ? 'auth'
      : res.status === 403
        ? 'forbidden'
        : res.status === 429
          ? 'throttled'
          : res.status === 507
            ? 'storageFull'
            : res.status === 404 || res.status === 409
              ? 'notFound'
              : res.status >= 500
                ? 'unavailable'
                : 'protocol'
  return new TransportError({
    kind,
    status: res.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  })
}

export function webdavTransport(
  account: WebDavAccount,
  http: HttpFn,
  now: () => number = Date.now,
): SyncTransport {
  const folder = folderUrl(account.url)
  if (!folder) throw new TransportError({ kind: 'protocol', detail: 'not an http(s) folder URL' })
  const base: string = folder
  const auth = `Basic ${toBase64(utf8(`${account.username}:${account.password}`))}`

  async function send(
    method: HttpRequest['method'],
    path: string,
    extra: Record<string, string> = {},
    body?: Uint8Array,
  ) {
    if (!isSyncPath(path.replace(/\/$/, ''))) throw new Error(`not a sync path: ${path}`)
    const req: HttpRequest = {
      method,
      url: new URL(path, base).href,
      headers: { Authorization: auth, ...extra },
    }
    if (body) req.body = body
    return http(req)
  }

  const serverTime = (res: HttpResponse) => {
    const t = res.headers['date'] ? Date.parse(res.headers['date']) : NaN
    return Number.isNaN(t) ? {} : { serverTime: t }
  }

  return {
    async list(dir: string): Promise<ListResult | null> {
      const path = dir === '' ? '' : `${dir}/`
      const res = await send(
        'PROPFIND',
        path,
        { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
        PROPFIND_BODY,
      )
      if (res.status === 404) return null
      if (res.status !== 207) throw errorFor(res, now())
      const entries = parsePropfind(
        new TextDecoder().decode(res.body),
        new URL(path, base).pathname,
      )
      return { entries, ...serverTime(res) }
    },

    async read(path: string, from = 0): Promise<ReadResult | null> {
      const res = await send('GET', path, from > 0 ? { Range: `bytes=${from}-` } : {})
      if (res.status === 404) return null
      // The file is shorter than what was read before: the writer's upload was cut.
      if (res.status === 416) return { bytes: new Uint8Array(0), from }
      if (res.status === 206) {
        const start = /bytes (\d+)-/.exec(res.headers['content-range'] ?? '')
        if (!start || Number(start[1]) !== from)
          throw new TransportError({ kind: 'protocol', detail: 'unexpected range' })
        return { bytes: res.body, from }
      }
      if (res.status === 200) return { bytes: res.body, from: 0 }
      throw errorFor(res, now())
    },

    async write(path: string, bytes: Uint8Array): Promise<void> {
      const res = await send('PUT', path, { 'Content-Type': 'application/octet-stream' }, bytes)
      if (res.status < 200 || res.status > 299) throw errorFor(res, now())
    },

    async mkdir(path: string): Promise<void> {
      const res = await send('MKCOL', path === '' ? '' : `${path}/`)
      // 405: it exists already.
      if (res.status === 201 || res.status === 405) return
      throw errorFor(res, now())
    },
  }
}
