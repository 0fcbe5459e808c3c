// Sync in the desktop app: every request goes to the main process over the one sync channel, and
// every answer is checked (zod) before the engine sees it.
import type { PreloadApi } from '@shared/ipc/api'
import {
  syncValueSchemas,
  transportErrorSchema,
  type SyncRequest,
  type SyncValues,
} from '@shared/ipc/sync'
import { TransportError, type SyncTransport } from '@shared/sync/transport'
import type { SyncPlatform, SyncTarget } from './types'

type Call = <Op extends SyncRequest['op']>(
  req: Extract<SyncRequest, { op: Op }>,
) => Promise<SyncValues[Op]>

function caller(api: PreloadApi): Call {
  return async (req) => {
    const res = (await api.sync(req)) as unknown
    const shape = res as { ok?: unknown; value?: unknown; error?: unknown }
    if (shape?.ok === false) {
      const e = transportErrorSchema.safeParse(shape.error)
      throw new TransportError(
        e.success ? e.data : { kind: 'protocol', detail: 'unreadable error' },
      )
    }
    const v = syncValueSchemas[req.op].safeParse(shape?.value)
    if (shape?.ok !== true || !v.success)
      throw new TransportError({ kind: 'protocol', detail: `bad ${req.op} answer` })
    return v.data as never
  }
}

function transport(call: Call, target: 'pending' | 'saved'): SyncTransport {
  return {
    list: (dir) => call({ op: 'list', target, dir }),
    read: (path, from = 0) => call({ op: 'read', target, path, from }),
    write: (path, bytes) =>
      call({ op: 'write', target, path, bytes: bytes as Uint8Array<ArrayBuffer> }).then(
        () => undefined,
      ),
    mkdir: (path) => call({ op: 'mkdir', target, path }).then(() => undefined),
  }
}

export function ipcSync(api: PreloadApi): SyncPlatform {
  const call = caller(api)
  const pending = (info: SyncTarget['info']): SyncTarget => ({
    info,
    transport: transport(call, 'pending'),
    save: () => call({ op: 'commit' }).then(() => undefined),
  })
  return {
    webdavAnyServer: true,
    canPickFolder: true,
    webdav: async (account) => pending(await call({ op: 'setWebdav', account })),
    pickFolder: async () => {
      const info = await call({ op: 'pickFolder' })
      return info && pending(info)
    },
    saved: async () => {
      const info = await call({ op: 'describe' })
      return info && { info, transport: transport(call, 'saved'), save: async () => {} }
    },
    forget: () => call({ op: 'forget' }).then(() => undefined),
  }
}
