import { isAllowedExternalUrl } from '@shared/security/external-url'
import type { OpenFileResult } from '@shared/ipc/api'
import type { FileFilter, Platform } from './types'

function download(name: string, content: string | Uint8Array): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content)
  const url = URL.createObjectURL(new Blob([part]))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function pickFile(filters: FileFilter[], maxBytes: number): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
    input.style.display = 'none'
    input.addEventListener('cancel', () => {
      input.remove()
      resolve({ status: 'canceled' })
    })
    input.addEventListener('change', async () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve({ status: 'canceled' })
      if (file.size > maxBytes)
        return resolve({ status: 'tooLarge', name: file.name, size: file.size })
      resolve({ status: 'ok', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    })
    document.body.append(input)
    input.click()
  })
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () => null,
    openLink: async (url) => {
      if (!isAllowedExternalUrl(url)) return false
      window.open(url, '_blank', 'noopener,noreferrer')
      return true
    },
    saveFile: async (suggestedName, content) => {
      download(suggestedName, content)
      return { saved: true }
    },
    openFile: pickFile,
    printReport: async () => {
      window.print()
      return { saved: false }
    },
    notify: async (title, body) => {
      if (!('Notification' in window) || Notification.permission !== 'granted') return false
      new Notification(title, { body })
      return true
    },
    allowNotifications: async () => {
      if (!('Notification' in window)) return false
      if (Notification.permission === 'default') await Notification.requestPermission()
      return Notification.permission === 'granted'
    },
    backups: null,
    setMenuLanguage: async () => {},
    loadSync: () => import('./browser-sync').then((m) => m.browserSync()),
    onMenuCommand: () => () => {},
  }
}
