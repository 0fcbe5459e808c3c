// Argument schemas for every IPC channel. Main validates each call's arguments against these
// before running a handler; a call that does not parse is refused.
import { z } from 'zod'
import { MAX_BACKUP_BYTES } from '../backup/format'
import { EXPORT_KINDS, type IpcChannel } from './api'
import { syncRequestSchema } from './sync'

const filters = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(10),
    }),
  )
  .max(10)

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', 'a bare file name')

/** 200 MB: larger exports and reads are refused at the boundary, text or bytes alike. */
export const MAX_PAYLOAD = 200 * 1024 * 1024

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PAYLOAD, 'too large')

export const ipcArgSchemas = {
  appInfo: z.tuple([]),
  openLink: z.tuple([z.string().max(2048)]),
  saveFile: z.tuple([
    z.object({
      kind: z.enum(Object.keys(EXPORT_KINDS) as [keyof typeof EXPORT_KINDS]),
      suggestedName: fileName,
      content: z.union([z.string().max(MAX_PAYLOAD), bytes]),
    }),
  ]),
  openFile: z.tuple([
    z.object({ filters, maxBytes: z.number().int().positive().max(MAX_PAYLOAD) }),
  ]),
  printToPdf: z.tuple([fileName]),
  notify: z.tuple([z.string().max(200), z.string().max(1000)]),
  // No larger than restore accepts (a string's length never exceeds its UTF-8 size; main checks
  // the bytes exactly), so nothing unrestorable is ever written.
  backupWrite: z.tuple([z.string().max(MAX_BACKUP_BYTES), z.enum(['daily', 'manual'])]),
  backupList: z.tuple([]),
  backupRead: z.tuple([fileName]),
  backupOpenFolder: z.tuple([]),
  setMenuLanguage: z.tuple([z.enum(['zh-CN', 'en'])]),
  sync: z.tuple([syncRequestSchema]),
} satisfies Record<IpcChannel, z.ZodTuple>
