// Where things live in the sync folder. Each device writes only inside its own folder (named by
// its random clock node id), so no two devices ever write the same file and nothing depends on
// WebDAV locking or If-Match, which many servers ignore. The key file is written once, at setup.
import { NODE_RE, type Hlc } from './hlc'

export const KEY_FILE = 'hujia-keys.json'
export const SNAPSHOT_FILE = 'snapshot.hjs'
const LOG_RE = /^log-(\d{4}-\d{2})\.hjs$/

/** A device's log for the month (UTC, from its clock) a frame was written in. */
export const logFileFor = (stamp: Hlc): string => `log-${stamp.slice(0, 7)}.hjs`

/** The month of a log file, or null if the name is not a log's. */
export const logMonth = (name: string): string | null => LOG_RE.exec(name)?.[1] ?? null

export const isDeviceFolder = (name: string): boolean => NODE_RE.test(name)

export const devicePath = (device: string, file: string): string => `${device}/${file}`

/** A path the sync code may ask a transport for: the key file, or a device's log or snapshot. */
export function isSyncPath(path: string): boolean {
  if (path === '' || path === KEY_FILE) return true
  const [device, file, ...rest] = path.split('/')
  if (rest.length > 0 || !device || !isDeviceFolder(device)) return false
  return file === undefined || file === SNAPSHOT_FILE || logMonth(file) !== null
}
