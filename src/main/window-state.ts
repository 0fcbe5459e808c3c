// Remembers the window's size and position between runs (a small JSON file in user data, readable
// by the user only, like everything the app writes there).
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false }

function stateFile(dir: string): string {
  return join(dir, 'window-state.json')
}

export function loadWindowState(dir: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(stateFile(dir), 'utf8')) as Partial<WindowState>
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)
    if (!ok(raw.width) || !ok(raw.height) || raw.width < 400 || raw.height < 300) {
      return DEFAULT_WINDOW_STATE
    }
    return {
      width: Math.round(raw.width),
      height: Math.round(raw.height),
      ...(ok(raw.x) && ok(raw.y) ? { x: Math.round(raw.x), y: Math.round(raw.y) } : {}),
      maximized: raw.maximized === true,
    }
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/** Best effort: a window that cannot remember its place (full disk …) still closes. */
export function saveWindowState(dir: string, state: WindowState): boolean {
  const file = stateFile(dir)
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 })
    // `mode` applies only to a new file; a temp left by an older version keeps its own.
    if (process.platform !== 'win32') chmodSync(`${file}.tmp`, 0o600)
    renameSync(`${file}.tmp`, file)
    return true
  } catch {
    return false
  }
}
