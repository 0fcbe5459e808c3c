// The preload exposes one object, window.hujia, with one function per IPC operation and a menu
// listener: never ipcRenderer itself, never process.
import { contextBridge, ipcRenderer } from 'electron'
import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  MENU_EVENT,
  ipcChannelName,
  type MenuCommand,
  type PreloadApi,
} from '@shared/ipc/api'

const invokers = Object.fromEntries(
  IPC_CHANNELS.map((c) => [
    c,
    (...args: unknown[]) => ipcRenderer.invoke(ipcChannelName(c), ...args),
  ]),
)

const api = {
  ...invokers,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_e: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand)
    }
    ipcRenderer.on(MENU_EVENT, wrapped)
    return () => void ipcRenderer.removeListener(MENU_EVENT, wrapped)
  },
} as PreloadApi

contextBridge.exposeInMainWorld('hujia', api)
