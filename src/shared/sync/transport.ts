// What the engine needs from storage it does not own: a folder of files, read and written whole
// (or read from an offset). The desktop app does this in the main process (WebDAV over Node's
// http/https, or a local folder); the browser build uses fetch or the directory picker. Paths are
// relative to the sync folder the user chose, with '/' between parts.

export interface RemoteEntry {
  name: string
  dir: boolean
  size: number
  etag?: string
  /** Last modified, ms since the epoch (the server's clock). */
  modified?: number
}

export interface ListResult {
  entries: RemoteEntry[]
  /** The server's clock when it answered (its Date header), if it told us. */
  serverTime?: number
}

export interface ReadResult {
  /** The file's bytes from `from` on. */
  bytes: Uint8Array
  from: number
}

export interface SyncTransport {
  /** The folder's entries, or null when the folder does not exist. */
  list(dir: string): Promise<ListResult | null>
  /** The file from byte `from` (0: all of it), or null when it does not exist. */
  read(path: string, from?: number): Promise<ReadResult | null>
  /** Replaces the file with `bytes`. */
  write(path: string, bytes: Uint8Array): Promise<void>
  /** Creates the folder; succeeds when it already exists. */
  mkdir(path: string): Promise<void>
}

export const TRANSPORT_ERRORS = [
  /** 401 the first time: wrong user name or app password. */
  'auth',
  /** 403: the account may not do this (or 坚果云 refused the folder). */
  'forbidden',
  /** 429, or 503/401 while throttled: wait, then try again. */
  'throttled',
  /** 5xx: the server is having trouble. */
  'unavailable',
  /** No answer: offline, DNS, refused connection, timeout. */
  'network',
  /** 507: the drive is full. */
  'storageFull',
  /** 404/409 where a file or folder should exist. */
  'notFound',
  /** An answer we cannot use (not WebDAV, bad XML, a redirect elsewhere…). */
  'protocol',
  /** The browser cannot reach the server at all from a page (no CORS), or permission is gone. */
  'blocked',
  /** Not sent: this app's own request budget for the half hour is spent. */
  'budget',
] as const
export type TransportErrorKind = (typeof TRANSPORT_ERRORS)[number]

export interface TransportErrorInfo {
  kind: TransportErrorKind
  status?: number
  /** From Retry-After, when the server sent one. */
  retryAfterMs?: number
  detail?: string
}

export class TransportError extends Error {
  constructor(readonly info: TransportErrorInfo) {
    super(
      `sync transport: ${info.kind}${info.status ? ` (${info.status})` : ''}${info.detail ? `: ${info.detail}` : ''}`,
    )
    this.name = 'TransportError'
  }
}

/** Retry-After as milliseconds (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
