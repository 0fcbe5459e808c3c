// Sync with the app's real database: the change capture sees every write the app makes, the
// Dexie store merges other devices' records, device-only settings stay home, and a restore from a
// backup reaches the other devices as ordinary changes.
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type HujiaDb } from '@renderer/db/db'
import { restoreBackup } from '@renderer/db/backup-restore'
import { DexieSyncStore } from '@renderer/db/sync-store'
import { SETTING_SCOPE } from '@renderer/db/setting-scope'
import { DEVICE_SETTINGS } from '@renderer/db/settings'
import { addTrip, deleteTrip, restoreTrip, updateTrip } from '@renderer/db/trips'
import { exportUserData } from '@renderer/db/user-data'
import { readBackupText, backupText } from '@shared/backup'
import { toBase64 } from '@shared/sync/bytes'
import { syncOnce } from '@shared/sync/engine'
import { connect } from '@shared/sync/setup'
import { draftOf } from '@shared/trips/draft'
import { SCHEMA_VERSION } from '@renderer/db/db'
import { TEST_KDF, TEST_PASSPHRASE } from '../../fixtures/sync/devices'
import { MemoryServer, MemoryTransport } from '../../fixtures/sync/memory-transport'
import { trip } from '../../fixtures/builders'
import { billLegs } from '../../fixtures/trips/bill-legs'

const opened: HujiaDb[] = []
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close()
    await d.delete()
  }
})

async function device(server: MemoryServer) {
  const db = openDb('sync-' + crypto.randomUUID())
  opened.push(db)
  await db.open()
  const store = new DexieSyncStore(db)
  const t = new MemoryTransport(server)
  return {
    db,
    store,
    t,
    async join() {
      const r = await connect(t, TEST_PASSPHRASE, { kdf: TEST_KDF, minKdfN: 1 })
      if (!r.ok) throw new Error(r.error)
      await store.init(r.keyId, toBase64(r.dataKey))
    },
    sync: () => syncOnce({ store, transport: t, schemaVersion: SCHEMA_VERSION }),
  }
}

const NOTE = '周五早班，G7501 晚点十分钟'
const now = new Date()
const today = now.toISOString().slice(0, 10)

describe('sync with the app database', () => {
  it('records nothing before sync is set up', async () => {
    const a = await device(new MemoryServer())
    await addTrip(draftOf(trip({ date: today })), a.db, now)
    expect(await a.db.syncMeta.count()).toBe(0)
  })

  it('carries trips, edits, deletes and an undo between two databases', async () => {
    const server = new MemoryServer()
    const a = await device(server)
    const b = await device(server)
    const before = await addTrip(draftOf(trip({ date: today, note: '设置同步前记的' })), a.db, now)
    await a.join()
    await b.join()
    const t1 = await addTrip(draftOf(trip({ date: today, note: NOTE })), a.db, now)
    await a.sync()
    expect((await b.sync()).received).toBe(2)
    expect((await b.db.trips.get(t1.id))?.note).toBe(NOTE)
    expect((await b.db.trips.get(before.id))?.note).toBe('设置同步前记的')

    await updateTrip(t1.id, { ...draftOf(t1), note: '改过的备注' }, b.db, new Date())
    await b.sync()
    await a.sync()
    expect((await a.db.trips.get(t1.id))?.note).toBe('改过的备注')

    const deleted = (await deleteTrip(t1.id, a.db))!
    await a.sync()
    await b.sync()
    expect(await b.db.trips.get(t1.id)).toBeUndefined()

    // Undo on A puts it back everywhere.
    await restoreTrip(deleted, a.db)
    await a.sync()
    await b.sync()
    expect((await b.db.trips.get(t1.id))?.note).toBe('改过的备注')
  })

  it('carries a bill-imported leg paid in an app, and a 12306 ticket with the payment that bought it', async () => {
    const server = new MemoryServer()
    const a = await device(server)
    const b = await device(server)
    await a.join()
    await b.join()
    const imported = trip({
      id: crypto.randomUUID(),
      date: today,
      legs: billLegs,
    })
    await a.db.trips.add(imported)
    await a.sync()
    expect((await b.sync()).received).toBe(1)
    expect(await b.db.trips.get(imported.id)).toEqual(imported)
  })

  it('keeps every setting that backups leave out on its device', () => {
    for (const key of DEVICE_SETTINGS) expect(SETTING_SCOPE[key], key).toBe('device')
  })

  it('shares home, work and the target arrival times but not the theme or language', async () => {
    const server = new MemoryServer()
    const a = await device(server)
    const b = await device(server)
    await a.join()
    await b.join()
    await a.db.settings.bulkPut([
      { key: 'homePlaceId', value: 'place-shanghai' },
      { key: 'targetArriveWork', value: '09:00' },
      { key: 'targetArriveHome', value: '18:30' },
      { key: 'theme', value: 'dark' },
      { key: 'language', value: 'en' },
    ])
    await a.sync()
    await b.sync()
    expect(await b.db.settings.orderBy('key').toArray()).toEqual([
      { key: 'homePlaceId', value: 'place-shanghai' },
      { key: 'targetArriveHome', value: '18:30' },
      { key: 'targetArriveWork', value: '09:00' },
    ])
  })

  it('a restore from a backup reaches the other device as ordinary changes', async () => {
    const server = new MemoryServer()
    const a = await device(server)
    const b = await device(server)
    await a.join()
    await b.join()
    const kept = await addTrip(draftOf(trip({ date: today, note: '备份里有' })), a.db, now)
    const text = backupText(await exportUserData(a.db))
    const later = await addTrip(draftOf(trip({ date: today, note: '备份之后记的' })), a.db, now)
    await deleteTrip(kept.id, a.db)
    await a.sync()
    await b.sync()
    expect((await b.db.trips.toArray()).map((t) => t.id)).toEqual([later.id])

    const parsed = await readBackupText(text)
    if (!parsed.ok) throw new Error('backup did not read')
    await restoreBackup(parsed.backup, a.db)
    await a.sync()
    await b.sync()
    expect((await b.db.trips.toArray()).map((t) => t.note)).toEqual(['备份里有'])
  })

  it('a trip deleted on one device and edited on the other stays deleted', async () => {
    const server = new MemoryServer()
    const a = await device(server)
    const b = await device(server)
    await a.join()
    await b.join()
    const t1 = await addTrip(draftOf(trip({ date: today })), a.db, now)
    await a.sync()
    await b.sync()
    await deleteTrip(t1.id, a.db)
    await updateTrip(
      t1.id,
      { ...draftOf(t1), note: 'edited after the delete' },
      b.db,
      new Date(Date.now() + 5000),
    )
    await a.sync()
    await b.sync()
    await a.sync()
    expect(await a.db.trips.count()).toBe(0)
    expect(await b.db.trips.count()).toBe(0)
  })
})
