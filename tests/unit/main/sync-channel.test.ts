// The main process's sync channel: it owns the target, answers only inside the sync layout, keeps
// the WebDAV password sealed by the OS keychain, and reports errors as data the page can read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createSyncChannel } from '../../../src/main/sync/channel'
import { ipcArgSchemas } from '../../../src/shared/ipc/schemas'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'hujia-channel-'))
  dirs.push(d)
  return d
}
const secrets = {
  encrypt: (t: string) => Buffer.from(`sealed:${[...t].reverse().join('')}`),
  decrypt: (b: Buffer) => [...b.toString().slice('sealed:'.length)].reverse().join(''),
}

describe('sync IPC channel (main)', () => {
  it('refuses requests outside the sync layout at the boundary', () => {
    const parse = (req: unknown) => ipcArgSchemas.sync.safeParse([req]).success
    expect(
      parse({ op: 'read', target: 'saved', path: '0123456789abcdef/log-2026-12.hjs', from: 0 }),
    ).toBe(true)
    expect(parse({ op: 'read', target: 'saved', path: '../../.ssh/id_rsa', from: 0 })).toBe(false)
    expect(
      parse({ op: 'write', target: 'saved', path: 'notes.txt', bytes: new Uint8Array(1) }),
    ).toBe(false)
    expect(parse({ op: 'list', target: 'elsewhere', dir: '' })).toBe(false)
    expect(
      parse({
        op: 'setWebdav',
        account: { url: 'https://x/', username: 'u', password: 'p', extra: 1 },
      }),
    ).toBe(false)
  })

  it('works in a picked folder, saves it on commit, and finds it again after a restart', async () => {
    const userData = temp()
    const folder = temp()
    const channel = createSyncChannel({ userData, pickFolder: async () => folder })
    expect(await channel({ op: 'pickFolder' })).toEqual({
      ok: true,
      value: { kind: 'folder', label: folder },
    })
    expect(await channel({ op: 'mkdir', target: 'pending', path: '' })).toEqual({
      ok: true,
      value: null,
    })
    const bytes = new Uint8Array([1, 2, 3])
    await channel({ op: 'write', target: 'pending', path: 'hujia-keys.json', bytes })
    expect(await channel({ op: 'describe' })).toEqual({ ok: true, value: null })
    await channel({ op: 'commit' })
    const again = createSyncChannel({ userData, pickFolder: async () => null })
    expect(await again({ op: 'describe' })).toEqual({
      ok: true,
      value: { kind: 'folder', label: folder },
    })
    expect(await again({ op: 'read', target: 'saved', path: 'hujia-keys.json', from: 1 })).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([2, 3]), from: 1 },
    })
    await again({ op: 'forget' })
    expect(await again({ op: 'describe' })).toEqual({ ok: true, value: null })
  })

  it('keeps the WebDAV password sealed on disk and never tells it to the page', async () => {
    const userData = temp()
    const channel = createSyncChannel({
      userData,
      pickFolder: async () => null,
      secrets: () => secrets,
    })
    const info = await channel({
      op: 'setWebdav',
      account: {
        url: 'https://dav.jianguoyun.com/dav/沪嘉通',
        username: 'me@example.com',
        password: 'abcd-app-password',
      },
    })
    expect(info).toEqual({
      ok: true,
      value: {
        kind: 'webdav',
        url: 'https://dav.jianguoyun.com/dav/%E6%B2%AA%E5%98%89%E9%80%9A/',
        username: 'me@example.com',
      },
    })
    await channel({ op: 'commit' })
    expect(readFileSync(join(userData, 'sync-target.json'), 'utf8')).not.toContain(
      'abcd-app-password',
    )
  })

  it('answers a failure as data: no target, or a server that cannot be reached', async () => {
    const channel = createSyncChannel({ userData: temp(), pickFolder: async () => null })
    expect(await channel({ op: 'list', target: 'saved', dir: '' })).toMatchObject({
      ok: false,
      error: { kind: 'protocol' },
    })
    await channel({
      op: 'setWebdav',
      account: { url: 'http://127.0.0.1:1/dav/', username: 'u', password: 'p' },
    })
    expect(await channel({ op: 'list', target: 'pending', dir: '' })).toMatchObject({
      ok: false,
      error: { kind: 'network' },
    })
    expect(
      await channel({
        op: 'setWebdav',
        account: { url: 'ftp://x/', username: 'u', password: 'p' },
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'protocol' },
    })
  })
})
