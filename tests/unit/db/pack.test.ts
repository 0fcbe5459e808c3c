import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, test } from 'vitest'
import { openDb, PACK_TABLES, type HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import { getPackMeta, importPackFile, resetToShippedPack, seedShippedPack } from '@renderer/db/pack'
import { findMissing, packRecordExists } from '@renderer/db/pack-queries'

const FIXTURES = fileURLToPath(new URL('../../fixtures/packs/', import.meta.url))
const text = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8')
const fixture = (name: string) => async () => JSON.parse(text(name)) as unknown
const v1 = fixture('pack-v1.json')
const v2 = fixture('pack-v2.json')

let db: HujiaDb

beforeEach(async () => {
  db = await freshDb()
})

/** Everything in the pack tables and packMeta, to prove a refused import changed nothing. */
async function packSnapshot() {
  const tables = await Promise.all(PACK_TABLES.map(async (t) => [t, await db.table(t).toArray()]))
  return { tables: Object.fromEntries(tables), meta: await getPackMeta(db) }
}

async function addUserData() {
  await db.hospitalNotes.bulkPut([
    { hospitalId: 'test-hospital-a', favourite: true, note: '', updatedAt: '2026-01-02T00:00:00Z' },
    {
      hospitalId: 'test-hospital-b',
      favourite: true,
      note: '儿科',
      updatedAt: '2026-01-02T00:00:00Z',
    },
  ])
  await db.cards.put({
    id: '0b7e0c2a-6f4e-4a57-9f43-3f7e2a1c9d10',
    typeId: 'test-card-b',
    nickname: '旧卡',
    note: '',
    createdAt: '2026-01-02T00:00:00Z',
  })
  await db.settings.put({ key: 'language', value: 'en' })
}

describe('seedShippedPack', () => {
  test('loads every table and the meta row on first start', async () => {
    const result = await seedShippedPack(db, v1)
    expect(result).toMatchObject({
      status: 'seeded',
      meta: { version: 1, origin: 'shipped', asOf: '2026-01-01' },
    })
    expect(await db.hospitals.count()).toBe(2)
    expect(await db.cardTypes.count()).toBe(2)
    expect(await db.sources.count()).toBe(2)
  })

  test('does nothing when the stored pack is as new', async () => {
    const first = await seedShippedPack(db, v1)
    await db.hospitals.delete('test-hospital-a') // would come back if it re-seeded
    const again = await seedShippedPack(db, v1)
    expect(again).toEqual({ status: 'upToDate', meta: first.meta })
    expect(await db.hospitals.count()).toBe(1)
  })

  test('seeds the real shipped pack through the lazy loader', async () => {
    const result = await seedShippedPack(db)
    expect(result.status).toBe('seeded')
    const shipped = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../../../resources/data/pack.json', import.meta.url)),
        'utf8',
      ),
    )
    expect(result.meta).toMatchObject({ version: shipped.version, sha256: shipped.sha256 })
    for (const table of PACK_TABLES)
      expect(await db.table(table).count(), table).toBe(shipped[table].length)
  })

  test('upgrades v1 → v2, keeping user data that points into the pack', async () => {
    await seedShippedPack(db, v1)
    await addUserData()

    const result = await seedShippedPack(db, v2)

    expect(result).toMatchObject({ status: 'upgraded', meta: { version: 2 } })
    expect((await db.hospitals.get('test-hospital-a'))?.['name']).toEqual({
      zh: '测试医院甲（新名）',
      en: 'Test hospital A (renamed)',
    })
    // Favourites and cards survive, including those whose record is gone…
    expect(await db.hospitalNotes.count()).toBe(2)
    expect((await db.cards.toArray()).map((c) => c.typeId)).toEqual(['test-card-b'])
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' })
    // …and the app can tell which references no longer resolve.
    expect(await findMissing(db, 'hospitals', ['test-hospital-a', 'test-hospital-b'])).toEqual(
      new Set(['test-hospital-b']),
    )
    expect(await findMissing(db, 'cardTypes', ['test-card-b', 'test-card-a'])).toEqual(
      new Set(['test-card-b']),
    )
    expect(await packRecordExists(db, 'hospitals', 'test-hospital-a')).toBe(true)
    expect(await packRecordExists(db, 'hospitals', 'test-hospital-b')).toBe(false)
    expect(await db.partnerships.count()).toBe(0)
  })

  test('leaves an imported pack alone unless the shipped one is newer', async () => {
    await seedShippedPack(db, v1)
    expect(await importPackFile(db, text('pack-v2.json'))).toMatchObject({ ok: true })
    expect(await seedShippedPack(db, v1)).toMatchObject({
      status: 'upToDate',
      meta: { version: 2, origin: 'imported' },
    })

    const v3 = async () => ({ ...(JSON.parse(text('pack-v2.json')) as object), version: 3 })
    // An unsigned v3 is a broken build: refused loudly, nothing written.
    await expect(seedShippedPack(db, v3)).rejects.toThrow(/shipped service pack is invalid/)
    expect((await getPackMeta(db))?.origin).toBe('imported')
  })

  test('refuses an invalid shipped pack and writes nothing', async () => {
    await expect(seedShippedPack(db, fixture('bad-dangling-ref.json'))).rejects.toThrow(
      /cardTypeId/,
    )
    expect(await getPackMeta(db)).toBeUndefined()
    expect(await db.cardTypes.count()).toBe(0)
  })
})

describe('importPackFile', () => {
  beforeEach(async () => {
    await seedShippedPack(db, v1)
    await addUserData()
  })

  test('imports a newer, valid pack file', async () => {
    const result = await importPackFile(db, text('pack-v2.json'))
    expect(result).toMatchObject({
      ok: true,
      meta: { version: 2, origin: 'imported', asOf: '2026-06-01' },
    })
    expect(await db.hospitals.count()).toBe(1)
    expect(await db.hospitalNotes.count()).toBe(2)
  })

  test.each<[string, () => string, string, RegExp]>([
    ['not JSON', () => '{"format": 1,', 'json', /not JSON/],
    [
      'an equal version',
      () => text('pack-v1.json'),
      'version',
      /version 1 is not newer than the installed version 1/,
    ],
    ['a checksum mismatch', () => text('bad-checksum.json'), 'checksum', /checksum mismatch/],
    [
      'a record without a source',
      () => text('bad-no-source.json'),
      'schema',
      /needs at least one source/,
    ],
    ['a source without a date', () => text('bad-source-no-date.json'), 'schema', /.+/],
    [
      'a dangling reference',
      () => text('bad-dangling-ref.json'),
      'danglingRef',
      /"test-card-gone" is not in cardTypes/,
    ],
    [
      'a duplicate id',
      () => text('bad-duplicate-id.json'),
      'duplicateId',
      /duplicate id "test-hospital-a"/,
    ],
  ])(
    'refuses %s, naming the problem, with the database unchanged',
    async (_name, file, code, message) => {
      const before = await packSnapshot()
      const users = { notes: await db.hospitalNotes.toArray(), cards: await db.cards.toArray() }

      const result = await importPackFile(db, file())

      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.problems[0]).toMatchObject({ code, message: expect.stringMatching(message) })
      expect(await packSnapshot()).toEqual(before)
      expect({ notes: await db.hospitalNotes.toArray(), cards: await db.cards.toArray() }).toEqual(
        users,
      )
    },
  )

  test('refuses an older version once a newer one is installed', async () => {
    await importPackFile(db, text('pack-v2.json'))
    const before = await packSnapshot()
    const result = await importPackFile(db, text('pack-v1.json'))
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'version',
          path: 'version',
          message: 'version 1 is not newer than the installed version 2',
          detail: { key: 'notNewer', params: { version: 1, installed: 2 } },
        },
      ],
    })
    expect(await packSnapshot()).toEqual(before)
  })

  // Issue 14, item 6: raw English JSON.parse errors, and a trips export called "not newer".
  test.each<[string, string, { key: string; params: Record<string, string> }]>([
    ['a damaged file', '{"format": 1,', { key: 'notJson', params: {} }],
    [
      'a trips export',
      JSON.stringify({ format: 'hujia-commute/trips', version: 1, trips: [] }),
      { key: 'notPack', params: { kind: 'trips' } },
    ],
    [
      'a backup',
      JSON.stringify({ app: 'hujia-commute', kind: 'user-data', schemaVersion: 2, tables: {} }),
      { key: 'notPack', params: { kind: 'backup' } },
    ],
    ['other JSON', '{"version": 99}', { key: 'notPack', params: { kind: 'otherJson' } }],
    [
      'a file nested 100,000 deep',
      '['.repeat(100_000) + ']'.repeat(100_000),
      { key: 'tooDeep', params: {} },
    ],
  ])('says what %s is, in words the interface translates', async (_name, file, detail) => {
    const result = await importPackFile(db, file)
    expect(result.ok ? null : result.problems.map((p) => p.detail)).toEqual([detail])
  })

  test('names the path of a problem', async () => {
    const result = await importPackFile(db, text('bad-source-no-date.json'))
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'schema', path: 'sources[1].date' }],
    })
  })
})

test('resetToShippedPack restores the shipped pack and keeps user data', async () => {
  await seedShippedPack(db, v1)
  await addUserData()
  await importPackFile(db, text('pack-v2.json'))

  const meta = await resetToShippedPack(db, v1)

  expect(meta).toMatchObject({ version: 1, origin: 'shipped' })
  expect(await getPackMeta(db)).toEqual(meta)
  expect(await db.hospitals.count()).toBe(2)
  expect(await db.hospitalNotes.count()).toBe(2)
  expect(await db.cards.count()).toBe(1)
})

describe('the version check at start', () => {
  test('does not load the shipped pack when the stored one is as new as the build says', async () => {
    const fixture = (await import('../../../resources/data/pack.json')).default
    const database = openDb(`version-${crypto.randomUUID()}`)
    await seedShippedPack(database, async () => fixture)
    let loads = 0
    const counted = async () => {
      loads++
      return fixture
    }
    const again = await seedShippedPack(database, counted, fixture.version)
    expect(again.status).toBe('upToDate')
    expect(loads).toBe(0)
    const newer = await seedShippedPack(database, counted, fixture.version + 1)
    expect(loads).toBe(1)
    expect(newer.status).toBe('upToDate') // the file itself is not newer: nothing is rewritten
    database.close()
  })
})
