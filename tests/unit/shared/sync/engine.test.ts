import { describe, expect, it } from 'vitest'
import { SyncStop } from '../../../../src/shared/sync/engine'
import { KEY_FILE, SNAPSHOT_FILE } from '../../../../src/shared/sync/layout'
import { connect } from '../../../../src/shared/sync/setup'
import { join, sync, TEST_KDF } from '../../../fixtures/sync/devices'
import { MemoryStore } from '../../../fixtures/sync/memory-store'
import { MemoryServer, MemoryTransport } from '../../../fixtures/sync/memory-transport'

const NOTE = '去嘉兴看病，记得带医保电子凭证'

async function pair() {
  let now = Date.parse('2026-12-06T08:00:00Z')
  const clock = () => now
  const server = new MemoryServer(clock)
  const a = { store: new MemoryStore(undefined, clock), t: new MemoryTransport(server) }
  const b = { store: new MemoryStore(undefined, clock), t: new MemoryTransport(server) }
  await join(a.store, a.t)
  await join(b.store, b.t)
  return { server, a, b, tick: (ms = 1000) => (now += ms) }
}

const logPath = (server: MemoryServer, device: string) =>
  [...server.files.keys()].find((p) => p.startsWith(`${device}/log-`))!

describe('sync engine', () => {
  it('carries a trip, an edit and a delete from one device to another', async () => {
    const { a, b, tick } = await pair()
    a.store.put('trips', { id: 't1', note: NOTE, fareFen: 600 })
    await sync(a.store, a.t)
    expect((await sync(b.store, b.t)).received).toBe(1)
    expect(b.store.rows('trips')).toEqual([{ id: 't1', note: NOTE, fareFen: 600 }])

    tick()
    b.store.put('trips', { id: 't1', note: NOTE, fareFen: 700 })
    await sync(b.store, b.t)
    await sync(a.store, a.t)
    expect(a.store.rows('trips')).toEqual([{ id: 't1', note: NOTE, fareFen: 700 }])

    tick()
    a.store.delete('trips', 't1')
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    expect(b.store.rows('trips')).toEqual([])
  })

  it('an edit made elsewhere does not bring a deleted trip back', async () => {
    const { a, b, tick } = await pair()
    a.store.put('trips', { id: 't1', note: 'x' })
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    tick()
    a.store.delete('trips', 't1')
    tick()
    // B edits later by clock, not having seen the delete.
    b.store.put('trips', { id: 't1', note: 'edited later' })
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    await sync(a.store, a.t)
    expect(a.store.rows('trips')).toEqual([])
    expect(b.store.rows('trips')).toEqual([])
  })

  it('uploads only ciphertext and device folder names', async () => {
    const { server, a } = await pair()
    a.store.put('trips', { id: 'trip-id-1', note: NOTE, from: '嘉兴南' })
    a.store.put('settings', { key: 'homePlaceId', value: 'place-jiaxing' })
    await sync(a.store, a.t)
    const text = [...server.files.values()]
      .map((b) => new TextDecoder('latin1').decode(b))
      .join('\n')
    const utf8 = [...server.files.values()].map((b) => new TextDecoder().decode(b)).join('\n')
    for (const plain of [NOTE, '嘉兴南', 'trip-id-1', 'homePlaceId', 'place-jiaxing', 'note'])
      expect(utf8.includes(plain) || text.includes(plain), plain).toBe(false)
    for (const p of server.files.keys())
      expect(p).toMatch(/^(hujia-keys\.json|[0-9a-f]{16}\/(log-\d{4}-\d{2}|snapshot)\.hjs)$/)
  })

  it('reports a tampered file and skips it, leaving local data untouched', async () => {
    const { server, a, b } = await pair()
    b.store.put('trips', { id: 'mine', note: 'local' })
    a.store.put('trips', { id: 't1', note: NOTE })
    await sync(a.store, a.t)
    const path = logPath(server, a.store.node)
    const bytes = server.files.get(path)!
    bytes[bytes.length - 5]! ^= 0x01
    const r = await sync(b.store, b.t)
    expect(r.problems).toEqual([
      { device: a.store.node, file: path.split('/')[1], problem: 'tampered' },
    ])
    expect(b.store.rows('trips')).toEqual([{ id: 'mine', note: 'local' }])
    // Not downloaded again until it changes.
    const before = b.t.requests
    expect((await sync(b.store, b.t)).problems[0]?.problem).toBe('tampered')
    expect(b.t.requests - before).toBeLessThan(4)
  })

  it('reports a truncated file, applies nothing from its cut frame, and reads it once repaired', async () => {
    const { server, a, b } = await pair()
    a.store.put('trips', { id: 't1', note: NOTE })
    await sync(a.store, a.t)
    const path = logPath(server, a.store.node)
    const whole = server.files.get(path)!
    server.files.set(path, whole.slice(0, whole.length - 7))
    const r = await sync(b.store, b.t)
    expect(r.problems.map((p) => p.problem)).toEqual(['truncated'])
    expect(b.store.rows('trips')).toEqual([])
    server.files.set(path, whole)
    await sync(b.store, b.t)
    expect(b.store.rows('trips')).toEqual([{ id: 't1', note: NOTE }])
  })

  it('reports a file of an unknown format version and skips it', async () => {
    const { server, a, b } = await pair()
    a.store.put('trips', { id: 't1', note: NOTE })
    await sync(a.store, a.t)
    const path = logPath(server, a.store.node)
    server.files.get(path)![4] = 9
    const r = await sync(b.store, b.t)
    expect(r.problems.map((p) => p.problem)).toEqual(['unknownVersion'])
    expect(b.store.rows('trips')).toEqual([])
  })

  it('leaves changes from a newer schema on the server until the app is upgraded', async () => {
    const { a, b } = await pair()
    a.store.put('trips', { id: 't1', note: NOTE })
    await sync(a.store, a.t, { schemaVersion: 4 })
    const old = await sync(b.store, b.t, { schemaVersion: 3 })
    expect(old.problems.map((p) => p.problem)).toEqual(['newerSchema'])
    expect(b.store.rows('trips')).toEqual([])
    const upgraded = await sync(b.store, b.t, { schemaVersion: 4 })
    expect(upgraded.problems).toEqual([])
    expect(b.store.rows('trips')).toEqual([{ id: 't1', note: NOTE }])
  })

  it('tells a device whose clock is far ahead to fix it, and writes nothing', async () => {
    const now = Date.parse('2026-12-06T08:00:00Z')
    const server = new MemoryServer(() => now)
    const t = new MemoryTransport(server)
    const ahead = new MemoryStore(undefined, () => now + 3 * 3600_000)
    await join(ahead, t)
    ahead.put('trips', { id: 't1', note: 'from the future' })
    const files = server.files.size
    await expect(sync(ahead, t)).rejects.toMatchObject({
      reason: 'clockAhead',
      aheadMs: 3 * 3600_000,
    })
    expect(server.files.size).toBe(files)
    await expect(sync(ahead, t)).rejects.toBeInstanceOf(SyncStop)
  })

  it('refuses a wrong passphrase and writes nothing', async () => {
    const server = new MemoryServer()
    await connect(new MemoryTransport(server), 'the right passphrase', {
      kdf: TEST_KDF,
      minKdfN: 1,
    })
    const keys = server.files.get(KEY_FILE)!.slice()
    const r = await connect(new MemoryTransport(server), 'a wrong passphrase', {
      kdf: TEST_KDF,
      minKdfN: 1,
    })
    expect(r).toEqual({ ok: false, error: 'wrongPassphrase' })
    expect([...server.files.keys()]).toEqual([KEY_FILE])
    expect(server.files.get(KEY_FILE)).toEqual(keys)
  })

  it('stops when another device set sync up anew over the folder', async () => {
    const { server, a } = await pair()
    await sync(a.store, a.t)
    server.files.delete(KEY_FILE)
    await connect(new MemoryTransport(server), 'another passphrase', { kdf: TEST_KDF, minKdfN: 1 })
    server.modified.set(KEY_FILE, Date.now() + 5)
    await expect(sync(a.store, a.t)).rejects.toMatchObject({ reason: 'keyChanged' })
  })

  it('a large first sync uploads one snapshot, and a new device reads it in a few requests', async () => {
    const { server, a, b } = await pair()
    for (let i = 0; i < 3000; i++) a.store.put('trips', { id: `t${i}`, note: `${i}`, fareFen: i })
    const sent = a.t.requests
    const first = await sync(a.store, a.t)
    expect(first.snapshotWritten).toBe(true)
    expect(server.files.has(`${a.store.node}/${SNAPSHOT_FILE}`)).toBe(true)
    // root, key file, own folder, snapshot, marker frame in the log
    expect(a.t.requests - sent).toBeLessThanOrEqual(6)
    const before = b.t.requests
    await sync(b.store, b.t)
    expect(b.store.rows('trips')).toHaveLength(3000)
    expect(b.t.requests - before).toBeLessThanOrEqual(7)
  })

  it('an incremental sync of one new trip takes at most 6 requests on each side', async () => {
    const { a, b, tick } = await pair()
    a.store.put('trips', { id: 't0', note: 'x' })
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    await sync(a.store, a.t)
    tick()
    a.store.put('trips', { id: 't1', note: NOTE })
    const sent = a.t.requests
    await sync(a.store, a.t)
    const received = b.t.requests
    await sync(b.store, b.t)
    expect(a.t.requests - sent).toBeLessThanOrEqual(6)
    expect(b.t.requests - received).toBeLessThanOrEqual(6)
    expect(b.store.rows('trips')).toHaveLength(2)
  })

  it('a record this device held before sync was set up reaches the others', async () => {
    const now = Date.parse('2026-12-06T08:00:00Z')
    const server = new MemoryServer(() => now)
    const a = new MemoryStore(undefined, () => now)
    a.put('trips', { id: 'old', note: '设置同步之前' })
    const ta = new MemoryTransport(server)
    await join(a, ta)
    await sync(a, ta)
    const b = new MemoryStore(undefined, () => now)
    const tb = new MemoryTransport(server)
    await join(b, tb)
    await sync(b, tb)
    expect(b.rows('trips')).toEqual([{ id: 'old', note: '设置同步之前' }])
  })
})
