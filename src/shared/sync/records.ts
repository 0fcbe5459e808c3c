// The merge: one record (a row of a user table) with a clock per field, a clock for its creation
// and one for its deletion. Fields merge by last writer wins on the hybrid logical clock. A record
// exists when it was created after it was last deleted: an edit never brings a deleted record
// back, only a new create of the same key does (undo of a delete, a restore). A deleted record
// keeps its last fields (the tombstone's body) so that an edit made elsewhere before the delete
// was seen is still merged the same way on every device. The merge is commutative, associative
// and idempotent, so devices that have seen the same changes hold the same records.
import { canonicalJson } from '../json/canonical'
import { hlcNode, HLC_ZERO, type Hlc } from './hlc'

export interface SyncRecord {
  /** When the record was last created (or created again). */
  a?: Hlc
  /** When it was last deleted. */
  d?: Hlc
  /** Field values (the row without its key); a missing field is one that is not set. */
  vals: Record<string, unknown>
  /** Clocks of fields whose clock is not `a` (every listed field when there is no `a`). */
  fc: Record<string, Hlc>
}

/** A record as it travels in a frame: its table and key, and what the record (or change) says. */
export interface WireRecord {
  t: string
  k: string
  a?: Hlc
  d?: Hlc
  /** The clock of listed fields that have none in `fc`. */
  c?: Hlc
  /** Field values set. */
  v?: Record<string, unknown>
  /** Fields removed. */
  x?: string[]
  fc?: Record<string, Hlc>
}

export const isAlive = (r: SyncRecord | undefined): boolean =>
  r?.a !== undefined && (r.d === undefined || r.a > r.d)

export const clockOf = (r: SyncRecord, field: string): Hlc => r.fc[field] ?? r.a ?? HLC_ZERO

const same = (x: unknown, y: unknown) => x === y || canonicalJson(x) === canonicalJson(y)

function fieldsOf(...records: SyncRecord[]): Set<string> {
  const out = new Set<string>()
  for (const r of records) {
    for (const f of Object.keys(r.vals)) out.add(f)
    for (const f of Object.keys(r.fc)) out.add(f)
  }
  return out
}

function maxOf(x: Hlc | undefined, y: Hlc | undefined): Hlc | undefined {
  if (x === undefined) return y
  if (y === undefined) return x
  return x > y ? x : y
}

function build(a: Hlc | undefined, d: Hlc | undefined, fields: Map<string, [unknown, Hlc]>) {
  const out: SyncRecord = { vals: {}, fc: {} }
  if (a !== undefined) out.a = a
  if (d !== undefined) out.d = d
  for (const [f, [v, c]] of fields) {
    if (v !== undefined) out.vals[f] = v
    if (c !== a) out.fc[f] = c
  }
  return out
}

/** The merge of two states of one record. */
export function mergeRecords(l: SyncRecord, r: SyncRecord): SyncRecord {
  const fields = new Map<string, [unknown, Hlc]>()
  for (const f of fieldsOf(l, r)) {
    const cl = clockOf(l, f)
    const cr = clockOf(r, f)
    const lv = l.vals[f]
    const rv = r.vals[f]
    // Equal clocks mean the same write; the tie-break only guards against a broken peer.
    const takeRight =
      cr > cl ||
      (cr === cl && !same(lv, rv) && canonicalJson(rv ?? null) > canonicalJson(lv ?? null))
    fields.set(f, takeRight ? [rv, cr] : [lv, cl])
  }
  return build(maxOf(l.a, r.a), maxOf(l.d, r.d), fields)
}

/** True when the merge changed anything a user would see or the clocks record. */
export function sameRecord(x: SyncRecord, y: SyncRecord): boolean {
  return x.a === y.a && x.d === y.d && same(x.vals, y.vals) && same(x.fc, y.fc)
}

/**
 * A local put of `row` (the values without the key) at `clock`. Fields of one group (fields a rule
 * checks together, such as a visit's amounts) are stamped together whenever one of them changes,
 * so a merge takes the whole group from one writer and never mixes two valid rows into an invalid
 * one.
 */
export function localPut(
  old: SyncRecord | undefined,
  row: Record<string, unknown>,
  clock: Hlc,
  groups: readonly (readonly string[])[] = [],
): SyncRecord {
  if (!old || !isAlive(old)) {
    // A create (or a create again after a delete): every field is set now, the body forgotten.
    const out: SyncRecord = { a: clock, vals: { ...row }, fc: {} }
    if (old?.d !== undefined) out.d = old.d
    return out
  }
  const changed = new Set<string>()
  for (const f of fieldsOf(old, { vals: row, fc: {} }))
    if (!same(old.vals[f], row[f])) changed.add(f)
  for (const g of groups) if (g.some((f) => changed.has(f))) for (const f of g) changed.add(f)
  const out: SyncRecord = { ...old, vals: { ...old.vals }, fc: { ...old.fc } }
  for (const f of changed) {
    if (row[f] === undefined) delete out.vals[f]
    else out.vals[f] = row[f]
    out.fc[f] = clock
  }
  return out
}

export function localDelete(old: SyncRecord | undefined, clock: Hlc): SyncRecord {
  return { ...(old ?? { vals: {}, fc: {} }), d: clock }
}

/** The whole record for a snapshot, or the create of it for a log. */
export function toWire(t: string, k: string, r: SyncRecord): WireRecord {
  const w: WireRecord = { t, k }
  if (r.a !== undefined) w.a = r.a
  if (r.d !== undefined) w.d = r.d
  if (Object.keys(r.vals).length > 0) w.v = r.vals
  const removed = Object.keys(r.fc).filter((f) => !(f in r.vals))
  if (removed.length > 0) w.x = removed
  if (Object.keys(r.fc).length > 0) w.fc = r.fc
  return w
}

/**
 * The part of a record that `node` wrote after `after`: what its next log frame must carry. A
 * create newer than `after` carries the whole record, since a create speaks for every field.
 */
export function ownChanges(
  t: string,
  k: string,
  r: SyncRecord,
  node: string,
  after: Hlc,
): WireRecord | null {
  const mine = (c: Hlc | undefined) => c !== undefined && c > after && hlcNode(c) === node
  if (mine(r.a)) return toWire(t, k, r)
  const w: WireRecord = { t, k }
  if (mine(r.d)) w.d = r.d
  const v: Record<string, unknown> = {}
  const x: string[] = []
  const fc: Record<string, Hlc> = {}
  for (const f of fieldsOf(r)) {
    const c = clockOf(r, f)
    if (!mine(c)) continue
    if (f in r.vals) v[f] = r.vals[f]
    else x.push(f)
    fc[f] = c
  }
  if (x.length + Object.keys(v).length === 0) return w.d ? w : null
  const clocks = new Set(Object.values(fc))
  if (clocks.size === 1) w.c = [...clocks][0]
  else w.fc = fc
  if (Object.keys(v).length > 0) w.v = v
  if (x.length > 0) w.x = x
  return w
}

/** A record from a frame, in the form the merge takes. */
export function fromWire(w: WireRecord): SyncRecord {
  const fc: Record<string, Hlc> = {}
  const fallback = w.c ?? w.a
  for (const f of [...Object.keys(w.v ?? {}), ...(w.x ?? [])]) {
    const c = w.fc?.[f] ?? fallback
    if (c !== undefined && c !== w.a) fc[f] = c
  }
  for (const [f, c] of Object.entries(w.fc ?? {})) if (c !== w.a) fc[f] = c
  const out: SyncRecord = { vals: { ...(w.v ?? {}) }, fc }
  if (w.a !== undefined) out.a = w.a
  if (w.d !== undefined) out.d = w.d
  return out
}

/** The latest stamp a record holds: the receiving clock must move past it. */
export function latestClock(r: SyncRecord): Hlc {
  let max = maxOf(r.a, r.d) ?? HLC_ZERO
  for (const c of Object.values(r.fc)) if (c > max) max = c
  return max
}
