// Restoring a backup: preview what it holds against what is stored, then replace every user table
// in ONE transaction (a failure or a reload mid-way leaves the database as it was).
import {
  BACKUP_TABLES,
  MAX_BACKUP_BYTES,
  readBackupText,
  type BackupReadResult,
  type BackupTable,
  type ValidBackup,
} from '@shared/backup'
import { decodeText } from '@shared/csv/decode'
import type { Place } from '@shared/pack'
import { binaryKind } from '@shared/files/kind'
import { db, USER_TABLES, type HujiaDb } from './db'
import { migrateSavedPlaces } from './places'

export interface TableCounts {
  table: BackupTable
  /** Rows in the backup. */
  incoming: number
  /** Rows stored now, which the restore replaces. */
  current: number
}

export interface RestorePreview {
  exportedAt: string
  appVersion: string | null
  upgradedFrom: number | null
  tables: TableCounts[]
  /** The backup's trips span, or null when it has none. */
  tripDates: { from: string; to: string } | null
}

/** Reads a picked file's bytes (any encoding a text editor may have saved it in). */
export async function readBackupBytes(bytes: Uint8Array): Promise<BackupReadResult> {
  if (bytes.length > MAX_BACKUP_BYTES)
    return {
      ok: false,
      error: { message: 'restore.errors.tooLarge', params: { mb: MAX_BACKUP_BYTES / 1024 / 1024 } },
    }
  if (bytes.length === 0) return { ok: false, error: { message: 'restore.errors.empty' } }
  const kind = binaryKind(bytes)
  if (kind) return { ok: false, error: { message: 'restore.errors.notText', params: { kind } } }
  return readBackupText(decodeText(bytes).text)
}

export async function previewRestore(
  backup: ValidBackup,
  database: HujiaDb = db,
): Promise<RestorePreview> {
  const tables: TableCounts[] = []
  for (const table of BACKUP_TABLES)
    tables.push({
      table,
      incoming: backup.tables[table].length,
      current: await database.table(table).count(),
    })
  let from = ''
  let to = ''
  for (const t of backup.tables.trips) {
    const d = t['date'] as string
    if (from === '' || d < from) from = d
    if (to === '' || d > to) to = d
  }
  return {
    exportedAt: backup.exportedAt,
    appVersion: backup.appVersion,
    upgradedFrom: backup.upgradedFrom,
    tables,
    tripDates: from ? { from, to } : null,
  }
}

/**
 * Replaces every user table with the backup's rows, all or nothing. The backup reminder counts
 * from now: everything stored is in the file just restored.
 */
export async function restoreBackup(
  backup: ValidBackup,
  database: HujiaDb = db,
  now: Date = new Date(),
): Promise<void> {
  await database.transaction(
    'rw',
    [...USER_TABLES.map((t) => database.table(t)), database.places],
    async () => {
      for (const table of BACKUP_TABLES) {
        const t = database.table(table)
        await t.clear()
        await t.bulkAdd(backup.tables[table])
      }
      // A backup from before pack v2 may name a home or work that pack v2 replaced.
      await migrateSavedPlaces(database, (await database.places.toArray()) as Place[], null)
      await database.settings.put({ key: 'backupClockFrom', value: now.toISOString() })
    },
  )
}
