// What a frame holds once decrypted, checked with zod. Every payload names the data schema
// version it was written at: a payload from a newer schema is kept aside whole (never dropped)
// until this app is upgraded and can read it.
import { z } from 'zod'
import { isHlc, NODE_RE, type Hlc } from './hlc'
import type { WireRecord } from './records'

const hlc = z.string().refine(isHlc, 'hlc')
const field = z.string().min(1).max(100)

const wireSchema = z.strictObject({
  t: z.string().min(1).max(40),
  k: z.string().min(1).max(200),
  a: hlc.optional(),
  d: hlc.optional(),
  c: hlc.optional(),
  v: z.record(field, z.unknown()).optional(),
  x: z.array(field).max(500).optional(),
  fc: z.record(field, hlc).optional(),
})

const schemaOnly = z.looseObject({ s: z.number().int().min(1) })

/** A log frame: the device's changes since its last frame, `hi` the latest stamp among them. */
const recordsSchema = z.strictObject({ s: z.number().int(), hi: hlc, r: z.array(wireSchema) })
/** A log frame saying: my changes up to `upTo` are in my snapshot number `snap` (or a later one). */
const markerSchema = z.strictObject({
  s: z.number().int(),
  snap: z.number().int().min(1),
  upTo: hlc,
})
const headSchema = z.strictObject({
  s: z.number().int(),
  head: z.strictObject({
    seq: z.number().int().min(1),
    /** For each device: every change it made up to this stamp is in the snapshot. */
    seen: z.record(z.string().regex(NODE_RE), hlc),
    frames: z.number().int().min(1),
    records: z.number().int().min(0),
  }),
})
const chunkSchema = z.strictObject({ s: z.number().int(), r: z.array(wireSchema) })

export type RecordsPayload = { s: number; hi: Hlc; r: WireRecord[] }
export type MarkerPayload = { s: number; snap: number; upTo: Hlc }
export type HeadPayload = z.infer<typeof headSchema>
export type ChunkPayload = { s: number; r: WireRecord[] }

export type LogPayload = RecordsPayload | MarkerPayload

/** A payload's schema version, or null when it is not a payload at all. */
export function payloadSchema(raw: unknown): number | null {
  const r = schemaOnly.safeParse(raw)
  return r.success ? r.data.s : null
}

/** Every field a record lists has a clock (its own, the record's `c`, or its creation's). */
function clocked(w: WireRecord): boolean {
  const fallback = w.c ?? w.a
  if (fallback !== undefined) return true
  for (const f of [...Object.keys(w.v ?? {}), ...(w.x ?? [])]) if (!w.fc?.[f]) return false
  return true
}

function allClocked<T extends { r: WireRecord[] }>(p: T): T | null {
  return p.r.every(clocked) ? p : null
}

export function parseLogPayload(raw: unknown): LogPayload | null {
  const m = markerSchema.safeParse(raw)
  if (m.success) return m.data
  const r = recordsSchema.safeParse(raw)
  return r.success ? allClocked(r.data as RecordsPayload) : null
}

export function parseHead(raw: unknown): HeadPayload | null {
  const r = headSchema.safeParse(raw)
  return r.success ? r.data : null
}

export function parseChunk(raw: unknown): ChunkPayload | null {
  const r = chunkSchema.safeParse(raw)
  return r.success ? allClocked(r.data as ChunkPayload) : null
}
