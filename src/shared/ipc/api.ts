// The IPC contract: the type of this map IS the API. Main registers exactly these handlers, the
// preload exposes exactly these functions (window.hujia), and the renderer reaches them only
// through app/platform. Argument schemas (zod) live in ./schemas.ts so the preload stays small.
import type { SyncRequest, SyncResponse } from './sync'

export interface AppInfo {
  appVersion: string
  electronVersion: string
  chromeVersion: string
  platform: string
  /** The data folder as the user would type it: the home folder as ~ (or %USERPROFILE%). */
  userDataPath: string
}

/** What the page exports; main picks the dialog's file type and the name's extension from it. */
export const EXPORT_KINDS = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
} as const
export type ExportKind = keyof typeof EXPORT_KINDS

export interface SaveFileRequest {
  kind: ExportKind
  suggestedName: string
  /** Text is written as UTF-8; bytes as they are. */
  content: string | Uint8Array
}

export interface SaveResult {
  saved: boolean
  path?: string
}

export interface OpenFileRequest {
  filters: { name: string; extensions: string[] }[]
  /** Files larger than this are refused; no more than this is ever read. */
  maxBytes: number
}

export type OpenFileResult =
  | { status: 'canceled' }
  | { status: 'tooLarge'; name: string; size: number }
  /** A folder, device, pipe or socket: nothing is read. */
  | { status: 'notAFile'; name: string }
  | { status: 'ok'; name: string; bytes: Uint8Array }

export interface BackupEntry {
  name: string
  kind: 'daily' | 'monthly' | 'manual'
  date: string
  size: number
}

/**
 * What became of a backup the page asked for. Main decides, so a page gone wrong cannot rotate
 * good backups away: `unchanged` when a manual backup of the same records was written moments ago
 * (nothing new to keep), `empty` when there are no records while the newest backup has some,
 * `throttled` when another manual backup comes within a minute of the last.
 */
export type BackupWriteResult =
  | {
      status: 'written'
      name: string
      path: string
      /** Backups removed by rotation. */
      removed: string[]
      /** A daily's copy as the month's backup could not be made (the daily itself was). */
      monthlyFailed?: true
    }
  | { status: 'unchanged'; name: string }
  | { status: 'empty' }
  | { status: 'throttled'; retryInSeconds: number }

/** Commands the native menu sends to the page. */
export const MENU_COMMANDS = [
  'exportTrips',
  'importTrips',
  'backupNow',
  'showAbout',
  'showSources',
  'showShortcuts',
  'commandPalette',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface HujiaApi {
  appInfo(): Promise<AppInfo>
  /**
   * Opens an https URL that passes the allowlist in the system browser, only just after a click
   * or key press in the window (call it from the click handler); false when refused.
   */
  openLink(url: string): Promise<boolean>
  saveFile(req: SaveFileRequest): Promise<SaveResult>
  openFile(req: OpenFileRequest): Promise<OpenFileResult>
  /** Prints the current page to an A4 PDF at a path the user picks. */
  printToPdf(suggestedName: string): Promise<SaveResult>
  /** Shows an OS notification; false when unsupported or when one was shown in the last minute. */
  notify(title: string, body: string): Promise<boolean>
  /** Writes a backup (JSON text) to the user-data folder and rotates old ones, if main agrees. */
  backupWrite(json: string, kind: 'daily' | 'manual'): Promise<BackupWriteResult>
  backupList(): Promise<BackupEntry[]>
  backupRead(name: string): Promise<string>
  backupOpenFolder(): Promise<boolean>
  /** Language of the native menu. */
  setMenuLanguage(lang: 'zh-CN' | 'en'): Promise<void>
  /** Sync's network and file work (./sync.ts): one channel, one checked message type. */
  sync(request: SyncRequest): Promise<SyncResponse>
}

export type IpcChannel = keyof HujiaApi

/** Every channel, in one list: the preload exposes these and nothing else. */
export const IPC_CHANNELS = [
  'appInfo',
  'openLink',
  'saveFile',
  'openFile',
  'printToPdf',
  'notify',
  'backupWrite',
  'backupList',
  'backupRead',
  'backupOpenFolder',
  'setMenuLanguage',
  'sync',
] as const satisfies readonly IpcChannel[]

// Compile-time proof that IPC_CHANNELS lists every key of HujiaApi.
type Missing = Exclude<IpcChannel, (typeof IPC_CHANNELS)[number]>
const _allListed: Missing extends never ? true : never = true
void _allListed

export const ipcChannelName = (c: IpcChannel): string => `hujia:${c}`
export const MENU_EVENT = 'hujia:menu'

/** What the preload puts on window.hujia. */
export type PreloadApi = HujiaApi & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
