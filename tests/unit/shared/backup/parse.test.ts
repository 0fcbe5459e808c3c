import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  backupChecksum,
  backupText,
  readBackupEnvelope,
  readBackupText,
  signBackup,
  BACKUP_SCHEMA_VERSION,
  type BackupDocument,
} from '@shared/backup'
import { canonicalJson } from '@shared/json/canonical'
import { emptyTables, backupDoc, backupFile, leg, trip, uuid } from '../../../fixtures/builders'

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8')

async function errorOf(text: string): Promise<string> {
  const r = await readBackupText(text)
  if (r.ok) throw new Error('expected the backup to be refused')
  return r.error.message
}

describe('backup checksum', () => {
  it('is the SHA-256 of the canonical content without the sha256 field', async () => {
    const doc = await backupDoc()
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    const { sha256: _s, ...content } = doc
    const { createHash } = await import('node:crypto')
    expect(doc.sha256).toBe(createHash('sha256').update(canonicalJson(content)).digest('hex'))
  })

  it('does not depend on key order or whitespace', async () => {
    const doc = await backupDoc({ ...emptyTables(), trips: [trip({ id: uuid(1) })] })
    const reordered = Object.fromEntries(Object.entries(doc).reverse())
    expect(Object.keys(reordered)[0]).toBe('sha256')
    expect(await backupChecksum(reordered)).toBe(doc.sha256)
    expect((await readBackupText(JSON.stringify(doc, null, 2))).ok).toBe(true)
  })

  it('changes when any value changes', async () => {
    const a = await backupDoc({ ...emptyTables(), trips: [trip({ id: uuid(1) })] })
    const b = await backupDoc({ ...emptyTables(), trips: [trip({ id: uuid(1), note: '改' })] })
    expect(a.sha256).not.toBe(b.sha256)
  })
})

describe('reading a backup', () => {
  it('accepts a backup this app wrote and returns its checked rows', async () => {
    const text = await backupFile({
      ...emptyTables(),
      trips: [trip({ id: uuid(1) }), trip({ id: uuid(2), note: '加班' })],
      settings: [{ key: 'theme', value: 'dark' }],
    })
    const r = await readBackupText(text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.backup.tables.trips.map((t) => t['id'])).toEqual([uuid(1), uuid(2)])
    expect(r.backup.tables.settings).toEqual([{ key: 'theme', value: 'dark' }])
    expect(r.backup.upgradedFrom).toBeNull()
  })

  it('refuses a tampered file: the content no longer matches the checksum', async () => {
    const text = await backupFile({ ...emptyTables(), trips: [trip({ id: uuid(1) })] })
    const tampered = text.replace('"fareFen":2450', '"fareFen":2')
    expect(tampered).not.toBe(text)
    expect(await errorOf(tampered)).toBe('restore.errors.checksum')
  })

  it('refuses a truncated or damaged file as not readable JSON', async () => {
    const text = await backupFile({ ...emptyTables(), trips: [trip({ id: uuid(1) })] })
    expect(await errorOf(text.slice(0, text.length / 2))).toBe('restore.errors.notJson')
    expect(await errorOf('')).toBe('restore.errors.empty')
    expect(await errorOf('\uFEFF  \n')).toBe('restore.errors.empty')
  })

  it('names what a file is when it is not a backup', async () => {
    expect(await errorOf('{"format":"hujia-commute/trips","version":1,"trips":[]}')).toBe(
      'restore.errors.tripsFile',
    )
    expect(await errorOf('{"format":1,"version":3,"sources":[]}')).toBe('restore.errors.packFile')
    expect(await errorOf('[1,2,3]')).toBe('restore.errors.notBackup')
    expect(await errorOf('{"hello":"world"}')).toBe('restore.errors.notBackup')
  })

  it('refuses a backup whose envelope is incomplete, naming the field', async () => {
    const doc = await backupDoc()
    const { exportedAt: _e, ...rest } = doc
    const r = await readBackupText(JSON.stringify(rest))
    expect(r).toEqual({
      ok: false,
      error: { message: 'restore.errors.badEnvelope', params: { field: 'exportedAt' } },
    })
  })

  it('refuses a backup from a newer app, saying which version', async () => {
    const doc = await backupDoc(emptyTables(), { schemaVersion: BACKUP_SCHEMA_VERSION + 1 })
    const r = await readBackupText(backupText(doc))
    expect(r).toEqual({
      ok: false,
      error: {
        message: 'restore.errors.newerVersion',
        params: { version: BACKUP_SCHEMA_VERSION + 1, current: BACKUP_SCHEMA_VERSION },
      },
    })
  })

  it('refuses a backup with a missing or an unknown table', async () => {
    const { visits: _v, ...missing } = emptyTables()
    expect(await readBackupText(backupText(await backupDoc(missing)))).toEqual({
      ok: false,
      error: { message: 'restore.errors.missingTable', params: { table: 'visits' } },
    })
    const extra = { ...emptyTables(), expenses: [] }
    expect(await errorOf(backupText(await backupDoc(extra)))).toBe('restore.errors.unknownTable')
  })

  // Issue 14, item 7: a table named __proto__ vanished when the tables were copied, and the rest
  // of the backup was restored as if it were whole.
  it('refuses a table named __proto__ instead of trimming it', async () => {
    const text = backupText(
      await backupDoc({ ...emptyTables(), ['__proto__']: [trip({ id: uuid(1) })] }),
    )
    expect(text).toContain('"__proto__":[')
    expect(await readBackupText(text)).toEqual({
      ok: false,
      error: { message: 'restore.errors.unknownTable', params: { table: '__proto__' } },
    })
  })

  // Issue 14, item 6: "Maximum call stack size exceeded".
  it('refuses a file nested 100,000 levels deep with a message, not a stack overflow', async () => {
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)
    expect(await errorOf(deep)).toBe('restore.errors.tooDeep')
    const inRow = (await backupFile()).replace(
      '"trips":[]',
      `"trips":[${'['.repeat(100_000)}${']'.repeat(100_000)}]`,
    )
    expect(await errorOf(inRow)).toBe('restore.errors.tooDeep')
  })

  it('refuses a backup with a bad row, naming the table, row, field and reason', async () => {
    const bad = trip({ id: uuid(2), legs: [leg({ fareFen: -100 })] })
    const r = await readBackupText(
      await backupFile({
        ...emptyTables(),
        trips: [trip({ id: uuid(1) }), bad, trip({ id: uuid(3), date: '1900-01-01' })],
      }),
    )
    expect(r).toEqual({
      ok: false,
      error: {
        message: 'restore.errors.badRow',
        params: {
          table: 'trips',
          row: 2,
          field: 'legs.0.fareFen',
          reason: 'validation.fareRange',
          count: 2,
        },
      },
    })
  })

  it('refuses a backup holding the same key twice', async () => {
    const r = await readBackupText(
      await backupFile({
        ...emptyTables(),
        trips: [trip({ id: uuid(1) }), trip({ id: uuid(1), note: 'again' })],
      }),
    )
    expect(r).toEqual({
      ok: false,
      error: { message: 'restore.errors.duplicateKey', params: { table: 'trips', key: uuid(1) } },
    })
  })

  it('keeps HTML and script in notes as plain text, unchanged', async () => {
    const note = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    const r = await readBackupText(
      await backupFile({ ...emptyTables(), trips: [trip({ id: uuid(1), note })] }),
    )
    expect(r.ok && r.backup.tables.trips[0]!['note']).toBe(note)
  })

  it('strips fields the schema does not know from trips', async () => {
    const doc = await backupDoc({
      ...emptyTables(),
      trips: [{ ...trip({ id: uuid(1) }), evil: '__proto__' }],
    })
    const r = await readBackupText(backupText(doc))
    expect(r.ok && 'evil' in r.backup.tables.trips[0]!).toBe(false)
  })
})

describe('the upgrade path', () => {
  it('upgrades a v1 backup: adds the medical tables and gives old trips an empty tag list', async () => {
    const text = fixture('v1-backup.json')
    const env = await readBackupEnvelope(text)
    expect(env.ok && env.doc.schemaVersion).toBe(1)
    const r = await readBackupText(text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.backup.upgradedFrom).toBe(1)
    expect(r.backup.schemaVersion).toBe(BACKUP_SCHEMA_VERSION)
    expect(r.backup.tables.filings).toEqual([])
    expect(r.backup.tables.visits).toEqual([])
    expect(r.backup.tables.trips.map((t) => t['tags'])).toEqual([[], []])
    expect(r.backup.tables.trips[0]!['note']).toBe('第一次坐高铁上班')
    expect(r.backup.tables.hospitalNotes[0]!['note']).toBe('挂号在二楼')
  })

  it('still checks the checksum of an old backup before upgrading it', async () => {
    const text = fixture('v1-backup.json').replace('挂号在二楼', '挂号在三楼')
    expect(await errorOf(text)).toBe('restore.errors.checksum')
  })

  it('refuses a v1 backup that already holds v2 tables', async () => {
    const { sha256: _s, ...v1 } = JSON.parse(fixture('v1-backup.json')) as BackupDocument
    const withV2 = await signBackup({ ...v1, tables: { ...v1.tables, filings: [] } })
    expect(await errorOf(backupText(withV2))).toBe('restore.errors.unknownTable')
  })
})
