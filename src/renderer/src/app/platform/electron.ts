import type { PreloadApi } from '@shared/ipc/api'
import type { Platform } from './types'

export function electronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    appInfo: () => api.appInfo(),
    openLink: (url) => api.openLink(url),
    saveFile: (suggestedName, content, kind) => api.saveFile({ kind, suggestedName, content }),
    openFile: (filters, maxBytes) => api.openFile({ filters, maxBytes }),
    printReport: (name) => api.printToPdf(name),
    notify: (title, body) => api.notify(title, body),
    // The main process shows notifications itself; the page needs no permission.
    allowNotifications: async () => true,
    backups: {
      write: (json, kind) => api.backupWrite(json, kind),
      list: () => api.backupList(),
      read: (name) => api.backupRead(name),
      openFolder: () => api.backupOpenFolder(),
    },
    setMenuLanguage: (lang) => api.setMenuLanguage(lang),
    loadSync: () => import('./sync-ipc').then((m) => m.ipcSync(api)),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  }
}
