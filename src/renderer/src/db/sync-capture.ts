// Change capture for sync: a Dexie DBCore middleware that, inside the same transaction as every
// write to a user table, records which fields changed and when (hybrid logical clock), or that a
// record was deleted. Nothing is recorded until sync is set up on this device (no clock row), and
// writes made by sync itself (merging other devices' changes) are not recorded as local ones.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { BACKUP_KEYS, BACKUP_TABLES, type BackupTable } from '@shared/backup/format'
import { HlcClock, type Hlc } from '@shared/sync/hlc'
import { captureDelete, capturePut, metaId, type MetaRow, type Row } from '@shared/sync/rows'
import { isSyncedSetting } from './setting-scope'

/**
 * Fields the app's checks test together (times against each other, a visit's amounts against its
 * total): sync stamps and merges each group as one, so a merge never mixes two writers' halves.
 */
export const FIELD_GROUPS: Record<BackupTable, readonly (readonly string[])[]> = {
  trips: [['departTime', 'arriveTime']],
  templates: [['departTime', 'arriveTime']],
  cards: [],
  settings: [],
  hospitalNotes: [],
  filings: [['date', 'validUntil']],
  visits: [
    ['totalFen', 'directFen', 'outOfPocketFen', 'claim'],
    ['hospitalId', 'hospitalName'],
  ],
}

/** The device's clock and change counter: written by every captured write. */
export interface ClockRow {
  device: string
  last: Hlc
  seq: number
  baseline: Hlc
}

export const CLOCK_KEY = 'clock'
const SYNC_STORES = ['syncMeta', 'syncState']

const isUserTable = (name: string): name is BackupTable =>
  (BACKUP_TABLES as readonly string[]).includes(name)

/** Whether a row of a user table is shared through sync (device-only settings are not). */
export const syncsRow = (table: string, key: string): boolean =>
  table !== 'settings' || isSyncedSetting(key)

/** Marks a transaction as sync's own merge, which the capture must not record as local changes. */
export function markSyncApply(idbtrans: unknown): void {
  ;(idbtrans as { hujiaSyncApply?: boolean }).hujiaSyncApply = true
}

type Listener = () => void
const listeners = new Set<Listener>()

/** Called after each captured local change (sync then schedules an upload). */
export function onLocalChange(l: Listener): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'deleteRange') {
    const r = await table.query({
      trans: req.trans,
      query: { index: table.schema.primaryKey, range: req.range },
    })
    return r.result as string[]
  }
  if (req.type === 'delete') return req.keys as string[]
  const extract = table.schema.primaryKey.extractKey!
  return (req.keys ?? req.values.map((v) => extract(v))) as string[]
}

async function capture(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest) {
  const trans = req.trans as DBCoreTransaction & { hujiaSyncApply?: boolean; mode?: string }
  // A schema upgrade changes every device's rows alike: not a change to send anywhere.
  if (trans.hujiaSyncApply || trans.mode === 'versionchange') return table.mutate(req)
  const state = down.table('syncState')
  const clockRow = (await state.get({ trans, key: CLOCK_KEY })) as { value: ClockRow } | undefined
  if (!clockRow) return table.mutate(req)

  const name = table.name as BackupTable
  const keyField = BACKUP_KEYS[name]
  const keys = await keysOf(table, req)
  const ids = keys.map((k) => metaId(name, String(k)))
  const [oldRows, oldMetas] = await Promise.all([
    req.type === 'add' ? keys.map(() => undefined) : table.getMany({ trans, keys }),
    down.table('syncMeta').getMany({ trans, keys: ids }),
  ])
  const res = await table.mutate(req)

  const clock = { ...clockRow.value }
  const hlc = new HlcClock(clock.device, Date.now, clock.last)
  const stamp = hlc.send()
  const metas: MetaRow[] = []
  keys.forEach((k, i) => {
    const key = String(k)
    if (res.failures[i] || !syncsRow(name, key)) return
    const oldRow = oldRows[i] as Row | undefined
    const oldMeta = oldMetas[i] as MetaRow | undefined
    const meta =
      req.type === 'add' || req.type === 'put'
        ? capturePut(
            name,
            key,
            oldRow,
            oldMeta,
            req.values[i] as Row,
            keyField,
            clock.baseline,
            stamp,
            clock.seq + 1,
            FIELD_GROUPS[name],
          )
        : oldRow || oldMeta
          ? captureDelete(
              name,
              key,
              oldRow,
              oldMeta,
              keyField,
              clock.baseline,
              stamp,
              clock.seq + 1,
            )
          : null
    if (meta) {
      clock.seq += 1
      metas.push(meta)
    }
  })
  if (metas.length === 0) return res
  clock.last = hlc.last
  await down.table('syncMeta').mutate({ trans, type: 'put', values: metas })
  await state.mutate({ trans, type: 'put', values: [{ key: CLOCK_KEY, value: clock }] })
  for (const l of listeners) queueMicrotask(l)
  return res
}

export const captureChanges: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'hujia-sync-capture',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every write to a user table also writes its clocks: widen the transaction to them.
        const wide =
          mode === 'readwrite' && stores.some(isUserTable)
            ? [...new Set([...stores, ...SYNC_STORES])]
            : stores
        return down.transaction(wide, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (!isUserTable(name)) return table
        return { ...table, mutate: (req) => capture(down, table, req) }
      },
    }
  },
}
