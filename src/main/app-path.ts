// Maps an app:// request URL to a file inside the renderer folder. Pure (node:path only) so the
// path-traversal guard can be table-tested without Electron.
import { isAbsolute, join, normalize, relative, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'hujia'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The absolute file path for `requestUrl`, or null when it is not ours or escapes `root`. */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  // A request that tries to climb out is refused outright rather than clamped.
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname.split('/').includes('..')) return null
  const rel = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '')
  const full = join(root, rel)
  const back = relative(root, full)
  if (back === '' || back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) {
    return null
  }
  return full
}
