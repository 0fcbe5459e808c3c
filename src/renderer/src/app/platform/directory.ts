// A sync folder through the browser's directory picker (File System Access API, Chromium-based
// browsers): the user picks a folder that another program syncs. After a reload the browser asks
// again before the page may write there; until the user allows it, requests fail as 'blocked'.
import { isSyncPath } from '@shared/sync/layout'
import {
  TransportError,
  type ListResult,
  type ReadResult,
  type SyncTransport,
} from '@shared/sync/transport'

/** The parts of the API used here (not in TypeScript's DOM library everywhere yet). */
export interface DirHandle {
  kind: 'directory'
  name: string
  values(): AsyncIterable<DirHandle | FileHandle>
  getDirectoryHandle(name: string, opts?: { create?: boolean }): Promise<DirHandle>
  getFileHandle(name: string, opts?: { create?: boolean }): Promise<FileHandle>
  queryPermission?(opts: { mode: 'readwrite' }): Promise<PermissionState>
  requestPermission?(opts: { mode: 'readwrite' }): Promise<PermissionState>
}
interface FileHandle {
  kind: 'file'
  name: string
  getFile(): Promise<File>
  createWritable(): Promise<{ write(data: BufferSource): Promise<void>; close(): Promise<void> }>
}

declare global {
  interface Window {
    showDirectoryPicker?: (opts?: { mode?: 'readwrite'; id?: string }) => Promise<DirHandle>
  }
}

export const canPickDirectory = (): boolean => typeof window.showDirectoryPicker === 'function'

function failure(e: unknown): TransportError {
  const name = (e as DOMException | undefined)?.name
  if (name === 'NotFoundError') return new TransportError({ kind: 'notFound', detail: name })
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return new TransportError({ kind: 'blocked', detail: 'permission' })
  if (name === 'QuotaExceededError')
    return new TransportError({ kind: 'storageFull', detail: name })
  return new TransportError({ kind: 'unavailable', detail: name ?? String(e) })
}

async function dirAt(root: DirHandle, dir: string, create = false): Promise<DirHandle | null> {
  if (!isSyncPath(dir)) throw new Error(`not a sync path: ${dir}`)
  if (dir === '') return root
  try {
    return await root.getDirectoryHandle(dir, { create })
  } catch (e) {
    if ((e as DOMException).name === 'NotFoundError') return null
    throw failure(e)
  }
}

function split(path: string): [string, string] {
  if (!isSyncPath(path)) throw new Error(`not a sync path: ${path}`)
  const i = path.lastIndexOf('/')
  return i === -1 ? ['', path] : [path.slice(0, i), path.slice(i + 1)]
}

/** Asks for write access again (needs a click); true when granted. */
export async function allowDirectory(root: DirHandle): Promise<boolean> {
  if (!root.requestPermission) return true
  return (await root.requestPermission({ mode: 'readwrite' })) === 'granted'
}

export function directoryTransport(root: DirHandle): SyncTransport {
  const ready = async () => {
    if (root.queryPermission && (await root.queryPermission({ mode: 'readwrite' })) !== 'granted')
      throw new TransportError({ kind: 'blocked', detail: 'permission' })
  }
  return {
    async list(dir: string): Promise<ListResult | null> {
      await ready()
      const d = await dirAt(root, dir)
      if (!d) return null
      const entries = []
      try {
        for await (const h of d.values()) {
          if (h.kind === 'directory') entries.push({ name: h.name, dir: true, size: 0 })
          else {
            const f = await h.getFile()
            entries.push({ name: h.name, dir: false, size: f.size, modified: f.lastModified })
          }
        }
      } catch (e) {
        throw failure(e)
      }
      return { entries }
    },
    async read(path: string, from = 0): Promise<ReadResult | null> {
      await ready()
      const [dir, name] = split(path)
      const d = await dirAt(root, dir)
      if (!d) return null
      try {
        const f = await (await d.getFileHandle(name)).getFile()
        return { bytes: new Uint8Array(await f.slice(from).arrayBuffer()), from }
      } catch (e) {
        if ((e as DOMException).name === 'NotFoundError') return null
        throw failure(e)
      }
    },
    async write(path: string, bytes: Uint8Array): Promise<void> {
      await ready()
      const [dir, name] = split(path)
      const d = await dirAt(root, dir)
      if (!d) throw new TransportError({ kind: 'notFound', status: 409 })
      try {
        // The browser writes to a swap file and moves it into place on close.
        const w = await (await d.getFileHandle(name, { create: true })).createWritable()
        await w.write(new Uint8Array(bytes))
        await w.close()
      } catch (e) {
        throw failure(e)
      }
    },
    async mkdir(path: string): Promise<void> {
      await ready()
      await dirAt(root, path, true)
    },
  }
}
