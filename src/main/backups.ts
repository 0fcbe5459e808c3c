// Rotating JSON backups in the user-data folder, outside IndexedDB: a browser profile or
// IndexedDB that dies does not take the backups with it. Plain node fs, so unit tests run it
// against a temporary folder with fake dates.
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry, BackupWriteResult } from '@shared/ipc/api'
import {
  backupFileName,
  parseBackupFileName,
  planRotation,
  readBackupEnvelope,
  TEMP_RE,
} from '@shared/backup'

export function backupDir(userData: string): string {
  return join(userData, 'backups')
}

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

/** Writes to a temporary file, flushes it, then renames over the target: never a half file. */
export async function writeFileAtomic(
  path: string,
  dir: string,
  name: string,
  text: string,
): Promise<void> {
  const tmp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  const fh = await open(tmp, 'wx')
  try {
    await fh.writeFile(text, 'utf8')
    await fh.sync()
  } finally {
    await fh.close()
  }
  try {
    await rename(tmp, path)
  } catch (e) {
    await unlink(tmp).catch(() => {})
    throw e
  }
  await syncDir(dir)
}

/** Temp files left by a write that crashed before its rename. */
async function removeStaleTemps(dir: string, names: readonly string[]): Promise<void> {
  await Promise.all(
    names.filter((n) => TEMP_RE.test(n)).map((n) => unlink(join(dir, n)).catch(() => {})),
  )
}

/**
 * Writes a backup and rotates old ones. A daily backup is also kept as the month's backup when
 * the month has none yet, so the first daily of each month survives as a monthly. The document
 * is checked first (JSON, envelope, checksum): a damaged one is refused and nothing rotates.
 */
export async function writeBackup(
  dir: string,
  json: string,
  kind: 'daily' | 'manual',
  now: Date = new Date(),
): Promise<BackupWriteResult> {
  const checked = await readBackupEnvelope(json)
  if (!checked.ok) throw new Error(`Not a valid backup (${checked.error.message})`)
  await mkdir(dir, { recursive: true })
  await removeStaleTemps(dir, await readdir(dir))

  const name = backupFileName(kind, now)
  const path = join(dir, name)
  await writeFileAtomic(path, dir, name, json)
  if (kind === 'daily') {
    const monthly = backupFileName('monthly', now)
    const existing = await readdir(dir)
    if (!existing.includes(monthly)) await writeFileAtomic(join(dir, monthly), dir, monthly, json)
  }

  const removed = planRotation(await readdir(dir)).filter((n) => n !== name)
  for (const old of removed) await unlink(join(dir, old)).catch(() => {})
  return { name, path, removed }
}

/** Our backups, newest first (by date, then daily before monthly before manual at a tie). */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const entries: BackupEntry[] = []
  for (const name of names) {
    const info = parseBackupFileName(name)
    if (!info) continue
    const { size } = await stat(join(dir, name))
    entries.push({ name, kind: info.kind, date: info.date, size })
  }
  return entries.sort((a, b) =>
    a.date === b.date ? a.name.localeCompare(b.name) : a.date < b.date ? 1 : -1,
  )
}

/** The text of one backup; only names that are our backups are read (no other file, no path). */
export async function readBackup(dir: string, name: string): Promise<string> {
  if (!parseBackupFileName(name)) throw new Error(`Not a backup file name: ${name}`)
  return readFile(join(dir, name), 'utf8')
}
