// Sync against the local WebDAV server (Apache with mod_dav, tests/servers/webdav.mjs), with the
// app's own code: its Dexie store and change capture, the engine, and the browser build's fetch
// transport. Device A holds the log; device B is a second computer, in a database of its own.
//   syncFirstOnce: B's first sync of A's log (the KDF of joining is setup, not timed)
//   syncIncrementalOnce: one new trip logged on A, A's sync that sends it and B's that gets it
import { fetchHttp } from '@renderer/app/platform/fetch-http'
import { openDb, SCHEMA_VERSION, type HujiaDb } from '@renderer/db/db'
import { DexieSyncStore } from '@renderer/db/sync-store'
import { addTrip } from '@renderer/db/trips'
import { toBase64 } from '@shared/sync/bytes'
import { syncOnce } from '@shared/sync/engine'
import { connect } from '@shared/sync/setup'
import type { SyncTransport } from '@shared/sync/transport'
import { webdavTransport, type WebDavAccount } from '@shared/sync/webdav'
import { draftOf } from '@shared/trips/draft'
import { generateTrips } from './generate'

const PASSPHRASE = 'bench passphrase 沪嘉通'

interface Device {
  db: HujiaDb
  store: DexieSyncStore
  t: SyncTransport
  requests: number
  /** Milliseconds spent in each store method during the last sync: where the time goes. */
  storeMs: Record<string, number>
}

let account: WebDavAccount | null = null
let a: Device | null = null
let b: Device | null = null
let expected = 0

async function fresh(name: string, acc: WebDavAccount): Promise<Device> {
  const db = openDb(name)
  await db.delete()
  await db.open()
  const inner = webdavTransport(acc, fetchHttp)
  const store = new DexieSyncStore(db)
  const d: Device = { db, store, t: inner, requests: 0, storeMs: {} }
  for (const m of ['apply', 'pending', 'exportAll', 'saveFrames', 'saveState'] as const) {
    const f = store[m].bind(store) as (...a: unknown[]) => Promise<unknown>
    ;(store as unknown as Record<string, unknown>)[m] = async (...a: unknown[]) => {
      const t0 = performance.now()
      try {
        return await f(...a)
      } finally {
        d.storeMs[m] = (d.storeMs[m] ?? 0) + performance.now() - t0
      }
    }
  }
  const count = <T>(p: () => Promise<T>) => (d.requests++, p())
  d.t = {
    list: (dir) => count(() => inner.list(dir)),
    read: (path, from) => count(() => inner.read(path, from)),
    write: (path, bytes) => count(() => inner.write(path, bytes)),
    mkdir: (path) => count(() => inner.mkdir(path)),
  }
  return d
}

async function join(d: Device): Promise<void> {
  const r = await connect(d.t, PASSPHRASE)
  if (!r.ok) throw new Error(`connect: ${r.error}`)
  await d.store.init(r.keyId, toBase64(r.dataKey))
}

const sync = (d: Device) =>
  syncOnce({ store: d.store, transport: d.t, schemaVersion: SCHEMA_VERSION })

/**
 * Device A with `count` trips, logged before sync was set up, then set up and synced once: its
 * first sync uploads the log as a snapshot. Returns the requests and bytes of that upload.
 */
async function syncPrepare(
  davUrl: string,
  username: string,
  password: string,
  count: number,
  from: string,
  to: string,
): Promise<{ requests: number; ms: number; folder: string }> {
  const folder = `bench-${Date.now()}`
  account = { url: `${davUrl}${folder}/`, username, password }
  a = await fresh('bench-sync-a', account)
  const trips = generateTrips(count, from, to, 11)
  for (let i = 0; i < trips.length; i += 20_000)
    await a.db.trips.bulkAdd(trips.slice(i, i + 20_000))
  expected = count
  await join(a)
  a.requests = 0
  const t0 = performance.now()
  await sync(a)
  return { requests: a.requests, ms: performance.now() - t0, folder }
}

/**
 * A second computer's first sync of A's log, into an empty database. Returns its device id: the
 * benchmark removes that device's folder from the server before the next run, so each run is
 * the first second device.
 */
async function syncFirstOnce(): Promise<{
  ms: number
  requests: number
  trips: number
  device: string
  storeMs: Record<string, number>
}> {
  if (!account) throw new Error('syncPrepare first')
  b?.db.close()
  b = await fresh('bench-sync-b', account)
  await join(b)
  b.requests = 0
  b.storeMs = {}
  const t0 = performance.now()
  await sync(b)
  const ms = performance.now() - t0
  const device = (await b.store.readState())!.device
  return { ms, requests: b.requests, trips: await b.db.trips.count(), device, storeMs: b.storeMs }
}

/** One new trip on A: A's sync sends it, B's gets it. */
async function syncIncrementalOnce(): Promise<{
  sendMs: number
  sendRequests: number
  getMs: number
  getRequests: number
  arrived: boolean
}> {
  if (!a || !b) throw new Error('syncFirstOnce first')
  const [last] = await a.db.trips.limit(1).toArray()
  const trip = await addTrip(
    {
      ...draftOf(last!),
      date: new Date().toISOString().slice(0, 10),
      note: `新的一条 ${expected++}`,
    },
    a.db,
  )
  a.requests = 0
  b.requests = 0
  let t0 = performance.now()
  await sync(a)
  const sendMs = performance.now() - t0
  t0 = performance.now()
  await sync(b)
  const getMs = performance.now() - t0
  return {
    sendMs,
    sendRequests: a.requests,
    getMs,
    getRequests: b.requests,
    arrived: (await b.db.trips.get(trip.id)) !== undefined,
  }
}

export const syncApi = { syncPrepare, syncFirstOnce, syncIncrementalOnce }
