import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
} from '../../../src/main/window-state'

const dir = () => mkdtempSync(join(tmpdir(), 'hujia-ws-'))

describe('window state', () => {
  it('remembers size, position and maximized across runs', () => {
    const d = dir()
    saveWindowState(d, { x: 10, y: 20, width: 1000, height: 700, maximized: true })
    expect(loadWindowState(d)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true })
  })

  it('falls back to the default when the file is missing, corrupt or absurd', () => {
    const d = dir()
    expect(loadWindowState(d)).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(d, 'window-state.json'), '{not json')
    expect(loadWindowState(d)).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(join(d, 'window-state.json'), JSON.stringify({ width: 5, height: 5 }))
    expect(loadWindowState(d)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it.skipIf(process.platform === 'win32')(
    'is readable by the user only (0600), whatever the umask',
    () => {
      const d = dir()
      writeFileSync(join(d, 'window-state.json.tmp'), 'left by an older version', { mode: 0o644 })
      const old = process.umask(0o022)
      try {
        expect(saveWindowState(d, { width: 1000, height: 700, maximized: false })).toBe(true)
      } finally {
        process.umask(old)
      }
      expect(statSync(join(d, 'window-state.json')).mode & 0o777).toBe(0o600)
    },
  )

  it('cannot stop the window from closing when the file cannot be written', () => {
    const d = dir()
    mkdirSync(join(d, 'window-state.json.tmp')) // a folder where the temp file would go
    expect(saveWindowState(d, { width: 1000, height: 700, maximized: false })).toBe(false)
  })
})
