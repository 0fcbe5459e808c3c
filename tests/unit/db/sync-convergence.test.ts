// The convergence property again, with the app's own database on each device: the Dexie change
// capture records the writes, the Dexie store merges the remote ones. Three devices with clocks
// apart make random trip and setting writes and deletes, sync in random orders through a folder
// that fails requests and cuts uploads, and end with the same trips and settings, none of the
// deleted ones back.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDb, SCHEMA_VERSION, type HujiaDb } from '@renderer/db/db'
import { DexieSyncStore } from '@renderer/db/sync-store'
import { toBase64 } from '@shared/sync/bytes'
import { syncOnce } from '@shared/sync/engine'
import { connect } from '@shared/sync/setup'
import { TransportError } from '@shared/sync/transport'
import { TEST_KDF, TEST_PASSPHRASE } from '../../fixtures/sync/devices'
import { MemoryServer, MemoryTransport } from '../../fixtures/sync/memory-transport'
import { trip, uuid } from '../../fixtures/builders'

const opened: HujiaDb[] = []
afterEach(async () => {
  vi.useRealTimers()
  for (const d of opened.splice(0)) {
    d.close()
    await d.delete()
  }
})

type Op =
  | { kind: 'trip'; dev: number; n: number; note: string }
  | { kind: 'setting'; dev: number; key: 'homePlaceId' | 'workPlaceId'; value: string }
  | { kind: 'delete'; dev: number; n: number }
  | { kind: 'sync'; dev: number; faulty: boolean; rolls: number[] }

/** The fault dice of one sync, drawn by fast-check (so a failing case shrinks), used in turn. */
const rolls = fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
  minLength: 8,
  maxLength: 8,
})
const dev = fc.integer({ min: 0, max: 2 })
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('trip' as const),
    dev,
    n: fc.integer({ min: 1, max: 6 }),
    note: fc.constantFrom('上班', '回家', '加班', ''),
  }),
  fc.record({
    kind: fc.constant('setting' as const),
    dev,
    key: fc.constantFrom('homePlaceId' as const, 'workPlaceId' as const),
    value: fc.constantFrom('a', 'b', 'c'),
  }),
  fc.record({ kind: fc.constant('delete' as const), dev, n: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('sync' as const), dev, faulty: fc.boolean(), rolls }),
)

function dice(values: number[]): () => number {
  let i = 0
  return () => values[i++ % values.length]!
}

describe('sync with the app database converges under faults', () => {
  it('three devices end with the same trips and settings, and deleted trips stay deleted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 25 }), async (ops) => {
        const server = new MemoryServer()
        const devices: { db: HujiaDb; store: DexieSyncStore; t: MemoryTransport }[] = []
        // One after the other, as people set up their computers.
        for (let i = 0; i < 3; i++)
          devices.push(
            await (async () => {
              const db = openDb('conv-' + crypto.randomUUID())
              opened.push(db)
              await db.open()
              const store = new DexieSyncStore(db)
              const t = new MemoryTransport(server)
              const r = await connect(t, TEST_PASSPHRASE, { kdf: TEST_KDF, minKdfN: 1 })
              if (!r.ok) throw new Error(r.error)
              await store.init(r.keyId, toBase64(r.dataKey))
              return { db, store, t }
            })(),
          )
        const deleted = new Set<string>()
        const sync = (d: (typeof devices)[number]) =>
          syncOnce({ store: d.store, transport: d.t, schemaVersion: SCHEMA_VERSION })
        // Each step a second after the last: a delete made after a write, on any device, is
        // later by the clocks too (writes in the same millisecond would be concurrent, and then
        // either may win by design), so the run replays the same way from its seed.
        let clock = Date.now()
        vi.useFakeTimers({ toFake: ['Date'] })
        for (const o of ops) {
          vi.setSystemTime((clock += 1000))
          const d = devices[o.dev]!
          if (o.kind === 'trip') {
            const id = uuid(o.n)
            if (deleted.has(id)) continue
            await d.db.trips.put(trip({ id, note: o.note, updatedAt: new Date().toISOString() }))
          } else if (o.kind === 'setting') await d.db.settings.put({ key: o.key, value: o.value })
          else if (o.kind === 'delete') {
            const id = uuid(o.n)
            if (!(await d.db.trips.get(id))) continue
            await d.db.trips.delete(id)
            deleted.add(id)
          } else {
            d.t.faults = o.faulty ? { fail: 0.2, cut: 0.3, random: dice(o.rolls) } : null
            await sync(d).catch((e: unknown) => {
              if (!(e instanceof TransportError)) throw e
            })
          }
        }
        for (let round = 0; round < 3; round++)
          for (const d of devices) {
            d.t.faults = null
            await sync(d)
          }
        const views = await Promise.all(
          devices.map(async (d) => ({
            trips: (await d.db.trips.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
            settings: (await d.db.settings.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1)),
          })),
        )
        expect(views[1]).toEqual(views[0])
        expect(views[2]).toEqual(views[0])
        for (const t of views[0]!.trips) expect(deleted.has(t.id), `${t.id} came back`).toBe(false)
      }),
      { numRuns: 25 },
    )
  }, 240_000)
})
