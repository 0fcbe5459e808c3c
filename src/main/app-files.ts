// What app:// serves: the regular files found in the renderer folder when the first request
// arrives. A symbolic link, a device name, a FIFO or a file added later is never served, so no
// link inside the folder can reach outside it. GET and HEAD only; an explicit Content-Type with
// nosniff; every HTML page carries its own Content-Security-Policy (the meta tag the build
// hashed, build/csp-plugin.ts) as a header too, copied from the page so the two cannot drift,
// with connect-src narrowed to 'self' (desktopCsp).
// Plain Node and the fetch API's Request/Response, so tests run it without Electron.
import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { resolveAppPath } from './app-path'
import contentTypes from './content-types.json'

// One table for app:// and the browser-mode server (scripts/serve-web.mjs).
const CONTENT_TYPES: Record<string, string> = contentTypes

/** Every regular file under `root`, by absolute path; links and special files are left out. */
export async function servableFiles(root: string): Promise<Set<string>> {
  const files = new Set<string>()
  const walk = async (dir: string): Promise<void> => {
    // Dirent types come from the directory entry itself: a link is a link, never its target.
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) files.add(path)
    }
  }
  await walk(root)
  return files
}

const META_CSP_RE = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i

/** The policy of a page's CSP meta tag, or null when it has none. */
export function cspOfHtml(html: string): string | null {
  const m = META_CSP_RE.exec(html)
  if (!m?.[1]) return null
  return m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')
}

/**
 * The policy main sends as a header: the page's own, with connect-src narrowed to 'self'. The
 * page's policy lets the browser build reach WebDAV servers; in the desktop app sync runs in main,
 * so the page needs no connection of its own (a page enforces both policies, header and meta).
 */
export function desktopCsp(policy: string): string {
  const directives = policy.split(';').map((d) => d.trim())
  const rest = directives.filter((d) => d && !/^connect-src(\s|$)/i.test(d))
  return [...rest, "connect-src 'self'"].join('; ')
}

const plain = (status: number, text: string, headers: Record<string, string> = {}): Response =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  })

export function createAppFileServer(root: string): (request: Request) => Promise<Response> {
  let files: Promise<Set<string>> | null = null
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' })
    files ??= servableFiles(root)
    const path = resolveAppPath(root, request.url)
    if (!path || !(await files).has(path)) return plain(404, 'Not found')
    let body: Uint8Array
    try {
      body = await readFile(path)
    } catch {
      return plain(404, 'Not found')
    }
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
    }
    if (type.startsWith('text/html')) {
      const csp = cspOfHtml(new TextDecoder().decode(body))
      // A page without a policy is a broken build: refuse it rather than run it unprotected.
      if (!csp) return plain(500, 'This page has no Content-Security-Policy')
      // The scanner cannot read a policy from a variable; it checks this one in index.html.
      headers['Content-Security-Policy'] = desktopCsp(csp) // eng-disable CSP_JS_CHECK CSP_GLOBAL_CHECK
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}
