// How a record is kept beside the app's own tables: a live row stays in its table as it always
// was, and a small meta row holds its clocks; a deleted record has no row, and its meta row keeps
// the last fields (the tombstone's body). A row that has no meta row was stored before sync was
// set up and counts as created at the device's baseline stamp. Both stores (Dexie and the tests'
// in-memory one) use these functions, so they keep the same rules.
import type { Hlc } from './hlc'
import {
  fromWire,
  isAlive,
  latestClock,
  localDelete,
  localPut,
  mergeRecords,
  sameRecord,
  type SyncRecord,
  type WireRecord,
} from './records'
import { canonicalJson } from '../json/canonical'

export interface MetaRow {
  /** `${table}\u0001${key}` */
  id: string
  t: string
  k: string
  a?: Hlc
  d?: Hlc
  fc: Record<string, Hlc>
  /** The fields of a deleted record. */
  body?: Record<string, unknown>
  /** The local change counter when this device last changed the record (0: never). */
  seq: number
}

export type Row = Record<string, unknown>

export const metaId = (table: string, key: string): string => `${table}\u0001${key}`

function withoutKey(row: Row, keyField: string): Record<string, unknown> {
  const { [keyField]: _key, ...rest } = row
  return rest
}

/** The record a row and its meta row describe (undefined when neither exists). */
export function recordOf(
  row: Row | undefined,
  meta: MetaRow | undefined,
  keyField: string,
  baseline: Hlc,
): SyncRecord | undefined {
  if (!meta) return row ? { a: baseline, vals: withoutKey(row, keyField), fc: {} } : undefined
  const r: SyncRecord = { vals: {}, fc: meta.fc }
  if (meta.a !== undefined) r.a = meta.a
  if (meta.d !== undefined) r.d = meta.d
  r.vals = isAlive(r) ? (row ? withoutKey(row, keyField) : {}) : { ...meta.body }
  return r
}

/** The row (null when the record is not alive) and meta row that store a record. */
export function storeRecord(
  table: string,
  key: string,
  r: SyncRecord,
  keyField: string,
  seq: number,
): { row: Row | null; meta: MetaRow } {
  const meta: MetaRow = { id: metaId(table, key), t: table, k: key, fc: r.fc, seq }
  if (r.a !== undefined) meta.a = r.a
  if (r.d !== undefined) meta.d = r.d
  if (isAlive(r)) return { row: { ...r.vals, [keyField]: key }, meta }
  if (Object.keys(r.vals).length > 0) meta.body = r.vals
  return { row: null, meta }
}

/**
 * The meta row after this device puts `row` (a create, or an edit of the fields that differ);
 * null when the put changes nothing.
 */
export function capturePut(
  table: string,
  key: string,
  oldRow: Row | undefined,
  oldMeta: MetaRow | undefined,
  row: Row,
  keyField: string,
  baseline: Hlc,
  stamp: Hlc,
  seq: number,
  groups: readonly (readonly string[])[] = [],
): MetaRow | null {
  const old = recordOf(oldRow, oldMeta, keyField, baseline)
  const next = localPut(old, withoutKey(row, keyField), stamp, groups)
  if (old && sameRecord(old, next)) return null
  return storeRecord(table, key, next, keyField, seq).meta
}

/** The meta row after this device deletes the record. */
export function captureDelete(
  table: string,
  key: string,
  oldRow: Row | undefined,
  oldMeta: MetaRow | undefined,
  keyField: string,
  baseline: Hlc,
  stamp: Hlc,
  seq: number,
): MetaRow {
  const old = recordOf(oldRow, oldMeta, keyField, baseline)
  return storeRecord(table, key, localDelete(old, stamp), keyField, seq).meta
}

export interface Merged {
  row: Row | null
  meta: MetaRow
  /** The stored row changed (appeared, went, or its fields differ). */
  visible: boolean
  /** The latest stamp the remote record held: the local clock must move past it. */
  latest: Hlc
}

/** A remote record merged into what is stored; null when it changes nothing. */
export function mergeRemote(
  oldRow: Row | undefined,
  oldMeta: MetaRow | undefined,
  wire: WireRecord,
  keyField: string,
  baseline: Hlc,
): Merged | null {
  const incoming = fromWire(wire)
  const latest = latestClock(incoming)
  const old = recordOf(oldRow, oldMeta, keyField, baseline) ?? { vals: {}, fc: {} }
  const merged = mergeRecords(old, incoming)
  if (oldMeta && sameRecord(old, merged)) return null
  const { row, meta } = storeRecord(wire.t, wire.k, merged, keyField, oldMeta?.seq ?? 0)
  const visible =
    (row === null) !== (oldRow === undefined) ||
    (row !== null && canonicalJson(row) !== canonicalJson(oldRow))
  return { row, meta, visible, latest }
}
