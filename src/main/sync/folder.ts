// A sync folder on this computer's disk: one another program already syncs (the 坚果云 client,
// OneDrive, Syncthing, a network share). Files are replaced by writing a temporary file beside
// them and renaming it, so a reader never sees half a file from us.
import { mkdir, open, readdir, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isSyncPath } from '@shared/sync/layout'
import {
  TransportError,
  type ListResult,
  type ReadResult,
  type SyncTransport,
} from '@shared/sync/transport'

function at(root: string, path: string): string {
  if (!isSyncPath(path)) throw new Error(`not a sync path: ${path}`)
  return path === '' ? root : join(root, ...path.split('/'))
}

function fsError(e: unknown): TransportError {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return new TransportError({ kind: 'storageFull', detail: code })
  if (code === 'EACCES' || code === 'EPERM')
    return new TransportError({ kind: 'forbidden', detail: code })
  if (code === 'ENOENT') return new TransportError({ kind: 'notFound', detail: code })
  return new TransportError({ kind: 'unavailable', detail: code ?? String(e) })
}

const missing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT'

export function folderTransport(root: string): SyncTransport {
  return {
    async list(dir: string): Promise<ListResult | null> {
      try {
        const names = await readdir(at(root, dir), { withFileTypes: true })
        const entries = []
        for (const d of names) {
          if (d.name.endsWith('.tmp')) continue
          const s = await stat(join(at(root, dir), d.name))
          entries.push({
            name: d.name,
            dir: s.isDirectory(),
            size: s.isDirectory() ? 0 : s.size,
            modified: s.mtimeMs,
          })
        }
        return { entries }
      } catch (e) {
        if (missing(e)) return null
        throw fsError(e)
      }
    },

    async read(path: string, from = 0): Promise<ReadResult | null> {
      let file
      try {
        file = await open(at(root, path), 'r')
      } catch (e) {
        if (missing(e)) return null
        throw fsError(e)
      }
      try {
        const { size } = await file.stat()
        const bytes = new Uint8Array(Math.max(0, size - from))
        await file.read(bytes, 0, bytes.length, from)
        return { bytes, from }
      } catch (e) {
        throw fsError(e)
      } finally {
        await file.close()
      }
    },

    async write(path: string, bytes: Uint8Array): Promise<void> {
      const target = at(root, path)
      const tmp = `${target}.${process.pid}.tmp`
      try {
        await writeFile(tmp, bytes)
        await rename(tmp, target)
      } catch (e) {
        throw fsError(e)
      }
    },

    async mkdir(path: string): Promise<void> {
      try {
        await mkdir(at(root, path), { recursive: path === '' })
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return
        throw fsError(e)
      }
    },
  }
}
