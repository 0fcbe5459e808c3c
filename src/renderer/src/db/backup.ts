// Taking backups. Electron: the main process writes them to <userData>/backups (daily at start,
// and "back up now"). Browser: the user downloads one; the app reminds after 7 days without.
import {
  backupReminderDue,
  backupText,
  dailyBackupDue,
  daysSinceBackup,
  parseBackupFileName,
} from '@shared/backup'
import { toDateString } from '@shared/calendar/dates'
import type { BackupWriteResult } from '@shared/ipc/api'
import type { Platform } from '@renderer/app/platform'
import { db, USER_TABLES, type HujiaDb } from './db'
import { exportUserData } from './user-data'

export { describeWriteError, isQuotaError } from '@shared/backup'

/** The text of a backup of everything the user wrote, as it is stored on disk. */
export async function backupJson(
  database: HujiaDb = db,
  opts: { now?: Date; appVersion?: string | null } = {},
): Promise<string> {
  return backupText(await exportUserData(database, opts))
}

/**
 * Whether any user table holds anything the user wrote (settings alone do not count). Reads one
 * key per table: counting a 600,000-trip table walks all of it.
 */
export async function hasUserData(database: HujiaDb = db): Promise<boolean> {
  for (const t of USER_TABLES) {
    if (t === 'settings') continue
    if ((await database.table(t).limit(1).primaryKeys()).length > 0) return true
  }
  return false
}

/**
 * The browser's "download a backup" reminder: whether it is due, and the days since the last
 * backup (null: never). The first time this profile is seen holding data the reminder's clock
 * starts (written), so it does not nag right after the first trip.
 */
export async function backupReminder(
  database: HujiaDb = db,
  now: Date = new Date(),
): Promise<{ due: boolean; days: number | null }> {
  const setting = async (key: string) =>
    ((await database.settings.get(key))?.value as string | null | undefined) ?? null
  const [lastBackupAt, stored, hasData] = await Promise.all([
    setting('lastBackupAt'),
    setting('backupClockFrom'),
    hasUserData(database),
  ])
  let clockFrom = stored
  if (hasData && lastBackupAt === null && clockFrom === null) {
    clockFrom = now.toISOString()
    await database.settings.put({ key: 'backupClockFrom', value: clockFrom })
  }
  return {
    due: backupReminderDue({ lastBackupAt, clockFrom, hasData, now }),
    days: daysSinceBackup(lastBackupAt, now),
  }
}

async function markBackedUp(database: HujiaDb, now: Date): Promise<void> {
  await database.settings.put({ key: 'lastBackupAt', value: now.toISOString() })
}

export type TakeBackupResult =
  { where: 'folder'; result: BackupWriteResult } | { where: 'download'; name: string }

/**
 * "Back up now": Electron asks main for a manual backup in the backups folder (main may refuse:
 * see BackupWriteResult); the browser downloads the same file. lastBackupAt is set when the
 * records are in a backup.
 */
export async function takeBackup(
  platform: Pick<Platform, 'backups' | 'saveFile' | 'appInfo'>,
  database: HujiaDb = db,
  now: Date = new Date(),
): Promise<TakeBackupResult> {
  const info = await platform.appInfo().catch(() => null)
  const json = await backupJson(database, { now, appVersion: info?.appVersion ?? null })
  if (platform.backups) {
    const result = await platform.backups.write(json, 'manual')
    if (result.status === 'written' || result.status === 'unchanged')
      await markBackedUp(database, now)
    return { where: 'folder', result }
  }
  const name = `hujia-backup-${toDateString(now)}.json`
  const saved = await platform.saveFile(name, json, 'json')
  if (saved.saved) await markBackedUp(database, now)
  return { where: 'download', name }
}

/**
 * Electron only: writes today's daily backup when the folder has none for today. An empty
 * database is never backed up automatically: after a lost IndexedDB, empty dailies would
 * otherwise rotate the good ones away.
 */
export async function dailyBackupIfDue(
  platform: Pick<Platform, 'backups' | 'appInfo'>,
  database: HujiaDb = db,
  now: Date = new Date(),
): Promise<BackupWriteResult | null> {
  if (!platform.backups || !(await hasUserData(database))) return null
  const entries = await platform.backups.list()
  const dailies = entries
    .filter((e) => parseBackupFileName(e.name)?.kind === 'daily')
    .map((e) => e.date)
  if (!dailyBackupDue(dailies, now)) return null
  const info = await platform.appInfo().catch(() => null)
  const json = await backupJson(database, { now, appVersion: info?.appVersion ?? null })
  const result = await platform.backups.write(json, 'daily')
  if (result.status === 'written') await markBackedUp(database, now)
  return result
}
