// The backup document: every user table as JSON, with the schema version it was written at and a
// SHA-256 of its content. One format serves automatic backups, "back up now", downloads and the
// error screen's "export my data", so any of them can be restored.

export const BACKUP_APP = 'hujia-commute'
export const BACKUP_KIND = 'user-data'

/**
 * The database schema version this app writes (db.ts SCHEMA_VERSION; a unit test keeps the two
 * equal, so a new Dexie version cannot ship without a backup upgrade step).
 */
export const BACKUP_SCHEMA_VERSION = 6

/** The oldest schema version a backup may have and still be upgraded on restore. */
export const OLDEST_BACKUP_SCHEMA_VERSION = 1

/** The tables that hold what the user wrote, in order; db.ts's USER_TABLES is this list. */
export const BACKUP_TABLES = [
  'trips',
  'templates',
  'cards',
  'settings',
  'hospitalNotes',
  'filings',
  'visits',
] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]

/** Each table's primary key: restore refuses a backup holding the same key twice. */
export const BACKUP_KEYS: Record<BackupTable, string> = {
  trips: 'id',
  templates: 'id',
  cards: 'id',
  settings: 'key',
  hospitalNotes: 'hospitalId',
  filings: 'id',
  visits: 'id',
}

/** Tables that exist at each schema version (a backup must hold exactly these). */
export const TABLES_AT_VERSION: Record<number, readonly BackupTable[]> = {
  1: ['trips', 'templates', 'cards', 'settings', 'hospitalNotes'],
  2: BACKUP_TABLES,
  3: BACKUP_TABLES,
  4: BACKUP_TABLES,
  // v5 added the sync tables, which backups do not hold.
  5: BACKUP_TABLES,
  6: BACKUP_TABLES,
}

/** 150 MB: 100,000 multi-leg trips fit with room to spare; larger files are refused unread. */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024

export interface BackupDocument {
  app: typeof BACKUP_APP
  kind: typeof BACKUP_KIND
  schemaVersion: number
  /** ISO time the backup was taken. */
  exportedAt: string
  /** The app version that wrote it, when known. */
  appVersion: string | null
  tables: Record<string, unknown[]>
  /** Hex SHA-256 of canonicalJson(the document without this field). */
  sha256: string
}

/** A backup read, checked and upgraded to the current schema: safe to write. */
export interface ValidBackup {
  schemaVersion: number
  exportedAt: string
  appVersion: string | null
  /** The schema version the file was written at, when it was upgraded on the way in. */
  upgradedFrom: number | null
  tables: Record<BackupTable, Record<string, unknown>[]>
}

/** A problem with a backup file. `message` is an i18n key in the backups namespace. */
export interface BackupError {
  message: string
  params?: Record<string, string | number>
}

export type BackupReadResult = { ok: true; backup: ValidBackup } | { ok: false; error: BackupError }
