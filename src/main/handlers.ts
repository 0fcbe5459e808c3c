// The implementations of the IPC contract. Each is small: files, printing, notifications and
// backups are the shell's job; everything about the data happens in the page.
import {
  app,
  BrowserWindow,
  dialog,
  Notification,
  safeStorage,
  shell,
  type FileFilter,
  type IpcMainInvokeEvent,
} from 'electron'
import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { EXPORT_KINDS } from '@shared/ipc/api'
import type { Handlers } from './ipc'
import { backupDir, ensureBackupDir, listBackups, readBackup, writeBackup } from './backups'
import { displayPath } from './display-path'
import { readFileBounded } from './files'
import { openExternalSafely } from './security'
import { installMenu } from './menu'
import { createSyncChannel } from './sync/channel'

/** One OS notification a minute at most, whatever the page asks for. */
export const NOTIFY_INTERVAL_MS = 60_000

/** The window a request came from: its dialogs belong to it. */
function windowOf(e: IpcMainInvokeEvent): BrowserWindow {
  const win = BrowserWindow.fromWebContents(e.sender)
  if (!win) throw new Error('IPC: the sender has no window')
  return win
}

/** `name` ending in `.ext`: the page proposes a name, main decides what kind of file it is. */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`
}

async function askSavePath(
  e: IpcMainInvokeEvent,
  suggestedName: string,
  filter: FileFilter,
): Promise<string | null> {
  const defaultPath = withExtension(suggestedName, filter.extensions[0]!)
  const r = await dialog.showSaveDialog(windowOf(e), { defaultPath, filters: [filter] })
  return r.canceled || !r.filePath ? null : r.filePath
}

export function createHandlers(getWindow: () => BrowserWindow | null): Handlers {
  const backups = () => backupDir(app.getPath('userData'))
  let lastNotice = Number.NEGATIVE_INFINITY
  const sync = createSyncChannel({
    userData: app.getPath('userData'),
    pickFolder: async () => {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] }
      const win = getWindow()
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    secrets: () =>
      safeStorage.isEncryptionAvailable()
        ? {
            encrypt: (t) => safeStorage.encryptString(t),
            decrypt: (b) => safeStorage.decryptString(b),
          }
        : null,
  })
  return {
    appInfo: () => ({
      appVersion: app.getVersion(),
      electronVersion: process.versions.electron,
      chromeVersion: process.versions.chrome,
      platform: process.platform,
      userDataPath: displayPath(app.getPath('userData'), app.getPath('home')),
    }),
    openLink: (e, url) => openExternalSafely(url, e.sender),
    saveFile: async (e, req) => {
      const kind = EXPORT_KINDS[req.kind]
      const path = await askSavePath(e, req.suggestedName, {
        name: kind.name,
        extensions: [...kind.extensions],
      })
      if (!path) return { saved: false }
      await writeFile(path, req.content)
      return { saved: true, path }
    },
    openFile: async (e, req) => {
      const options = { properties: ['openFile' as const], filters: req.filters }
      const r = await dialog.showOpenDialog(windowOf(e), options)
      const path = r.filePaths[0]
      if (r.canceled || !path) return { status: 'canceled' }
      const name = basename(path)
      const read = await readFileBounded(path, req.maxBytes)
      return read.status === 'ok' ? { status: 'ok', name, bytes: read.bytes } : { ...read, name }
    },
    printToPdf: async (e, suggestedName) => {
      const path = await askSavePath(e, suggestedName, { name: 'PDF', extensions: ['pdf'] })
      if (!path) return { saved: false }
      const pdf = await e.sender.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      })
      await writeFile(path, pdf)
      return { saved: true, path }
    },
    notify: (_e, title, body) => {
      const now = Date.now()
      if (now - lastNotice < NOTIFY_INTERVAL_MS || !Notification.isSupported()) return false
      lastNotice = now
      new Notification({ title, body }).show()
      return true
    },
    backupWrite: (_e, json, kind) => writeBackup(backups(), json, kind),
    backupList: () => listBackups(backups()),
    backupRead: (_e, name) => readBackup(backups(), name),
    backupOpenFolder: async () => {
      const dir = backups()
      const ready = await ensureBackupDir(dir).then(
        () => true,
        () => false,
      )
      return ready && (await shell.openPath(dir)) === ''
    },
    setMenuLanguage: (_e, lang) => installMenu(lang, getWindow),
    sync: (_e, request) => sync(request),
  }
}
