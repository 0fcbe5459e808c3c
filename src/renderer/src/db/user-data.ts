// Every user table as one signed JSON document: the body of backups (automatic, "back up now",
// downloads) and of the error screen's "export my data", so any of them can be restored.
// Service-pack tables are not included: they come back from the shipped pack.
import { signBackup, BACKUP_APP, BACKUP_KIND, type BackupDocument } from '@shared/backup'
import { db, SCHEMA_VERSION, USER_TABLES, type HujiaDb } from './db'
import { DEVICE_SETTINGS } from './settings'

/** The backup document (kept under its first name for the error screen). */
export type UserDataDocument = BackupDocument

export interface ExportOptions {
  now?: Date
  appVersion?: string | null
}

/** Reads every user table in one read transaction (a consistent snapshot) and signs the result. */
export async function exportUserData(
  database: HujiaDb = db,
  opts: ExportOptions = {},
): Promise<UserDataDocument> {
  const tables: Record<string, unknown[]> = {}
  await database.transaction(
    'r',
    USER_TABLES.map((t) => database.table(t)),
    async () => {
      for (const t of USER_TABLES) tables[t] = await database.table(t).toArray()
    },
  )
  const local = new Set<string>(DEVICE_SETTINGS)
  tables['settings'] = (tables['settings'] as { key: string }[]).filter((s) => !local.has(s.key))
  return signBackup({
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    appVersion: opts.appVersion ?? null,
    tables,
  })
}
