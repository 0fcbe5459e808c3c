// A small HTTP proxy in front of the test WebDAV server that behaves like 坚果云 under load: on a
// schedule it answers 401, 429 with Retry-After, or 503 instead of forwarding. Tests set the
// schedule with proxy.plan([...]): one entry per coming request, null to forward it. It counts
// the requests it saw, by method.
import http from 'node:http'
import { freePort } from './webdav.mjs'

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Date, ETag, Content-Range, Retry-After',
}

/** @param {{ target: string }} opts the WebDAV server's base URL */
export async function startFaultProxy({ target }) {
  const upstream = new URL(target)
  /** @type {({ status: number, retryAfter?: number } | null)[]} */
  let schedule = []
  const counts = { total: 0, faults: 0, byMethod: {} }
  const port = await freePort()
  const server = http.createServer((req, res) => {
    counts.total++
    counts.byMethod[req.method] = (counts.byMethod[req.method] ?? 0) + 1
    const fault = schedule.shift() ?? null
    if (fault) {
      counts.faults++
      req.resume()
      const headers = { ...CORS, 'Content-Type': 'text/plain', Date: new Date().toUTCString() }
      if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter)
      if (fault.status === 401) headers['WWW-Authenticate'] = 'Basic realm="HuJia sync test"'
      res.writeHead(fault.status, headers)
      res.end(fault.status === 429 ? 'Too Many Requests' : 'fault injected')
      return
    }
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      },
    )
    out.on('error', () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(out)
  })
  await new Promise((r) => server.listen(port, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${port}/`,
    counts,
    /** The answers for the next requests, in order; null forwards a request. */
    plan(entries) {
      schedule = [...entries]
    },
    get remaining() {
      return schedule.length
    },
    stop: () => new Promise((r) => server.close(r)),
  }
}
