// Sync in the browser build: WebDAV with fetch (servers that allow web pages; not 坚果云), or a
// folder through the directory picker where the browser has one. The chosen target is kept in
// this browser's database (the password too: the database already holds everything it protects).
import { db } from '@renderer/db/db'
import type { SyncTargetInfo } from '@shared/ipc/sync'
import { folderUrl, webdavTransport, type WebDavAccount } from '@shared/sync/webdav'
import { canPickDirectory, directoryTransport, type DirHandle } from './directory'
import { fetchHttp } from './fetch-http'
import type { SyncPlatform, SyncTarget } from './types'

const KEY = 'target'
type Stored = { kind: 'webdav'; account: WebDavAccount } | { kind: 'folder'; handle: DirHandle }

function target(stored: Stored): SyncTarget {
  const save = async () => void (await db.syncState.put({ key: KEY, value: stored }))
  if (stored.kind === 'folder')
    return {
      info: { kind: 'folder', label: stored.handle.name },
      transport: directoryTransport(stored.handle),
      save,
    }
  const info: SyncTargetInfo = {
    kind: 'webdav',
    url: stored.account.url,
    username: stored.account.username,
  }
  return { info, transport: webdavTransport(stored.account, fetchHttp), save }
}

export function browserSync(): SyncPlatform {
  return {
    webdavAnyServer: false,
    canPickFolder: canPickDirectory(),
    webdav: async (account) =>
      target({
        kind: 'webdav',
        account: { ...account, url: folderUrl(account.url) ?? account.url },
      }),
    pickFolder: async () => {
      try {
        const handle = await window.showDirectoryPicker!({ mode: 'readwrite', id: 'hujia-sync' })
        return target({ kind: 'folder', handle })
      } catch (e) {
        if ((e as DOMException).name === 'AbortError') return null
        throw e
      }
    },
    saved: async () => {
      const row = await db.syncState.get(KEY)
      return row ? target(row.value as Stored) : null
    },
    forget: async () => void (await db.syncState.delete(KEY)),
  }
}

/** The saved folder's handle, to ask for access again after a reload (needs a click). */
export async function savedDirectory(): Promise<DirHandle | null> {
  const row = await db.syncState.get(KEY)
  const stored = row?.value as Stored | undefined
  return stored?.kind === 'folder' ? stored.handle : null
}
