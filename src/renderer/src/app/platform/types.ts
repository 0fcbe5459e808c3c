// One interface to the outside world. The Electron implementation calls the preload; the browser
// one uses downloads, file inputs, window.print and the Notification API, so the same renderer
// runs (and is tested) in a plain Chromium tab.
import type {
  AppInfo,
  BackupEntry,
  BackupWriteResult,
  ExportKind,
  MenuCommand,
  OpenFileResult,
  SaveResult,
} from '@shared/ipc/api'
import type { SyncTargetInfo } from '@shared/ipc/sync'
import type { SyncTransport } from '@shared/sync/transport'
import type { WebDavAccount } from '@shared/sync/webdav'

export interface FileFilter {
  name: string
  extensions: string[]
}

/** A sync folder: what to show of it, the way to reach it, and how to keep it for next time. */
export interface SyncTarget {
  info: SyncTargetInfo
  transport: SyncTransport
  /** Makes this the device's sync folder (after the passphrase was accepted). */
  save(): Promise<void>
}

export interface SyncPlatform {
  /**
   * Desktop: any WebDAV server, 坚果云 included (the main process does the requests). Browser:
   * only servers that allow requests from web pages (CORS), which 坚果云 does not.
   */
  webdavAnyServer: boolean
  /** Whether a folder on this computer can be chosen (desktop; browsers with a directory picker). */
  canPickFolder: boolean
  /** A WebDAV folder to try; nothing is saved yet. */
  webdav(account: WebDavAccount): Promise<SyncTarget>
  /** Asks the user for a folder; null when they cancel. */
  pickFolder(): Promise<SyncTarget | null>
  /** The folder this device syncs with, or null. */
  saved(): Promise<SyncTarget | null>
  forget(): Promise<void>
}

export interface Platform {
  kind: 'electron' | 'browser'
  appInfo(): Promise<AppInfo | null>
  /** Opens an allowed https URL outside the app; false when the URL is refused. */
  openLink(url: string): Promise<boolean>
  /** Electron: a save dialog for that kind of file (main picks the type). Browser: a download. */
  saveFile(
    suggestedName: string,
    content: string | Uint8Array,
    kind: ExportKind,
  ): Promise<SaveResult>
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenFileResult>
  /** Electron: an A4 PDF at a path the user picks. Browser: the print dialog. */
  printReport(suggestedName: string): Promise<SaveResult>
  notify(title: string, body: string): Promise<boolean>
  /** Asks once for permission to notify; call it from a click (browsers require a gesture). */
  allowNotifications(): Promise<boolean>
  /** Backups outside IndexedDB exist only in Electron; null in the browser. */
  backups: {
    write(json: string, kind: 'daily' | 'manual'): Promise<BackupWriteResult>
    list(): Promise<BackupEntry[]>
    read(name: string): Promise<string>
    openFolder(): Promise<boolean>
  } | null
  setMenuLanguage(lang: 'zh-CN' | 'en'): Promise<void>
  /** Sync's transports, loaded on first use (their code is not needed to start the app). */
  loadSync(): Promise<SyncPlatform>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
