// The engine with the desktop app's folder transport (Node fs in the main process): a folder that
// another program syncs between computers.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { folderTransport } from '../../src/main/sync/folder'
import { filesHolding, filesUnder } from '../fixtures/sync/files'
import { join as joinFolder, sync } from '../fixtures/sync/devices'
import { MemoryStore } from '../fixtures/sync/memory-store'

const root = mkdtempSync(join(tmpdir(), 'hujia-folder-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('sync through a folder on disk', () => {
  it('three devices converge and the folder holds only ciphertext', async () => {
    let now = Date.now()
    const devices = [0, 1, 2].map(() => ({
      store: new MemoryStore(undefined, () => now),
      t: folderTransport(root),
    }))
    for (const d of devices) await joinFolder(d.store, d.t)
    devices[0]!.store.put('trips', { id: 'a', note: '上海南站' })
    devices[1]!.store.put('trips', { id: 'b', note: '嘉善南站' })
    devices[2]!.store.put('settings', { key: 'workPlaceId', value: 'jiaxing' })
    for (let round = 0; round < 2; round++)
      for (const d of devices) {
        now += 1000
        await sync(d.store, d.t)
      }
    const view = devices[0]!.store.view()
    for (const d of devices) expect(d.store.view()).toEqual(view)
    expect(view['trips']).toHaveLength(2)
    expect(filesUnder(root).some((f) => f.endsWith('.tmp'))).toBe(false)
    expect(filesHolding(root, ['上海南站'])).toEqual([])
  })

  it('refuses a path outside the sync layout', async () => {
    const t = folderTransport(root)
    await expect(t.read('../etc/passwd')).rejects.toThrow(/not a sync path/)
    await expect(t.write('0123456789abcdef/../../x', new Uint8Array())).rejects.toThrow(
      /not a sync path/,
    )
  })
})
