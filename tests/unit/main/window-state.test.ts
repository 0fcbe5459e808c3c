import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
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
})
