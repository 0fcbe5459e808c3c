// Every schema version is opened over data written by the version before it; nothing may be lost.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { declareVersions, openDb, SCHEMA_VERSION, SCHEMA_VERSIONS } from '@renderer/db/db'
import { v1Fixture } from '../../fixtures/db/v1'
import { v2Fixture } from '../../fixtures/db/v2'
import { v3Fixture } from '../../fixtures/db/v3'
import { v4Fixture } from '../../fixtures/db/v4'
import { v5Fixture, v6Expected } from '../../fixtures/db/v5'
import { packSchema } from '@shared/pack/schema'

const fixtures: Record<number, Record<string, object[]>> = {
  1: v1Fixture,
  2: v2Fixture,
  3: v3Fixture,
  4: v4Fixture,
  5: v5Fixture,
}

/** What a version stores of the fixture before it, where its upgrade changes values. */
const expectedAfter: Record<number, Record<string, object[]>> = {
  6: v6Expected,
}

/** Matches a stored row that holds everything `value` held (an upgrade may add fields). */
function kept(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(kept)
  if (value !== null && typeof value === 'object')
    return expect.objectContaining(
      Object.fromEntries(Object.entries(value).map(([k, v]) => [k, kept(v)])),
    )
  return value
}

async function writeAt(name: string, version: number, data: Record<string, object[]>) {
  const old = new Dexie(name)
  declareVersions(old, version)
  await old.open()
  await old.transaction('rw', Object.keys(data), async () => {
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

describe('schema upgrades', () => {
  it('has a fixture of every version that a later version upgrades from', () => {
    for (const v of SCHEMA_VERSIONS.slice(1)) expect(fixtures[v.version - 1]).toBeDefined()
  })

  it.each(SCHEMA_VERSIONS.slice(1).map((v) => v.version))(
    'version %i opens data written by the version before it and loses nothing',
    async (version) => {
      const name = `upgrade-${version}-${crypto.randomUUID()}`
      const data = fixtures[version - 1]!
      await writeAt(name, version - 1, data)
      const db = new Dexie(name)
      declareVersions(db, version)
      await db.open()
      for (const [table, rows] of Object.entries(expectedAfter[version] ?? data)) {
        const stored = await db.table(table).toArray()
        expect(stored).toHaveLength(rows.length)
        for (const row of rows) expect(stored).toContainEqual(kept(row))
      }
      db.close()
    },
  )

  it('marks rail legs written by v2 as "e-invoice not requested" in v3, and only those', async () => {
    const name = `upgrade-v3-${crypto.randomUUID()}`
    await writeAt(name, 2, v2Fixture)
    const db = openDb(name)
    await db.open()
    const [trip] = await db.trips.toArray()
    expect(trip?.legs.map((l) => [l.mode, l.invoice])).toEqual([
      ['metro', undefined],
      ['hsr', false],
    ])
    expect(trip?.legs.every((l) => l.bill === undefined)).toBe(true)
    // Saved commutes are not trips: no invoice is requested for them.
    const [template] = await db.templates.toArray()
    expect(template?.legs[0]?.invoice).toBeUndefined()
    db.close()
  })

  it('gives v1 trips an empty tag list and adds the medical tables in v2', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`
    await writeAt(name, 1, v1Fixture)
    const db = openDb(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    const [trip] = await db.trips.toArray()
    expect(trip?.tags).toEqual([])
    expect(trip?.note).toBe('早班高铁，准点')
    expect(await db.visits.count()).toBe(0)
    expect(await db.filings.count()).toBe(0)
    db.close()
  })
  it('v4 gives the stored pack v1 rows the fields format 2 reads, so screens can show them until v2 is installed', async () => {
    const name = `upgrade-v4-pack-${crypto.randomUUID()}`
    const v1 = JSON.parse(
      readFileSync(new URL('../../fixtures/packs/shipped-pack-v1.json', import.meta.url), 'utf8'),
    ) as Record<string, object[]>
    const sections = ['stations', 'railLinks', 'places', 'hospitals'] as const
    await writeAt(name, 3, Object.fromEntries(sections.map((s) => [s, v1[s]!])))
    const db = openDb(name)
    await db.open()
    for (const section of sections) {
      const rows = await db.table(section).toArray()
      expect(rows).toHaveLength(v1[section]!.length)
      const schema = packSchema.shape[section]
      expect(schema.safeParse(rows).error, section).toBeUndefined()
    }
    const first = await db.hospitals.get('jx-first-hospital')
    expect(first?.['level']).toEqual([
      { value: '三甲', note: null, sourceIds: ['docduoduo-jx-first'] },
    ])
    const place = await db.places.get('sh-fengjing')
    expect(place?.['parentIds']).toEqual([])
    expect(place?.['busLineIds']).toEqual(
      (v1['places'] as { id: string; busLineIds: string[] }[]).find((p) => p.id === 'sh-fengjing')!
        .busLineIds,
    )
    db.close()
  })

  it('v4 adds the service pack v2 tables and keeps the saved home and work as they were', async () => {
    const name = `upgrade-v4-${crypto.randomUUID()}`
    await writeAt(name, 3, v3Fixture)
    const db = openDb(name)
    await db.open()
    expect(await db.fareRules.count()).toBe(0)
    expect(await db.workCalendars.count()).toBe(0)
    expect(await db.contextNotes.count()).toBe(0)
    // The ids move to pack v2's places when that pack is installed (db/pack.ts), not here.
    expect((await db.settings.get('homePlaceId'))?.value).toBe('sh-hongqiao-hub')
    db.close()
  })

  it('adds the sync tables in v5, empty, and records nothing for the rows it upgrades', async () => {
    const name = `upgrade-v5-${crypto.randomUUID()}`
    await writeAt(name, 4, v4Fixture)
    const db = openDb(name)
    await db.open()
    expect(await db.visits.toArray()).toEqual(v4Fixture.visits)
    expect(await db.trips.toArray()).toEqual(v4Fixture.trips)
    expect(await db.syncMeta.count()).toBe(0)
    expect(await db.syncState.count()).toBe(0)
    expect(await db.syncFrames.count()).toBe(0)
    db.close()
  })

  it('v6 records imported phone payments that v5 wrote as cash as paid in the app, nothing else, and sends none of it to sync', async () => {
    const name = `upgrade-v6-${crypto.randomUUID()}`
    await writeAt(name, 5, v5Fixture)
    const db = openDb(name)
    await db.open()
    const imported = await db.trips.get('3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f')
    expect(imported?.legs.map((l) => l.payment)).toEqual([
      { kind: 'app', app: 'alipay' },
      { kind: 'app', app: 'wechat' },
      { kind: 'ticket' },
      { kind: 'card', cardId: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a' },
      { kind: 'cash' }, // typed by hand, no bill
    ])
    // The trips logged before any of this keep their legs as they were.
    for (const trip of v4Fixture.trips) expect(await db.trips.get(trip.id)).toEqual(trip)
    // Every device upgrades its own rows alike: nothing for sync to send.
    expect(await db.syncMeta.count()).toBe(0)
    db.close()
  })
})
