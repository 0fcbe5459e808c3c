// The implementations of the IPC contract. Each is small: files, printing, notifications and
// backups are the shell's job; everything about the data happens in the page.
import { app, BrowserWindow, dialog, Notification, shell } from 'electron'
import { readFile, stat, writeFile } from 'node:fs/promises'
import type { Handlers } from './ipc'
import { backupDir, listBackups, readBackup, writeBackup } from './backups'
import { openExternalSafely } from './security'
import { installMenu } from './menu'

export function createHandlers(getWindow: () => BrowserWindow | null): Handlers {
  const owner = (e: Electron.IpcMainInvokeEvent) => BrowserWindow.fromWebContents(e.sender)
  return {
    appInfo: () => ({
      appVersion: app.getVersion(),
      electronVersion: process.versions.electron,
      chromeVersion: process.versions.chrome,
      platform: process.platform,
      userDataPath: app.getPath('userData'),
    }),
    openLink: (_e, url) => openExternalSafely(url),
    saveFile: async (e, req) => {
      const win = owner(e)
      const options = { defaultPath: req.suggestedName, filters: req.filters }
      const r = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      if (r.canceled || !r.filePath) return { saved: false }
      await writeFile(r.filePath, req.content)
      return { saved: true, path: r.filePath }
    },
    openFile: async (e, req) => {
      const win = owner(e)
      const options = { properties: ['openFile' as const], filters: req.filters }
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      const path = r.filePaths[0]
      if (r.canceled || !path) return { status: 'canceled' }
      const name = path.split(/[\\/]/).pop() ?? path
      const { size } = await stat(path)
      if (size > req.maxBytes) return { status: 'tooLarge', name, size }
      return { status: 'ok', name, bytes: new Uint8Array(await readFile(path)) }
    },
    printToPdf: async (e, suggestedName) => {
      const win = owner(e)
      const options = {
        defaultPath: suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }
      const r = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      if (r.canceled || !r.filePath) return { saved: false }
      const pdf = await e.sender.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      })
      await writeFile(r.filePath, pdf)
      return { saved: true, path: r.filePath }
    },
    notify: (_e, title, body) => {
      if (!Notification.isSupported()) return false
      new Notification({ title, body }).show()
      return true
    },
    backupWrite: (_e, json, kind) => writeBackup(backupDir(app.getPath('userData')), json, kind),
    backupList: () => listBackups(backupDir(app.getPath('userData'))),
    backupRead: (_e, name) => readBackup(backupDir(app.getPath('userData')), name),
    backupOpenFolder: async () => {
      const error = await shell.openPath(backupDir(app.getPath('userData')))
      return error === ''
    },
    setMenuLanguage: (_e, lang) => installMenu(lang, getWindow),
  }
}
