// Property test of the whole engine: three devices with clocks up to an hour apart make random
// creates, edits, deletes and undos, sync in random orders through one folder while requests fail
// and uploads are cut halfway, and some stay offline for days. After the faults stop and every
// device has synced a few times, all three hold the same data, and that data is what the latest
// write by clock says: no edit that was latest is lost and no delete comes back.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KEY_FIELDS, MemoryStore } from '../../../fixtures/sync/memory-store'
import { MemoryServer, MemoryTransport } from '../../../fixtures/sync/memory-transport'
import { join, sync } from '../../../fixtures/sync/devices'
import { TransportError } from '../../../../src/shared/sync/transport'
import type { Hlc } from '../../../../src/shared/sync/hlc'

const FIELDS = ['f1', 'f2', 'note'] as const
const TABLES = ['trips', 'settings', 'notes'] as const
type Table = (typeof TABLES)[number]
const NATURAL_KEYS: Record<Exclude<Table, 'trips'>, string[]> = {
  settings: ['homePlaceId', 'workPlaceId'],
  notes: ['h1', 'h2'],
}

type Op =
  | {
      kind: 'create'
      dev: number
      table: Table
      pick: number
      vals: Partial<Record<(typeof FIELDS)[number], unknown>>
    }
  | { kind: 'import'; dev: number; count: number }
  | { kind: 'edit'; dev: number; pick: number; field: (typeof FIELDS)[number]; value: unknown }
  | { kind: 'delete'; dev: number; pick: number }
  | { kind: 'undo'; dev: number; pick: number }
  | { kind: 'sync'; dev: number; faulty: boolean; rolls: number[] }
  | { kind: 'wait'; ms: number }

const value = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.constantFrom('上班', '回家', 'x'),
  fc.constant(undefined),
)
/** The fault dice of one sync, drawn by fast-check (so a failing case shrinks), used in turn. */
const rolls = fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
  minLength: 8,
  maxLength: 8,
})
const dev = fc.integer({ min: 0, max: 2 })
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      dev,
      table: fc.constantFrom(...TABLES),
      pick: fc.nat(),
      vals: fc.record({ f1: value, f2: value, note: value }, { requiredKeys: [] }),
    }),
  },
  // An import or a bulk entry: more records at once than the snapshot threshold.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      dev,
      count: fc.integer({ min: 2, max: 12 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      dev,
      pick: fc.nat(),
      field: fc.constantFrom(...FIELDS),
      value,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), dev, pick: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), dev, pick: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      dev,
      faulty: fc.boolean(),
      rolls,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      // Seconds to hours; now and then days (a device offline over a weekend, a month's end).
      ms: fc.oneof(
        fc.integer({ min: 1000, max: 3 * 3600_000 }),
        fc.integer({ min: 86400_000, max: 4 * 86400_000 }),
      ),
    }),
  },
)

function dice(values: number[]): () => number {
  let i = 0
  return () => values[i++ % values.length]!
}

/** What every device must end with: each field from the write latest by clock. */
class Oracle {
  private readonly writes = new Map<
    string,
    { creates: Hlc[]; deletes: Hlc[]; fields: Map<string, [Hlc, unknown]> }
  >()

  private entry(table: string, key: string) {
    const id = `${table}|${key}`
    let e = this.writes.get(id)
    if (!e) this.writes.set(id, (e = { creates: [], deletes: [], fields: new Map() }))
    return e
  }

  private set(table: string, key: string, field: string, stamp: Hlc, v: unknown) {
    const e = this.entry(table, key)
    const cur = e.fields.get(field)
    if (!cur || stamp > cur[0]) e.fields.set(field, [stamp, v])
  }

  create(table: string, key: string, row: Record<string, unknown>, stamp: Hlc) {
    this.entry(table, key).creates.push(stamp)
    for (const f of FIELDS) this.set(table, key, f, stamp, row[f])
  }

  edit(table: string, key: string, field: string, v: unknown, stamp: Hlc) {
    this.set(table, key, field, stamp, v)
  }

  delete(table: string, key: string, stamp: Hlc) {
    this.entry(table, key).deletes.push(stamp)
  }

  /** Keys whose latest existence change is a delete: they must stay deleted everywhere. */
  deleted(): string[] {
    return [...this.writes].filter(([, e]) => maxOf(e.deletes) > maxOf(e.creates)).map(([id]) => id)
  }

  view(): Record<string, Record<string, unknown>[]> {
    const out: Record<string, Record<string, unknown>[]> = { trips: [], settings: [], notes: [] }
    for (const [id, e] of this.writes) {
      if (!(maxOf(e.creates) > maxOf(e.deletes))) continue
      const [table, key] = id.split('|') as [Table, string]
      const row: Record<string, unknown> = { [KEY_FIELDS[table]!]: key }
      for (const [f, [, v]] of e.fields) if (v !== undefined) row[f] = v
      out[table]!.push(row)
    }
    for (const t of TABLES)
      out[t]!.sort((a, b) => (String(a[KEY_FIELDS[t]!]) < String(b[KEY_FIELDS[t]!]) ? -1 : 1))
    return out
  }
}

/** Small limits, so that snapshots, markers and multi-frame snapshots happen in short runs. */
const SMALL = { snapshotThreshold: 5, snapshotEvery: 12, chunkRecords: 4 }

const maxOf = (xs: Hlc[]) => xs.reduce((m, x) => (x > m ? x : m), '')

function clean(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined))
}

async function scenario(ops: Op[], offsets: number[]) {
  let now = Date.parse('2026-11-29T22:00:00Z')
  const server = new MemoryServer(() => now)
  const devices = offsets.map((off) => {
    const store = new MemoryStore(undefined, () => now + off)
    return {
      store,
      transport: new MemoryTransport(server),
      dead: new Map<string, Record<string, unknown>>(),
    }
  })
  const oracle = new Oracle()
  let made = 0

  // Device 1 holds a trip before sync is set up: it must reach the others too.
  const d1 = devices[1]!
  d1.store.put('trips', { id: 'before-sync', f1: 1, note: '出发前' })
  for (const d of devices) await join(d.store, d.transport)
  oracle.create(
    'trips',
    'before-sync',
    { f1: 1, note: '出发前' },
    (await d1.store.readState())!.baseline,
  )

  const alive = (d: (typeof devices)[number]) =>
    TABLES.flatMap((t) => d.store.rows(t).map((r) => [t, String(r[KEY_FIELDS[t]!])] as const))

  for (const o of ops) {
    now += 1000
    if (o.kind === 'wait') {
      now += o.ms
      continue
    }
    const d = devices[o.dev]!
    if (o.kind === 'sync') {
      d.transport.faults = o.faulty ? { fail: 0.15, cut: 0.2, random: dice(o.rolls) } : null
      try {
        await sync(d.store, d.transport, SMALL)
      } catch (e) {
        if (!(e instanceof TransportError)) throw e
      }
      continue
    }
    if (o.kind === 'create') {
      const key = o.table === 'trips' ? `t${made++}` : NATURAL_KEYS[o.table][o.pick % 2]!
      const keyField = KEY_FIELDS[o.table]!
      const existing = d.store.tables.get(o.table)!.get(key)
      const row = { ...clean(o.vals), [keyField]: key }
      d.store.put(o.table, row)
      const stamp = d.store.last
      if (!existing) oracle.create(o.table, key, row, stamp)
      else
        for (const f of FIELDS)
          if (existing[f] !== row[f]) oracle.edit(o.table, key, f, row[f], stamp)
      continue
    }
    if (o.kind === 'import') {
      for (let i = 0; i < o.count; i++) {
        const row = { id: `t${made++}`, f1: i, note: '导入' }
        d.store.put('trips', row)
        oracle.create('trips', row.id, row, d.store.last)
      }
      continue
    }
    if (o.kind === 'undo') {
      const dead = [...d.dead]
      if (dead.length === 0) continue
      const [id, row] = dead[o.pick % dead.length]!
      const [table, key] = id.split('|') as [Table, string]
      d.dead.delete(id)
      if (d.store.tables.get(table)!.has(key)) continue
      d.store.put(table, row)
      oracle.create(table, key, row, d.store.last)
      continue
    }
    const rows = alive(d)
    if (rows.length === 0) continue
    const [table, key] = rows[o.pick % rows.length]!
    const current = d.store.tables.get(table)!.get(key)!
    if (o.kind === 'delete') {
      d.store.delete(table, key)
      d.dead.set(`${table}|${key}`, current)
      oracle.delete(table, key, d.store.last)
    } else {
      const row = clean({ ...current, [o.field]: o.value })
      if (current[o.field] === row[o.field]) continue
      d.store.put(table, row)
      oracle.edit(table, key, o.field, row[o.field], d.store.last)
    }
  }

  // The network heals; everyone syncs a few times, in turn.
  for (let round = 0; round < 3; round++)
    for (const d of devices) {
      now += 60_000
      d.transport.faults = null
      await sync(d.store, d.transport, SMALL)
    }
  return { devices, oracle }
}

describe('sync converges under faults', () => {
  it('three devices end with the same data, the latest write by clock, and no delete undone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 5, maxLength: 60 }),
        // Clocks up to an hour apart: each device within half an hour of the server's.
        fc.array(fc.integer({ min: -30 * 60_000, max: 30 * 60_000 }), {
          minLength: 3,
          maxLength: 3,
        }),
        async (ops, offsets) => {
          const { devices, oracle } = await scenario(ops, offsets)
          const views = devices.map((d) => d.store.view())
          expect(views[1]).toEqual(views[0])
          expect(views[2]).toEqual(views[0])
          for (const id of oracle.deleted()) {
            const [table, key] = id.split('|') as [Table, string]
            for (const d of devices)
              expect(d.store.tables.get(table)!.has(key), `${id} came back`).toBe(false)
          }
          expect(views[0]).toEqual(oracle.view())
        },
      ),
      { numRuns: 200 },
    )
  }, 240_000)
})
