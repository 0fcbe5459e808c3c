// The sync engine's view of the Dexie database (the SyncStore contract in @shared/sync/store):
// its state, this device's changes not yet uploaded, its own log frames, and the merge of other
// devices' records, written in one transaction with the cursor that says they were read. Merged
// rows are checked with the same rules as a restored backup; a row that fails them is left out
// and counted, never written half-valid.
import { BACKUP_KEYS, BACKUP_TABLES, type BackupTable } from '@shared/backup/format'
import { rowChecks } from '@shared/backup/rows'
import { HlcClock, newNodeId } from '@shared/sync/hlc'
import { ownChanges, toWire, type WireRecord } from '@shared/sync/records'
import { mergeRemote, metaId, recordOf, type MetaRow, type Row } from '@shared/sync/rows'
import {
  initialSyncState,
  type ApplyReport,
  type Pending,
  type SyncState,
  type SyncStore,
} from '@shared/sync/store'
import { db as appDb, type HujiaDb } from './db'
import { CLOCK_KEY, markSyncApply, syncsRow, type ClockRow } from './sync-capture'

const ENGINE_KEY = 'engine'
const SYNC_TABLES = ['syncMeta', 'syncState'] as const
const isUserTable = (t: string): t is BackupTable =>
  (BACKUP_TABLES as readonly string[]).includes(t)

export interface DexieApplyReport extends ApplyReport {
  /** Records whose merged row failed the app's checks: left out, this device keeps what it had. */
  rejected: number
}

export class DexieSyncStore implements SyncStore {
  /** Totals over this store's life, for the status screen. */
  rejected = 0

  constructor(private readonly db: HujiaDb = appDb) {}

  private async clockRow(): Promise<ClockRow | null> {
    return ((await this.db.syncState.get(CLOCK_KEY))?.value as ClockRow | undefined) ?? null
  }

  /**
   * Sets sync up on this device: a new device id, the key, and a clock. Rows already stored count
   * as created now (the baseline), and all of them go with the first upload.
   */
  async init(keyId: string, dataKey: string): Promise<SyncState> {
    const device = newNodeId()
    const baseline = new HlcClock(device).send()
    const state = initialSyncState(device, keyId, dataKey, baseline)
    const clock: ClockRow = { device, last: baseline, seq: 0, baseline }
    await this.reset([
      { key: ENGINE_KEY, value: state },
      { key: CLOCK_KEY, value: clock },
    ])
    return state
  }

  /** Forgets sync on this device: clocks, state and frames go; the user's data stays. */
  async forget(): Promise<void> {
    await this.reset([])
  }

  /** Clears the clocks and frames and puts `state` in place of the engine's state, at once. */
  private async reset(state: { key: string; value: unknown }[]): Promise<void> {
    const { syncMeta, syncState, syncFrames } = this.db
    await this.db.transaction('rw', [syncMeta, syncState, syncFrames], async () => {
      await syncMeta.clear()
      await syncFrames.clear()
      await syncState.bulkDelete([ENGINE_KEY, CLOCK_KEY])
      await syncState.bulkPut(state)
    })
  }

  async readState(): Promise<SyncState | null> {
    return ((await this.db.syncState.get(ENGINE_KEY))?.value as SyncState | undefined) ?? null
  }

  async saveState(next: SyncState): Promise<void> {
    await this.db.syncState.put({ key: ENGINE_KEY, value: next })
  }

  async apply(records: WireRecord[], next: SyncState): Promise<DexieApplyReport> {
    const report: DexieApplyReport = { changed: 0, ignored: 0, rejected: 0 }
    const byTable = new Map<BackupTable, WireRecord[]>()
    for (const r of records) {
      if (!isUserTable(r.t) || !syncsRow(r.t, r.k)) report.ignored++
      else {
        const list = byTable.get(r.t)
        if (list) list.push(r)
        else byTable.set(r.t, [r])
      }
    }
    const tables = [
      ...BACKUP_TABLES.map((t) => this.db.table(t)),
      ...SYNC_TABLES.map((t) => this.db.table(t)),
    ]
    await this.db.transaction('rw', tables, async (tx) => {
      markSyncApply(tx.idbtrans)
      const clockRow = (await this.db.syncState.get(CLOCK_KEY))!.value as ClockRow
      const clock = new HlcClock(clockRow.device, Date.now, clockRow.last)
      const metasEmpty = (await this.db.syncMeta.count()) === 0
      const metas: MetaRow[] = []
      for (const [table, wires] of byTable) {
        const keyField = BACKUP_KEYS[table]
        const keys = wires.map((w) => w.k)
        // A new device's first sync fills empty tables: nothing to read first.
        const [rows, olds] = await Promise.all([
          (await this.db.table(table).count()) === 0
            ? keys.map(() => undefined)
            : (this.db.table(table).bulkGet(keys) as Promise<(Row | undefined)[]>),
          metasEmpty
            ? keys.map(() => undefined)
            : this.db.syncMeta.bulkGet(keys.map((k) => metaId(table, k))),
        ])
        // Several records of one key in a batch merge into each other in order.
        const current = new Map<string, { row: Row | undefined; meta: MetaRow | undefined }>()
        wires.forEach((w, i) =>
          current.set(w.k, current.get(w.k) ?? { row: rows[i], meta: olds[i] }),
        )
        const puts = new Map<string, Row>()
        const deletes = new Set<string>()
        const touched = new Map<string, MetaRow>()
        for (const w of wires) {
          const cur = current.get(w.k)!
          const merged = mergeRemote(cur.row, cur.meta, w, keyField, clockRow.baseline)
          if (!merged) continue
          if (merged.row && !rowChecks[table](merged.row).ok) {
            report.rejected++
            continue
          }
          clock.recv(merged.latest)
          current.set(w.k, { row: merged.row ?? undefined, meta: merged.meta })
          touched.set(w.k, merged.meta)
          if (merged.row) {
            puts.set(w.k, merged.row)
            deletes.delete(w.k)
          } else {
            deletes.add(w.k)
            puts.delete(w.k)
          }
          if (merged.visible) report.changed++
        }
        if (puts.size > 0) await this.db.table(table).bulkPut([...puts.values()])
        if (deletes.size > 0) await this.db.table(table).bulkDelete([...deletes])
        metas.push(...touched.values())
      }
      if (metas.length > 0) await this.db.syncMeta.bulkPut(metas)
      await this.db.syncState.bulkPut([
        { key: ENGINE_KEY, value: next },
        { key: CLOCK_KEY, value: { ...clockRow, last: clock.last } },
      ])
    })
    this.rejected += report.rejected
    return report
  }

  /** Every record (row and meta) of the user tables, read in the current transaction. */
  private async everything(): Promise<{ t: BackupTable; k: string; row?: Row; meta?: MetaRow }[]> {
    const out: { t: BackupTable; k: string; row?: Row; meta?: MetaRow }[] = []
    const metas = new Map((await this.db.syncMeta.toArray()).map((m) => [m.id, m]))
    for (const t of BACKUP_TABLES) {
      const keyField = BACKUP_KEYS[t]
      for (const row of (await this.db.table(t).toArray()) as Row[]) {
        const k = String(row[keyField])
        if (!syncsRow(t, k)) continue
        const id = metaId(t, k)
        out.push({ t, k, row, meta: metas.get(id) })
        metas.delete(id)
      }
    }
    // Records with no row: deleted ones (tombstones), and changes to ones not created here yet.
    for (const m of metas.values()) if (isUserTable(m.t)) out.push({ t: m.t, k: m.k, meta: m })
    return out
  }

  async pending(state: SyncState): Promise<Pending> {
    const tables = [
      ...BACKUP_TABLES.map((t) => this.db.table(t)),
      ...SYNC_TABLES.map((t) => this.db.table(t)),
    ]
    return this.db.transaction('r', tables, async () => {
      const clock = (await this.clockRow())!
      let chosen: { t: BackupTable; k: string; row?: Row; meta?: MetaRow }[]
      if (state.adoptAll) chosen = await this.everything()
      else {
        const metas = await this.db.syncMeta.where('seq').above(state.framedSeq).toArray()
        chosen = []
        for (const m of metas) {
          if (!isUserTable(m.t)) continue
          const row = (await this.db.table(m.t).get(m.k)) as Row | undefined
          chosen.push({ t: m.t, k: m.k, row, meta: m })
        }
      }
      const records: WireRecord[] = []
      for (const c of chosen) {
        const rec = recordOf(c.row, c.meta, BACKUP_KEYS[c.t], clock.baseline)
        const w = rec && ownChanges(c.t, c.k, rec, clock.device, state.framedHlc)
        if (w) records.push(w)
      }
      return { records, seq: clock.seq, clock: clock.last }
    })
  }

  async exportAll(): Promise<Pending> {
    const tables = [
      ...BACKUP_TABLES.map((t) => this.db.table(t)),
      ...SYNC_TABLES.map((t) => this.db.table(t)),
    ]
    return this.db.transaction('r', tables, async () => {
      const clock = (await this.clockRow())!
      const records: WireRecord[] = []
      for (const c of await this.everything()) {
        const rec = recordOf(c.row, c.meta, BACKUP_KEYS[c.t], clock.baseline)
        if (rec) records.push(toWire(c.t, c.k, rec))
      }
      return { records, seq: clock.seq, clock: clock.last }
    })
  }

  async saveFrames(file: string, frames: Uint8Array[], next: SyncState): Promise<void> {
    await this.db.transaction('rw', [this.db.syncFrames, this.db.syncState], async () => {
      const first = await this.db.syncFrames
        .where('[file+index]')
        .between([file, 0], [file, Infinity])
        .count()
      await this.db.syncFrames.bulkAdd(
        frames.map((bytes, i) => ({ file, index: first + i, bytes })),
      )
      await this.db.syncState.put({ key: ENGINE_KEY, value: next })
    })
  }

  async ownFrames(file: string): Promise<Uint8Array[]> {
    const rows = await this.db.syncFrames
      .where('[file+index]')
      .between([file, 0], [file, Infinity])
      .toArray()
    return rows.map((r) => r.bytes)
  }

  /** The device's sync-local values other than the engine's: the schedule, the browser's target. */
  async getLocal<T>(key: string): Promise<T | null> {
    return ((await this.db.syncState.get(key))?.value as T | undefined) ?? null
  }

  async setLocal(key: string, value: unknown): Promise<void> {
    await this.db.syncState.put({ key, value })
  }
}
