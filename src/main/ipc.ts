// The one way IPC handlers are registered: the sender must be our main frame on our origin, and
// the arguments must parse against the channel's schema. Handlers are typed by the contract.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { ipcChannelName, type HujiaApi, type IpcChannel } from '@shared/ipc/api'
import { ipcArgSchemas } from '@shared/ipc/schemas'
import { isOwnOrigin } from './security'

export type Handlers = {
  [K in IpcChannel]: (
    event: IpcMainInvokeEvent,
    ...args: Parameters<HujiaApi[K]>
  ) => ReturnType<HujiaApi[K]> | Awaited<ReturnType<HujiaApi[K]>>
}

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  return frame === event.sender.mainFrame && isOwnOrigin(frame.url)
}

export function registerHandlers(handlers: Handlers): void {
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    const schema = ipcArgSchemas[channel]
    const handler = handlers[channel] as (e: IpcMainInvokeEvent, ...a: unknown[]) => unknown
    ipcMain.handle(ipcChannelName(channel), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new Error(`IPC ${channel}: untrusted sender`)
      const parsed = schema.safeParse(args)
      if (!parsed.success) throw new Error(`IPC ${channel}: invalid arguments`)
      return handler(event, ...(parsed.data as unknown[]))
    })
  }
}
