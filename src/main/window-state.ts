// Remembers the window's size and position between runs (a small JSON file in user data).
import { readFileSync, writeFileSync, renameSync } from 'node:fs'
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

export function saveWindowState(dir: string, state: WindowState): void {
  const file = stateFile(dir)
  writeFileSync(`${file}.tmp`, JSON.stringify(state))
  renameSync(`${file}.tmp`, file)
}
