// Rotating JSON backups in the user-data folder, outside IndexedDB: a browser profile or
// IndexedDB that dies does not take the backups with it. The page asks for a backup; main decides
// whether to write it, so a page gone wrong cannot rotate good backups away: every document is
// checked with restore's own checks and size limit, an empty one never replaces backups that hold
// records, and manual backups come at most once a minute. Writes run one at a time, are atomic,
// readable by the user only, and a failed one (a full disk …) leaves no temp file and every older
// backup as it was. Plain node fs, so unit tests run it against a temporary folder with fake dates.
import { randomBytes } from 'node:crypto'
import { chmod, link, lstat, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry, BackupWriteResult } from '@shared/ipc/api'
import {
  backupFileName,
  MAX_BACKUP_BYTES,
  parseBackupFileName,
  planRotation,
  readBackupEnvelope,
  validateBackup,
  TEMP_RE,
  type BackupFileKind,
} from '@shared/backup'
import { canonicalJson } from '@shared/json/canonical'
import { readFileBounded } from './files'

export function backupDir(userData: string): string {
  return join(userData, 'backups')
}

/** A manual backup within this long of the last one is refused (or, unchanged, not repeated). */
export const MANUAL_INTERVAL_MS = 60_000
/** A temp file this old belongs to no write in progress: a crash left it. */
export const STALE_TEMP_MS = 60 * 60_000

const POSIX = process.platform !== 'win32'
const PRIVATE_FILE = 0o600
const PRIVATE_DIR = 0o700

/** Best effort: a directory fsync makes the rename itself durable on Linux. */
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r')
    try {
      await fh.sync()
    } finally {
      await fh.close()
    }
  } catch {
    // Not supported on every platform (Windows): the rename is still atomic.
  }
}

/**
 * Writes to a temporary file (created 0600), flushes it, then renames over the target: never a
 * half file. On any failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(
  path: string,
  dir: string,
  name: string,
  text: string,
): Promise<void> {
  const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  const fh = await open(tmp, 'wx', PRIVATE_FILE)
  try {
    try {
      await fh.writeFile(text, 'utf8')
      await fh.sync()
    } finally {
      await fh.close()
    }
    await rename(tmp, path)
  } catch (e) {
    await unlink(tmp).catch(() => {})
    throw e
  }
  await syncDir(dir)
}

/** Creates the folder (0700) when missing; refuses a path that is not a folder. */
export async function ensureBackupDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR })
    // A link to a folder is followed (a synced folder, say); a file or a dangling link is not one.
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder')
  } catch (e) {
    throw new Error(`The backups folder cannot be used: ${dir} (${(e as Error).message})`, {
      cause: e,
    })
  }
  // Folders made by older versions were 0755: tighten our own folder, never a linked one.
  const own = await lstat(dir)
  if (POSIX && own.isDirectory() && (own.mode & 0o077) !== 0)
    await chmod(dir, PRIVATE_DIR).catch(() => {})
}

interface BackupFile {
  name: string
  kind: BackupFileKind
  date: string
  size: number
  mode: number
}

/**
 * Our backups in the folder: regular files with our names. A link, a folder or an entry that
 * vanishes while it is looked at is skipped, so one bad entry never breaks the list.
 */
async function backupFiles(dir: string): Promise<BackupFile[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const files: BackupFile[] = []
  for (const name of names) {
    const info = parseBackupFileName(name)
    if (!info) continue
    try {
      const st = await lstat(join(dir, name))
      if (st.isFile()) files.push({ name, ...info, size: st.size, mode: st.mode })
    } catch {
      // Rotated away or removed since the folder was read.
    }
  }
  return files.sort((a, b) =>
    a.date === b.date ? a.name.localeCompare(b.name) : a.date < b.date ? 1 : -1,
  )
}

/** Temp files left by a write that crashed before its rename (never a write still running). */
async function removeStaleTemps(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!TEMP_RE.test(name)) continue
    const path = join(dir, name)
    try {
      const st = await lstat(path)
      if (now - st.mtimeMs > STALE_TEMP_MS) await unlink(path)
    } catch {
      // Gone already.
    }
  }
}

/** Records the user wrote: any row outside settings (settings alone are not worth a backup). */
function hasRecords(tables: Record<string, unknown[]>): boolean {
  return Object.entries(tables).some(([table, rows]) => table !== 'settings' && rows.length > 0)
}

/** The tables of one backup file, or null when it is not a readable backup. */
async function tablesOf(dir: string, name: string): Promise<Record<string, unknown[]> | null> {
  try {
    const read = await readFileBounded(join(dir, name), MAX_BACKUP_BYTES, 'refuse')
    if (read.status !== 'ok') return null
    const envelope = await readBackupEnvelope(Buffer.from(read.bytes).toString('utf8'))
    return envelope.ok ? envelope.doc.tables : null
  } catch {
    return null
  }
}

/** Whether the newest readable backup holds records. */
async function newestHasRecords(dir: string, files: BackupFile[]): Promise<boolean> {
  for (const f of files) {
    const tables = await tablesOf(dir, f.name)
    if (tables) return hasRecords(tables)
  }
  return false
}

const invalid = (reason: string): Error => new Error(`Not a valid backup (${reason})`)

/** Per folder: the queue that runs writes one at a time, and the last manual backup. */
interface FolderState {
  queue: Promise<unknown>
  lastManual?: { at: number; name: string }
}
const folders = new Map<string, FolderState>()

function folderState(dir: string): FolderState {
  let state = folders.get(dir)
  if (!state) folders.set(dir, (state = { queue: Promise.resolve() }))
  return state
}

/** The daily's copy as the month's backup: a hard link (no extra space), else a copy. */
async function keepAsMonthly(dir: string, daily: string, monthly: string, json: string) {
  try {
    await link(join(dir, daily), join(dir, monthly))
    await syncDir(dir)
  } catch {
    await writeFileAtomic(join(dir, monthly), dir, monthly, json)
  }
}

async function write(
  dir: string,
  state: FolderState,
  json: string,
  kind: 'daily' | 'manual',
  now: Date,
): Promise<BackupWriteResult> {
  if (Buffer.byteLength(json, 'utf8') > MAX_BACKUP_BYTES) throw invalid('restore.errors.tooLarge')
  // Restore's own checks (envelope, checksum, tables, every row): only restorable backups exist.
  const envelope = await readBackupEnvelope(json)
  if (!envelope.ok) throw invalid(envelope.error.message)
  const checked = validateBackup(envelope.doc)
  if (!checked.ok) throw invalid(checked.error.message)
  const { tables } = envelope.doc

  const last = state.lastManual
  const sinceLast = last ? now.getTime() - last.at : Number.POSITIVE_INFINITY
  if (kind === 'manual' && last && sinceLast >= 0 && sinceLast < MANUAL_INTERVAL_MS) {
    const previous = await tablesOf(dir, last.name)
    if (previous && canonicalJson(previous) === canonicalJson(tables))
      return { status: 'unchanged', name: last.name }
    return {
      status: 'throttled',
      retryInSeconds: Math.ceil((MANUAL_INTERVAL_MS - sinceLast) / 1000),
    }
  }

  await ensureBackupDir(dir)
  await removeStaleTemps(dir, now.getTime())
  const files = await backupFiles(dir)
  if (!hasRecords(tables) && (await newestHasRecords(dir, files))) return { status: 'empty' }
  if (POSIX)
    for (const f of files)
      if ((f.mode & 0o077) !== 0) await chmod(join(dir, f.name), PRIVATE_FILE).catch(() => {})

  const name = backupFileName(kind, now)
  await writeFileAtomic(join(dir, name), dir, name, json)
  if (kind === 'manual') state.lastManual = { at: now.getTime(), name }

  let monthlyFailed = false
  if (kind === 'daily') {
    const monthly = backupFileName('monthly', now)
    // Any entry of that name counts: a monthly is never replaced.
    const taken = await lstat(join(dir, monthly)).then(
      () => true,
      () => false,
    )
    if (!taken)
      monthlyFailed = await keepAsMonthly(dir, name, monthly, json).then(
        () => false,
        () => true,
      )
  }

  const kept = await backupFiles(dir)
  const removed = planRotation(kept.map((f) => f.name)).filter((n) => n !== name)
  for (const old of removed) await unlink(join(dir, old)).catch(() => {})
  return {
    status: 'written',
    name,
    path: join(dir, name),
    removed,
    ...(monthlyFailed ? { monthlyFailed: true as const } : {}),
  }
}

/**
 * Writes a backup and rotates old ones, unless main refuses it (see BackupWriteResult). A daily
 * backup is also kept as the month's backup when the month has none yet, so the first daily of
 * each month survives as a monthly. Throws, having written nothing, for a document restore would
 * refuse, or when the folder or the disk fails.
 */
export function writeBackup(
  dir: string,
  json: string,
  kind: 'daily' | 'manual',
  now: Date = new Date(),
): Promise<BackupWriteResult> {
  const state = folderState(dir)
  const run = state.queue.then(() => write(dir, state, json, kind, now))
  state.queue = run.catch(() => {})
  return run
}

/** Our backups, newest first (by date, then daily before monthly before manual at a tie). */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  return (await backupFiles(dir)).map(({ name, kind, date, size }) => ({ name, kind, date, size }))
}

/** The text of one backup; only names that are our backups are read (no other file, no path). */
export async function readBackup(dir: string, name: string): Promise<string> {
  if (!parseBackupFileName(name)) throw new Error(`Not a backup file name: ${name}`)
  const read = await readFileBounded(join(dir, name), MAX_BACKUP_BYTES, 'refuse')
  if (read.status === 'notAFile') throw new Error(`Not a backup file: ${name}`)
  if (read.status === 'tooLarge') throw invalid('restore.errors.tooLarge')
  return Buffer.from(read.bytes).toString('utf8')
}
