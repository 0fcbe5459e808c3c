// A path as the user would type it, without their account name: the page shows where the data
// folder is but need not learn who the user is.
import { posix, win32 } from 'node:path'

export function displayPath(path: string, home: string, platform: string = process.platform) {
  const p = platform === 'win32' ? win32 : posix
  const rel = p.relative(home, path)
  if (rel === '' || rel.startsWith('..') || p.isAbsolute(rel)) return path
  return platform === 'win32' ? `%USERPROFILE%\\${rel}` : `~/${rel}`
}
