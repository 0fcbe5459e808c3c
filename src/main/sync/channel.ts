// The main process's side of the sync channel (@shared/ipc/sync): it holds the target (a WebDAV
// account, or a folder the user picked in a native dialog) and does the requests the page's
// engine asks for, by name inside that target. The saved target lives in the user-data folder;
// the WebDAV password is encrypted with the operating system's keychain where Electron offers one.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SyncRequest, SyncResponse, SyncTargetInfo } from '@shared/ipc/sync'
import { TransportError, type SyncTransport } from '@shared/sync/transport'
import { folderUrl, webdavTransport, type WebDavAccount } from '@shared/sync/webdav'
import { folderTransport } from './folder'
import { nodeHttp } from './node-http'

export interface SyncChannelDeps {
  userData: string
  /** The native folder dialog; null when the user cancels. */
  pickFolder(): Promise<string | null>
  /** The OS keychain (Electron's safeStorage), when available; asked only when needed. */
  secrets?: () => { encrypt(text: string): Buffer; decrypt(data: Buffer): string } | null
}

type Stored =
  | { kind: 'webdav'; url: string; username: string; password: { sealed: boolean; data: string } }
  | { kind: 'folder'; path: string }

interface Target {
  info: SyncTargetInfo
  transport: SyncTransport
  stored: Stored
}

const FILE = 'sync-target.json'

function open(stored: Stored, password?: string): Target {
  if (stored.kind === 'folder')
    return {
      info: { kind: 'folder', label: stored.path },
      transport: folderTransport(stored.path),
      stored,
    }
  const account: WebDavAccount = {
    url: stored.url,
    username: stored.username,
    password: password ?? '',
  }
  return {
    info: { kind: 'webdav', url: stored.url, username: stored.username },
    transport: webdavTransport(account, nodeHttp()),
    stored,
  }
}

export function createSyncChannel(deps: SyncChannelDeps) {
  let pending: Target | null = null
  let saved: Target | null | undefined

  async function loadSaved(): Promise<Target | null> {
    if (saved !== undefined) return saved
    try {
      const stored = JSON.parse(await readFile(join(deps.userData, FILE), 'utf8')) as Stored
      if (stored.kind === 'webdav') {
        const { sealed, data } = stored.password
        const secrets = sealed ? deps.secrets?.() : null
        // Sealed by a keychain that is gone: the user sets the folder up again.
        const password = !sealed
          ? data
          : secrets
            ? secrets.decrypt(Buffer.from(data, 'base64'))
            : ''
        saved = open(stored, password)
      } else saved = open(stored)
    } catch {
      saved = null
    }
    return saved
  }

  async function run(req: SyncRequest): Promise<unknown> {
    switch (req.op) {
      case 'setWebdav': {
        const url = folderUrl(req.account.url)
        if (!url)
          throw new TransportError({ kind: 'protocol', detail: 'not an http(s) folder URL' })
        const secrets = deps.secrets?.()
        const password = secrets
          ? { sealed: true, data: secrets.encrypt(req.account.password).toString('base64') }
          : { sealed: false, data: req.account.password }
        pending = open(
          { kind: 'webdav', url, username: req.account.username, password },
          req.account.password,
        )
        return pending.info
      }
      case 'pickFolder': {
        const path = await deps.pickFolder()
        if (!path) return null
        pending = open({ kind: 'folder', path })
        return pending.info
      }
      case 'commit': {
        if (!pending) throw new TransportError({ kind: 'protocol', detail: 'nothing to save' })
        await mkdir(deps.userData, { recursive: true })
        await writeFile(join(deps.userData, FILE), JSON.stringify(pending.stored), { mode: 0o600 })
        // The setup screen goes on using it as 'pending' until it is done.
        saved = pending
        return null
      }
      case 'forget':
        await rm(join(deps.userData, FILE), { force: true })
        saved = null
        pending = null
        return null
      case 'describe':
        return (await loadSaved())?.info ?? null
      default: {
        const target = req.target === 'pending' ? pending : await loadSaved()
        if (!target) throw new TransportError({ kind: 'protocol', detail: 'sync is not set up' })
        const t = target.transport
        if (req.op === 'list') return t.list(req.dir)
        if (req.op === 'read') return t.read(req.path, req.from)
        if (req.op === 'write') return t.write(req.path, req.bytes).then(() => null)
        return t.mkdir(req.path).then(() => null)
      }
    }
  }

  return async function handle(req: SyncRequest): Promise<SyncResponse> {
    try {
      return { ok: true, value: await run(req) }
    } catch (e) {
      if (e instanceof TransportError) return { ok: false, error: e.info }
      return {
        ok: false,
        error: { kind: 'protocol', detail: e instanceof Error ? e.message : String(e) },
      }
    }
  }
}
