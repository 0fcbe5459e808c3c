// A home and work saved by the previous version (one of service pack v1's 23 stations and towns)
// keep working after pack v2 makes places the administrative divisions: each moves to the place
// that replaces it, with a notice naming what it was, and none is lost.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test } from 'vitest'
import Dexie from 'dexie'
import { declareVersions, openDb, type HujiaDb } from '@renderer/db/db'
import { seedShippedPack } from '@renderer/db/pack'
import { dismissPlaceNotice, type PlaceNotice } from '@renderer/db/places'
import { restoreBackup } from '@renderer/db/backup-restore'
import { BACKUP_TABLES, type ValidBackup } from '@shared/backup'
import { v3Fixture } from '../../fixtures/db/v3'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const json = (path: string) =>
  JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as {
    version: number
    places: { id: string; name: { zh: string } }[]
  }
const packV1 = json('tests/fixtures/packs/shipped-pack-v1.json')
const packV2 = json('resources/data/pack.json')

let db: HujiaDb | undefined
afterEach(async () => {
  db?.close()
  await db?.delete()
  db = undefined
})

/** A database as the previous version left it: schema 3, its user data, shipped pack v1. */
async function previousVersion(settings: { key: string; value: unknown }[]): Promise<HujiaDb> {
  const name = `places-${crypto.randomUUID()}`
  const old = new Dexie(name)
  declareVersions(old, 3)
  await old.open()
  await old.table('settings').bulkAdd(settings)
  old.close()
  const next = openDb(name)
  await next.open()
  await seedShippedPack(next, async () => packV1, 1)
  return next
}

const setting = async (d: HujiaDb, key: string) => (await d.settings.get(key))?.value

describe('upgrading to pack v2', () => {
  test('the v3 fixture’s home (Hongqiao station) and work (a Pinghu village) move, with notices', async () => {
    db = await previousVersion(v3Fixture.settings)
    expect(await setting(db, 'homePlaceId')).toBe('sh-hongqiao-hub')

    const result = await seedShippedPack(db, async () => packV2, packV2.version)
    expect(result.status).toBe('upgraded')
    expect(await setting(db, 'homePlaceId')).toBe('sh-minhang')
    // Same id, wider meaning (the village is now its town): the user is told.
    expect(await setting(db, 'workPlaceId')).toBe('jx-guangchen')
    expect(await setting(db, 'placeNotices')).toEqual([
      {
        role: 'home',
        fromId: 'sh-hongqiao-hub',
        from: expect.objectContaining({ zh: '上海虹桥站' }),
        toId: 'sh-minhang',
      },
      {
        role: 'work',
        fromId: 'jx-guangchen',
        from: expect.objectContaining({ zh: '广陈镇山塘村' }),
        toId: 'jx-guangchen',
      },
    ])
    expect(await setting(db, 'language')).toBe('zh-CN')
  })

  test.each(packV1.places.map((p) => [p.id, p.name.zh]))(
    'a home saved as %s (%s) still names a place of pack v2',
    async (id) => {
      db = await previousVersion([{ key: 'homePlaceId', value: id }])
      await seedShippedPack(db, async () => packV2, packV2.version)
      const now = await setting(db, 'homePlaceId')
      expect(packV2.places.map((p) => p.id)).toContain(now)
      const notices = (await setting(db, 'placeNotices')) as PlaceNotice[] | undefined
      // A moved id always comes with a notice; an id kept with the same meaning does not.
      if (now !== id)
        expect(notices).toEqual([expect.objectContaining({ role: 'home', fromId: id })])
    },
  )

  test('installing the same pack again moves nothing and adds no notice', async () => {
    db = await previousVersion(v3Fixture.settings)
    await seedShippedPack(db, async () => packV2, packV2.version)
    await dismissPlaceNotice('home', db)
    await dismissPlaceNotice('work', db)
    await db.packMeta.update('current', { version: 1 })
    await seedShippedPack(db, async () => packV2, packV2.version)
    expect(await setting(db, 'placeNotices')).toEqual([])
    expect(await setting(db, 'workPlaceId')).toBe('jx-guangchen')
  })

  test('a place nothing replaces stays as saved, for the screens to report as gone', async () => {
    db = await previousVersion([{ key: 'workPlaceId', value: 'jx-not-a-place' }])
    await seedShippedPack(db, async () => packV2, packV2.version)
    expect(await setting(db, 'workPlaceId')).toBe('jx-not-a-place')
    expect(await setting(db, 'placeNotices')).toBeUndefined()
  })
})

test('restoring a backup from before pack v2 moves its home and work too', async () => {
  db = openDb(`places-restore-${crypto.randomUUID()}`)
  await db.open()
  await seedShippedPack(db, async () => packV2, packV2.version)
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((t) => [t, []]),
  ) as unknown as ValidBackup['tables']
  tables.settings = [
    { key: 'homePlaceId', value: 'jx-jiaxing-south-hub' },
    { key: 'workPlaceId', value: 'sh-oriental-land' },
  ]
  await restoreBackup(
    {
      schemaVersion: 4,
      exportedAt: '2026-11-30T08:00:00.000Z',
      appVersion: '0.1.0',
      upgradedFrom: 3,
      tables,
    },
    db,
  )
  expect(await setting(db, 'homePlaceId')).toBe('jx-yuxin')
  expect(await setting(db, 'workPlaceId')).toBe('sh-qingpu')
  expect(((await setting(db, 'placeNotices')) as PlaceNotice[]).map((n) => n.from.zh)).toEqual([
    '嘉兴南站',
    '东方绿舟（地铁17号线）',
  ])
})
