// The bad-input corpus (tests/fixtures/bad-input) driven through every importer the app has:
// trips CSV, trips JSON, backup restore and the service pack. Each file must be refused with a
// message that exists in both languages, and every table (user data and pack) must be unchanged.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, PACK_TABLES, USER_TABLES, type HujiaDb } from '@renderer/db/db'
import { previewRestore, readBackupBytes, restoreBackup } from '@renderer/db/backup-restore'
import { commitTripImport } from '@renderer/db/trips'
import { importPackBytes, seedShippedPack, loadShippedPack } from '@renderer/db/pack'
import { decodeText } from '@shared/csv/decode'
import { tomorrow } from '@shared/calendar/dates'
import { readTripsCsv } from '@shared/trips/csv-import'
import { readTripsJson } from '@shared/trips/json'
import { readImportFile, type ReadResult } from '@shared/trips/import'
import { packChecksum } from '@shared/pack'
import { leg, trip, uuid } from '../../fixtures/builders'

const DIR = join(__dirname, '../../fixtures/bad-input')
const LOCALES = join(__dirname, '../../../src/renderer/src')

type Tree = { [k: string]: string | Tree }
const load = (p: string) => JSON.parse(readFileSync(join(LOCALES, p), 'utf8')) as Tree
const locales: Record<string, Record<'zh-CN' | 'en', Tree>> = {
  common: { 'zh-CN': load('app/locales/zh-CN.json'), en: load('app/locales/en.json') },
  trips: {
    'zh-CN': load('features/trips/locales/zh-CN.json'),
    en: load('features/trips/locales/en.json'),
  },
  backups: {
    'zh-CN': load('features/backups/locales/zh-CN.json'),
    en: load('features/backups/locales/en.json'),
  },
}

/** The key's text in a language, looked up in the namespaces the importer's screen uses. */
function translate(key: string, namespaces: string[], lang: 'zh-CN' | 'en'): string | null {
  for (const ns of namespaces) {
    for (const k of [key, `${key}_other`]) {
      let node: string | Tree | undefined = locales[ns]![lang]
      for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined
      if (typeof node === 'string' && node.trim() !== '') return node
    }
  }
  return null
}

interface Outcome {
  /** The i18n key (trips, backup) or the English text (pack) the user is shown. */
  message: string
  /** Keys are translated in these namespaces; null when the message is text already. */
  namespaces: string[] | null
  /** Rows the importer wrote. */
  written: number
}

const TOMORROW = tomorrow()

async function tripsOutcome(read: Promise<ReadResult>, db: HujiaDb): Promise<Outcome> {
  const r = await read
  const ns = ['trips', 'common']
  if (!r.ok) return { message: r.error.message, namespaces: ns, written: 0 }
  // What "Import" does once the user confirms; it writes only new, valid trips.
  const done = await commitTripImport(r.source.candidates, db)
  const firstIssue = done.invalid[0]?.issues[0]?.message
  const message =
    firstIssue ?? (done.duplicates.length > 0 ? 'import.duplicates' : 'import.nothing')
  return { message, namespaces: ns, written: done.fresh.length }
}

const importers: Record<
  string,
  (name: string, bytes: Uint8Array, db: HujiaDb) => Promise<Outcome>
> = {
  'trips CSV': (_n, bytes, db) =>
    tripsOutcome(readTripsCsv(bytes, { cards: [], tomorrow: TOMORROW }), db),
  'trips JSON': (_n, bytes, db) =>
    tripsOutcome(readTripsJson(decodeText(bytes).text, { tomorrow: TOMORROW }), db),
  'trips (by file name)': (name, bytes, db) =>
    tripsOutcome(readImportFile(name, bytes, { cards: [], tomorrow: TOMORROW }), db),
  backup: async (_n, bytes, db) => {
    const r = await readBackupBytes(bytes)
    if (!r.ok) return { message: r.error.message, namespaces: ['backups'], written: 0 }
    await previewRestore(r.backup, db)
    await restoreBackup(r.backup, db)
    return { message: 'restored', namespaces: null, written: 1 }
  },
  'service pack': async (_n, bytes, db) => {
    const r = await importPackBytes(db, bytes)
    if (r.ok) return { message: 'imported', namespaces: null, written: 1 }
    return { message: r.problems[0]?.message ?? '', namespaces: null, written: 0 }
  },
}

async function snapshot(db: HujiaDb): Promise<string> {
  const out: Record<string, unknown[]> = {}
  for (const t of [...USER_TABLES, ...PACK_TABLES, 'packMeta']) out[t] = await db.table(t).toArray()
  return JSON.stringify(out)
}

let db: HujiaDb
let before: string

beforeAll(async () => {
  db = openDb(`corpus-${crypto.randomUUID()}`)
  await db.open()
  await seedShippedPack(db)
  await db.trips.bulkAdd([
    trip({ id: uuid(1) }),
    trip({ id: uuid(2), date: '2025-10-08' }),
    trip({ id: uuid(3), note: '已存的行程' }),
  ] as never)
  await db.settings.put({ key: 'language', value: 'zh-CN' })
  await db.cards.add({
    id: uuid(20),
    typeId: 'jx-citizen-card',
    nickname: '市民卡',
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
  })
  before = await snapshot(db)
})

afterAll(async () => {
  db.close()
  await db.delete()
})

/** Valid trips whose notes hold HTML: the importers of their own format accept them (as text). */
const ACCEPTED: Record<string, string[]> = {
  'html-notes.csv': ['trips CSV', 'trips (by file name)'],
  'html-notes.json': ['trips JSON', 'trips (by file name)'],
}
const files = readdirSync(DIR)
  .filter((f) => /\.(csv|json)$/.test(f))
  .sort()

/** What the importer a file was made for must say (the other importers must refuse it too). */
const EXPECTED: Record<string, [importer: string, message: string | RegExp]> = {
  'truncated-trips.json': ['trips JSON', 'import.badJson'],
  'truncated-backup.json': ['backup', 'restore.errors.notJson'],
  'wrong-schema-trips.json': ['trips JSON', /^validation\./],
  'wrong-schema-backup.json': ['backup', 'restore.errors.badEnvelope'],
  'not-ours.json': ['backup', 'restore.errors.notBackup'],
  'tampered-backup.json': ['backup', 'restore.errors.checksum'],
  'newer-backup.json': ['backup', 'restore.errors.newerVersion'],
  'negative-fares.json': ['trips JSON', 'validation.fareRange'],
  'negative-fares.csv': ['trips CSV', 'validation.fareRange'],
  'years-1900-2099.json': ['trips JSON', 'validation.dateTooEarly'],
  'year-1900.csv': ['trips CSV', 'validation.dateTooEarly'],
  'year-2099.csv': ['trips CSV', 'validation.dateFuture'],
  'wrong-columns.csv': ['trips CSV', 'import.missingColumns'],
  'gbk.csv': ['trips CSV', 'validation.fareRange'],
  'bom-crlf.csv': ['trips CSV', 'validation.fareRange'],
  'formula-cells.csv': ['trips CSV', 'validation.date'],
  'unclosed-quote.csv': ['trips CSV', 'import.unclosedQuote'],
  'comma-fares.csv': ['trips CSV', 'validation.moneyComma'],
  'png-image.csv': ['trips (by file name)', 'import.notText'],
  'utf16-no-bom.csv': ['trips CSV', 'import.notText'],
  'proto-table-backup.json': ['backup', 'restore.errors.unknownTable'],
  'deep-backup.json': ['backup', 'restore.errors.tooDeep'],
  'duplicate-ids.csv': ['trips CSV', 'import.tripRowsDisagree'],
  'duplicate-ids.json': ['trips JSON', 'import.duplicates'],
  'duplicate-ids-backup.json': ['backup', 'restore.errors.duplicateKey'],
}

describe('the bad-input corpus', () => {
  it('has a file for every case the issue names', () => {
    expect(files.length).toBeGreaterThanOrEqual(27)
    for (const f of Object.keys(EXPECTED)) expect(files).toContain(f)
  })

  describe.each(files)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, file)))
    it.each(Object.keys(importers))(
      'is refused by the %s importer with a clear message, nothing written',
      async (name) => {
        const outcome = await importers[name]!(file, bytes, db)
        if (ACCEPTED[file]?.includes(name)) {
          // Accepted as text: undo so the next case starts from the same database.
          expect(outcome.written).toBe(1)
          await db.trips
            .where('id')
            .noneOf([uuid(1), uuid(2), uuid(3)])
            .delete()
          expect(await snapshot(db)).toBe(before)
          return
        }
        expect(outcome.written).toBe(0)
        expect(outcome.message).not.toBe('')
        if (outcome.namespaces) {
          for (const lang of ['zh-CN', 'en'] as const)
            expect(
              translate(outcome.message, outcome.namespaces, lang),
              `${outcome.message} (${lang})`,
            ).not.toBeNull()
        }
        const expected = EXPECTED[file]
        if (expected && expected[0] === name) expect(outcome.message).toMatch(expected[1])
        expect(await snapshot(db)).toBe(before)
      },
    )
  })

  it('reads GBK, BOM and CRLF correctly before refusing the rows', async () => {
    const gbk = await readTripsCsv(new Uint8Array(readFileSync(join(DIR, 'gbk.csv'))), {
      cards: [],
      tomorrow: TOMORROW,
    })
    expect(gbk.ok && gbk.source.encoding).toBe('gbk')
    const lines = gbk.ok ? gbk.source.candidates.map((c) => [c.at, c.issues?.[0]?.message]) : []
    expect(lines).toEqual([
      [2, 'validation.fareRange'],
      [3, 'validation.dateTooEarly'],
      [4, 'validation.dateFuture'],
    ])
    const crlf = await readTripsCsv(new Uint8Array(readFileSync(join(DIR, 'bom-crlf.csv'))), {
      cards: [],
      tomorrow: TOMORROW,
    })
    // The quoted note spans two lines, so the second record starts on file line 4.
    expect(crlf.ok && crlf.source.candidates.map((c) => c.at)).toEqual([2, 4])
  })

  it('stores HTML and script in notes exactly, as text', async () => {
    const html = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>加粗</b>'
    const r = await readImportFile(
      'html-notes.csv',
      new Uint8Array(readFileSync(join(DIR, 'html-notes.csv'))),
      {
        cards: [],
        tomorrow: TOMORROW,
      },
    )
    expect(r.ok && r.source.candidates[0]?.trip?.note).toBe(html)
  })

  it('refuses a 50 MB file in every importer, writing nothing', async () => {
    // ~50 MB of trips JSON: 2,000-character notes and a negative fare on every trip.
    const note = '长'.repeat(2000)
    const one = JSON.stringify(
      trip({
        id: uuid(9),
        note,
        legs: [leg({ fareFen: -1 })],
      }),
    )
    const count = Math.ceil((50 * 1024 * 1024) / new TextEncoder().encode(one).length)
    const text = `{"format":"hujia-commute/trips","version":1,"exportedAt":"2025-10-10T00:00:00Z","range":null,"trips":[${Array(count).fill(one).join(',\n')}]}`
    const bytes = new TextEncoder().encode(text)
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024)
    const messages: Record<string, string> = {}
    for (const [name, run] of Object.entries(importers)) {
      const outcome = await run('big.json', bytes, db)
      expect(outcome.written, name).toBe(0)
      messages[name] = outcome.message
    }
    expect(messages).toEqual({
      'trips CSV': 'import.missingColumns',
      'trips JSON': 'validation.fareRange',
      'trips (by file name)': 'validation.fareRange',
      backup: 'restore.errors.tripsFile',
      'service pack': 'the file is too large',
    })
    expect(await snapshot(db)).toBe(before)
  }, 120_000)

  it('refuses a pack with a duplicate id or a bad checksum, writing nothing', async () => {
    const pack = (await loadShippedPack()) as Record<string, unknown> & {
      sources: { id: string }[]
      version: number
    }
    const dup = { ...pack, version: pack.version + 1, sources: [...pack.sources, pack.sources[0]!] }
    const signed = { ...dup, sha256: await packChecksum(dup) }
    const r1 = await importers['service pack']!(
      'dup.json',
      new TextEncoder().encode(JSON.stringify(signed)),
      db,
    )
    expect(r1.message).toMatch(/duplicate id/)
    const tampered = { ...signed, sources: pack.sources, sha256: signed.sha256 }
    const r2 = await importers['service pack']!(
      'tampered.json',
      new TextEncoder().encode(JSON.stringify(tampered)),
      db,
    )
    expect(r2.message).toMatch(/checksum mismatch/)
    expect(await snapshot(db)).toBe(before)
  })
})
