// HTTP for WebDAV in the main process: Node's own http/https, not Chromium's network stack (坚果云
// has answered requests sent from Electron's Chromium with 503 while curl's went through). No
// redirects are followed, answers are capped in size, and a stalled request times out.
import http from 'node:http'
import https from 'node:https'
import { TransportError } from '@shared/sync/transport'
import type { HttpFn, HttpRequest, HttpResponse } from '@shared/sync/webdav'

/** Larger than any snapshot of 100,000 trips; a bigger answer is refused. */
export const MAX_RESPONSE_BYTES = 256 * 1024 * 1024
const TIMEOUT_MS = 60_000

export function nodeHttp(opts: { timeoutMs?: number } = {}): HttpFn {
  return (req: HttpRequest) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const url = new URL(req.url)
      const lib = url.protocol === 'https:' ? https : http
      const headers: Record<string, string | number> = {
        ...req.headers,
        'User-Agent': 'HuJia-Commute-Sync',
      }
      if (req.body) headers['Content-Length'] = req.body.length
      const r = lib.request(
        url,
        { method: req.method, headers, timeout: opts.timeoutMs ?? TIMEOUT_MS },
        (res) => {
          const chunks: Buffer[] = []
          let size = 0
          res.on('data', (c: Buffer) => {
            size += c.length
            if (size > MAX_RESPONSE_BYTES) {
              res.destroy()
              reject(new TransportError({ kind: 'protocol', detail: 'answer too large' }))
            } else chunks.push(c)
          })
          res.on('error', (e) => reject(new TransportError({ kind: 'network', detail: e.message })))
          res.on('end', () => {
            const out: Record<string, string> = {}
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
            resolve({
              status: res.statusCode ?? 0,
              headers: out,
              body: new Uint8Array(Buffer.concat(chunks)),
            })
          })
        },
      )
      r.on('timeout', () => r.destroy(new Error('timed out')))
      r.on('error', (e) => reject(new TransportError({ kind: 'network', detail: e.message })))
      r.end(
        req.body
          ? Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength)
          : undefined,
      )
    })
}
