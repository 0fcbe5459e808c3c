// The one IPC channel of sync. The page runs the engine; the main process does every network and
// file operation for it (坚果云 sends no CORS headers and has answered Chromium's requests with 503,
// and a page must not touch the disk). The main process owns the target: a WebDAV account given
// to it, or a folder the user picked in its own dialog; the page only names files inside it,
// by the sync layout. Requests and answers are checked with zod on both sides.
import { z } from 'zod'
import { isSyncPath } from '../sync/layout'
import {
  TRANSPORT_ERRORS,
  type ListResult,
  type ReadResult,
  type TransportErrorInfo,
} from '../sync/transport'

/** 256 MiB: more than a snapshot of 100,000 trips. */
export const MAX_SYNC_FILE_BYTES = 256 * 1024 * 1024

/** 'pending': the target being tried in the setup screen; 'saved': the one in use. */
const target = z.enum(['pending', 'saved'])
const path = z.string().max(200).refine(isSyncPath, 'a sync path')

export const webdavAccountSchema = z.strictObject({
  url: z.string().min(1).max(2048),
  username: z.string().max(200),
  password: z.string().max(500),
})

export const syncRequestSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('setWebdav'), account: webdavAccountSchema }),
  z.strictObject({ op: z.literal('pickFolder') }),
  z.strictObject({ op: z.literal('commit') }),
  z.strictObject({ op: z.literal('forget') }),
  z.strictObject({ op: z.literal('describe') }),
  z.strictObject({ op: z.literal('list'), target, dir: path }),
  z.strictObject({ op: z.literal('read'), target, path, from: z.number().int().min(0) }),
  z.strictObject({
    op: z.literal('write'),
    target,
    path,
    bytes: z.instanceof(Uint8Array).refine((b) => b.length <= MAX_SYNC_FILE_BYTES, 'too large'),
  }),
  z.strictObject({ op: z.literal('mkdir'), target, path }),
])
export type SyncRequest = z.infer<typeof syncRequestSchema>

/** What the page is told about a target: never the password. */
export type SyncTargetInfo =
  { kind: 'webdav'; url: string; username: string } | { kind: 'folder'; label: string }

export const targetInfoSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('webdav'), url: z.string(), username: z.string() }),
  z.strictObject({ kind: z.literal('folder'), label: z.string() }),
])

export const transportErrorSchema = z.strictObject({
  kind: z.enum(TRANSPORT_ERRORS),
  status: z.number().int().optional(),
  retryAfterMs: z.number().min(0).optional(),
  detail: z.string().max(500).optional(),
})

const entry = z.strictObject({
  name: z.string().max(255),
  dir: z.boolean(),
  size: z.number().min(0),
  etag: z.string().max(200).optional(),
  modified: z.number().optional(),
})

/** The answer to each operation, checked by the page before use. */
export const syncValueSchemas = {
  setWebdav: targetInfoSchema,
  pickFolder: targetInfoSchema.nullable(),
  commit: z.null(),
  forget: z.null(),
  describe: targetInfoSchema.nullable(),
  list: z
    .strictObject({ entries: z.array(entry).max(10_000), serverTime: z.number().optional() })
    .nullable(),
  read: z
    .strictObject({ bytes: z.instanceof(Uint8Array), from: z.number().int().min(0) })
    .nullable(),
  write: z.null(),
  mkdir: z.null(),
} satisfies Record<SyncRequest['op'], z.ZodType>

export interface SyncValues {
  setWebdav: SyncTargetInfo
  pickFolder: SyncTargetInfo | null
  commit: null
  forget: null
  describe: SyncTargetInfo | null
  list: ListResult | null
  read: ReadResult | null
  write: null
  mkdir: null
}

export type SyncResponse<V = unknown> =
  { ok: true; value: V } | { ok: false; error: TransportErrorInfo }
