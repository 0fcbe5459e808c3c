// Reading a backup file: refuse what is not one, what was damaged or edited (checksum), what a
// newer app wrote; upgrade an older one; then check every row. Nothing here writes: the caller
// writes the result in one transaction, or shows the error.
import { z } from 'zod'
import { documentKind, nestsDeeperThan } from '../files/kind'
import { backupChecksum } from './checksum'
import {
  BACKUP_APP,
  BACKUP_KEYS,
  BACKUP_KIND,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  OLDEST_BACKUP_SCHEMA_VERSION,
  TABLES_AT_VERSION,
  type BackupDocument,
  type BackupError,
  type BackupReadResult,
  type BackupTable,
  type ValidBackup,
} from './format'
import { rowChecks } from './rows'
import { canUpgrade, upgradeTables } from './upgrade'

const envelopeSchema = z.object({
  app: z.literal(BACKUP_APP),
  kind: z.literal(BACKUP_KIND),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string().min(1),
  appVersion: z.string().nullable(),
  tables: z.record(z.string(), z.array(z.unknown())),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

type Fail = { ok: false; error: BackupError }
const fail = (message: string, params?: BackupError['params']): Fail => ({
  ok: false,
  error: params ? { message, params } : { message },
})

/** What a file that is not a backup probably is, for a message that says where it belongs. */
function otherKind(data: unknown): string {
  const kind = documentKind(data)
  if (kind === 'trips') return 'restore.errors.tripsFile'
  if (kind === 'pack') return 'restore.errors.packFile'
  return 'restore.errors.notBackup'
}

/**
 * Table names as written in the file. Read from the parsed JSON itself: a name like `__proto__`
 * is an own key there, but not once copied into a new object, so it would vanish unnoticed.
 */
function unknownTable(raw: Record<string, unknown>, version: number): string | null {
  const tables = raw['tables']
  if (typeof tables !== 'object' || tables === null) return null
  const expected: readonly string[] = TABLES_AT_VERSION[version] ?? []
  return Object.keys(tables).find((t) => !expected.includes(t)) ?? null
}

/**
 * Steps that need no row checks: JSON, envelope, version and checksum. The main process runs
 * these before it writes a backup, so a damaged document never rotates a good one away.
 */
export async function readBackupEnvelope(
  text: string,
): Promise<{ ok: true; doc: BackupDocument } | Fail> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return fail('restore.errors.empty')
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return fail('restore.errors.notJson')
  }
  if (nestsDeeperThan(data)) return fail('restore.errors.tooDeep')
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('restore.errors.notBackup')
  const raw = data as Record<string, unknown>
  if (raw['app'] !== BACKUP_APP || raw['kind'] !== BACKUP_KIND) return fail(otherKind(data))
  const parsed = envelopeSchema.safeParse(data)
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || '(file)'
    return fail('restore.errors.badEnvelope', { field })
  }
  const doc = parsed.data
  if (doc.schemaVersion > BACKUP_SCHEMA_VERSION)
    return fail('restore.errors.newerVersion', {
      version: doc.schemaVersion,
      current: BACKUP_SCHEMA_VERSION,
    })
  if (doc.schemaVersion < OLDEST_BACKUP_SCHEMA_VERSION || !canUpgrade(doc.schemaVersion))
    return fail('restore.errors.tooOld', { version: doc.schemaVersion })
  const stray = unknownTable(raw, doc.schemaVersion)
  if (stray !== null) return fail('restore.errors.unknownTable', { table: stray })
  if ((await backupChecksum(data)) !== doc.sha256) return fail('restore.errors.checksum')
  return { ok: true, doc }
}

/** Table set, upgrade, row checks and unique keys of an envelope that passed readBackupEnvelope. */
export function validateBackup(doc: BackupDocument): BackupReadResult {
  const expected = TABLES_AT_VERSION[doc.schemaVersion] ?? []
  for (const table of Object.keys(doc.tables))
    if (!(expected as readonly string[]).includes(table))
      return fail('restore.errors.unknownTable', { table })
  for (const table of expected)
    if (!(table in doc.tables)) return fail('restore.errors.missingTable', { table })

  const upgraded = upgradeTables(doc.tables, doc.schemaVersion)
  const tables = {} as ValidBackup['tables']
  for (const table of BACKUP_TABLES) {
    const check = rowChecks[table]
    const key = BACKUP_KEYS[table]
    const seen = new Set<unknown>()
    const rows: Record<string, unknown>[] = []
    const raw = upgraded[table] ?? []
    for (let i = 0; i < raw.length; i++) {
      const r = check(raw[i])
      if (!r.ok) return badRow(table, i + 1, r.field, r.message, raw, check)
      const k = r.value[key]
      if (seen.has(k)) return fail('restore.errors.duplicateKey', { table, key: String(k) })
      seen.add(k)
      rows.push(r.value)
    }
    tables[table] = rows
  }
  return {
    ok: true,
    backup: {
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: doc.exportedAt,
      appVersion: doc.appVersion,
      upgradedFrom: doc.schemaVersion < BACKUP_SCHEMA_VERSION ? doc.schemaVersion : null,
      tables,
    },
  }
}

/** The first bad row, with how many rows of the table are bad in all. */
function badRow(
  table: BackupTable,
  row: number,
  field: string,
  reason: string,
  raw: unknown[],
  check: (r: unknown) => { ok: boolean },
): Fail {
  let count = 0
  for (const r of raw) if (!check(r).ok) count++
  return fail('restore.errors.badRow', { table, row, field: field || '—', reason, count })
}

/** The whole read: text in, a backup that is safe to write (or the reason it is not) out. */
export async function readBackupText(text: string): Promise<BackupReadResult> {
  const envelope = await readBackupEnvelope(text)
  if (!envelope.ok) return envelope
  return validateBackup(envelope.doc)
}
