// The engine and the desktop app's WebDAV transport (Node http in the main process) against a real
// server, Debian's Apache with mod_dav, and against a proxy that throttles like 坚果云.
import { join } from 'node:path'
import { filesHolding, filesUnder } from '../fixtures/sync/files'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeHttp } from '../../src/main/sync/node-http'
import { SyncRunner } from '../../src/shared/sync/runner'
import { INITIAL_SCHEDULE, type ScheduleState } from '../../src/shared/sync/schedule'
import { TransportError } from '../../src/shared/sync/transport'
import { webdavTransport } from '../../src/shared/sync/webdav'
import { join as joinFolder, sync } from '../fixtures/sync/devices'
import { MemoryStore } from '../fixtures/sync/memory-store'
import { startFaultProxy, type FaultProxy } from '../servers/fault-proxy.mjs'
import { startWebdav, type Webdav } from '../servers/webdav.mjs'

const NOTE = '在嘉兴南站换乘，医保卡记得带'

let dav: Webdav
let proxy: FaultProxy

beforeAll(async () => {
  dav = await startWebdav()
  proxy = await startFaultProxy({ target: dav.url })
})
afterAll(async () => {
  await proxy?.stop()
  await dav?.stop()
})

let folders = 0
function transport(base: string, folder: string, password = dav.password) {
  return webdavTransport({ url: `${base}${folder}/`, username: dav.user, password }, nodeHttp())
}

describe('sync through Apache mod_dav', () => {
  it('three devices converge: a trip appears, an edit on both sides resolves by clock, a delete stays', async () => {
    const folder = `hujia-${++folders}`
    let now = Date.now()
    const devices = [0, 1, 2].map(() => ({
      store: new MemoryStore(undefined, () => now),
      t: transport(dav.url, folder),
    }))
    for (const d of devices) await joinFolder(d.store, d.t)
    const [a, b, c] = devices as [(typeof devices)[0], (typeof devices)[0], (typeof devices)[0]]

    a.store.put('trips', { id: 't1', note: NOTE, fareFen: 1250 })
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    expect(b.store.rows('trips')).toEqual([{ id: 't1', note: NOTE, fareFen: 1250 }])

    // Both edit the fare; C's edit is later by clock and wins everywhere.
    now += 1000
    b.store.put('trips', { id: 't1', note: NOTE, fareFen: 1300 })
    await sync(c.store, c.t)
    now += 1000
    c.store.put('trips', { id: 't1', note: NOTE, fareFen: 1400 })
    await sync(b.store, b.t)
    await sync(c.store, c.t)

    now += 1000
    a.store.put('trips', { id: 't2', note: '删掉这条' })
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    now += 1000
    b.store.delete('trips', 't2')
    await sync(b.store, b.t)
    for (let i = 0; i < 2; i++) for (const d of devices) await sync(d.store, d.t)

    for (const d of devices)
      expect(d.store.rows('trips')).toEqual([{ id: 't1', note: NOTE, fareFen: 1400 }])

    // The server holds the key file, device folders and ciphertext: no trip text anywhere.
    expect(filesUnder(join(dav.dir, folder)).length).toBeGreaterThan(3)
    expect(filesHolding(join(dav.dir, folder), [NOTE, 'fareFen'])).toEqual([])
  })

  it('reads a log on from where it stopped (Range), and a new trip costs at most 6 requests a side', async () => {
    const folder = `hujia-${++folders}`
    let now = Date.now()
    const a = { store: new MemoryStore(undefined, () => now), t: transport(proxy.url, folder) }
    const b = { store: new MemoryStore(undefined, () => now), t: transport(proxy.url, folder) }
    await joinFolder(a.store, a.t)
    await joinFolder(b.store, b.t)
    for (let i = 0; i < 30; i++) a.store.put('trips', { id: `t${i}`, note: NOTE })
    await sync(a.store, a.t)
    await sync(b.store, b.t)
    await sync(a.store, a.t)
    now += 1000
    a.store.put('trips', { id: 'new', note: NOTE })
    let before = proxy.counts.total
    await sync(a.store, a.t)
    expect(proxy.counts.total - before).toBeLessThanOrEqual(6)
    before = proxy.counts.total
    const r = await sync(b.store, b.t)
    expect(proxy.counts.total - before).toBeLessThanOrEqual(6)
    expect(r.received).toBe(1)
    expect(b.store.rows('trips')).toHaveLength(31)
  })

  it('reports 401, 429 with Retry-After and 503 with the status and the wait', async () => {
    const folder = `hujia-${++folders}`
    const t = transport(proxy.url, folder)
    proxy.plan([{ status: 401 }])
    await expect(t.list('')).rejects.toMatchObject({ info: { kind: 'auth', status: 401 } })
    proxy.plan([{ status: 429, retryAfter: 120 }])
    await expect(t.list('')).rejects.toMatchObject({
      info: { kind: 'throttled', status: 429, retryAfterMs: 120_000 },
    })
    proxy.plan([{ status: 503, retryAfter: 30 }])
    await expect(t.list('')).rejects.toMatchObject({
      info: { kind: 'unavailable', status: 503, retryAfterMs: 30_000 },
    })
    const wrong = transport(dav.url, folder, 'not the app password')
    await expect(wrong.list('')).rejects.toBeInstanceOf(TransportError)
  })

  it('the runner backs off, honours Retry-After, treats a 401 after success as throttling, and recovers', async () => {
    const folder = `hujia-${++folders}`
    let now = Date.now()
    const store = new MemoryStore(undefined, () => now)
    const t = transport(proxy.url, folder)
    await joinFolder(store, t)
    let schedule: ScheduleState = INITIAL_SCHEDULE
    const timers: { fn: () => void; at: number }[] = []
    const runner = new SyncRunner({
      transport: async () => t,
      run: (tr) => sync(store, tr),
      loadSchedule: async () => schedule,
      saveSchedule: async (s) => void (schedule = s),
      onStatus: () => {},
      now: () => now,
      setTimer: (fn, ms) => timers.push({ fn, at: now + ms }),
      clearTimer: () => {},
    })
    await runner.start()
    store.put('trips', { id: 't1', note: NOTE })

    await runner.syncNow()
    expect(schedule.lastError).toBeNull()
    expect(schedule.authOk).toBe(true)

    proxy.plan([{ status: 429, retryAfter: 600 }])
    await runner.syncNow()
    expect(schedule.lastError).toEqual({ reason: 'throttled', status: 429 })
    expect(schedule.nextAt).toBe(now + 600_000)

    proxy.plan([{ status: 503 }])
    await runner.syncNow()
    expect(schedule.lastError).toEqual({ reason: 'unavailable', status: 503 })
    // Second failure in a row: 60 s of backoff.
    expect(schedule.nextAt).toBe(now + 60_000)

    proxy.plan([{ status: 401 }])
    await runner.syncNow()
    expect(schedule.lastError).toEqual({ reason: 'throttled', status: 401 })
    expect(schedule.nextAt).toBe(now + 120_000)

    now += 120_000
    await runner.syncNow()
    expect(schedule.lastError).toBeNull()
    expect(schedule.failures).toBe(0)
    expect(schedule.lastSuccessAt).toBe(now)
    runner.stop()
  })
})
