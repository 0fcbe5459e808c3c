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

export interface FileFilter {
  name: string
  extensions: string[]
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
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
