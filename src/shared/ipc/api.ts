// The IPC contract: the type of this map IS the API. Main registers exactly these handlers, the
// preload exposes exactly these functions (window.hujia), and the renderer reaches them only
// through app/platform. Argument schemas (zod) live in ./schemas.ts so the preload stays small.

export interface AppInfo {
  appVersion: string
  electronVersion: string
  chromeVersion: string
  platform: string
  userDataPath: string
}

export interface SaveFileRequest {
  suggestedName: string
  /** Text is written as UTF-8; bytes as they are. */
  content: string | Uint8Array
  filters: { name: string; extensions: string[] }[]
}

export interface SaveResult {
  saved: boolean
  path?: string
}

export interface OpenFileRequest {
  filters: { name: string; extensions: string[] }[]
  /** Files larger than this are refused before they are read. */
  maxBytes: number
}

export type OpenFileResult =
  | { status: 'canceled' }
  | { status: 'tooLarge'; name: string; size: number }
  | { status: 'ok'; name: string; bytes: Uint8Array }

export interface BackupEntry {
  name: string
  kind: 'daily' | 'monthly' | 'manual'
  date: string
  size: number
}

export interface BackupWriteResult {
  name: string
  path: string
  /** Backups removed by rotation. */
  removed: string[]
}

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
  /** Opens an https URL that passes the allowlist in the system browser; false when refused. */
  openLink(url: string): Promise<boolean>
  saveFile(req: SaveFileRequest): Promise<SaveResult>
  openFile(req: OpenFileRequest): Promise<OpenFileResult>
  /** Prints the current page to an A4 PDF at a path the user picks. */
  printToPdf(suggestedName: string): Promise<SaveResult>
  notify(title: string, body: string): Promise<boolean>
  /** Writes a backup (JSON text) to the user-data folder and rotates old ones. */
  backupWrite(json: string, kind: 'daily' | 'manual'): Promise<BackupWriteResult>
  backupList(): Promise<BackupEntry[]>
  backupRead(name: string): Promise<string>
  backupOpenFolder(): Promise<boolean>
  /** Language of the native menu. */
  setMenuLanguage(lang: 'zh-CN' | 'en'): Promise<void>
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
