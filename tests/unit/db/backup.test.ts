// Backup and restore against a real (fake-indexeddb) database: the Chinese round trip, the preview,
// the one-transaction restore, the v1 upgrade path, and taking backups through a stub platform.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  openDb,
  PACK_TABLES,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  SYNC_TABLES,
  USER_TABLES,
  type HujiaDb,
} from '@renderer/db/db'
import { freshDb } from './fresh-db'
import {
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  canUpgrade,
  readBackupText,
  TABLES_AT_VERSION,
  type ValidBackup,
} from '@shared/backup'
import { DEVICE_SETTINGS } from '@renderer/db/settings'
import { getTargets } from '@renderer/db/personal'
import { exportUserData } from '@renderer/db/user-data'
import {
  backupJson,
  backupReminder,
  dailyBackupIfDue,
  hasUserData,
  takeBackup,
} from '@renderer/db/backup'
import { previewRestore, readBackupBytes, restoreBackup } from '@renderer/db/backup-restore'
import type { Platform } from '@renderer/app/platform'
import type { BackupEntry, BackupWriteResult } from '@shared/ipc/api'
import { trip, uuid } from '../../fixtures/builders'
import { filing, visit } from '../shared/medical/helpers'
import { billLegs } from '../../fixtures/trips/bill-legs'

/** Every user table's rows, to compare a database before and after. */
/** Every user table, without this device's own settings (DEVICE_SETTINGS: never backed up). */
async function snapshot(d: HujiaDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const t of USER_TABLES) out[t] = await d.table(t).toArray()
  const local = new Set<string>(DEVICE_SETTINGS)
  out['settings'] = (out['settings'] as { key: string }[]).filter((s) => !local.has(s.key))
  return out
}

const NOW = new Date('2025-10-09T12:00:00Z')

// Text that breaks naive encoders: CJK, a character outside the BMP (𠮷), emoji, full-width
// punctuation, U+2028, combining marks, quotes and backslashes, HTML.
const HARD_TEXT = '上海虹桥→嘉兴南，𠮷野家 🚄「早班」\u2028第二行 é\u0301 "引号" \\ <b>粗</b>'

async function seed(d: HujiaDb): Promise<void> {
  await d.trips.bulkAdd([
    trip({ id: uuid(1), note: HARD_TEXT, tags: ['加班', '雨天'] }) as never,
    trip({
      id: uuid(2),
      date: '2025-10-08',
      legs: [
        {
          mode: 'crossBus',
          from: '嘉善',
          to: '枫泾',
          line: '嘉善—枫泾',
          payment: { kind: 'cash' },
          fareFen: 600,
          minutes: 45,
        },
        // From bills: a phone payment, and a 12306 ticket with the payment that bought it.
        ...billLegs,
      ],
    }) as never,
  ])
  await d.templates.add({
    id: uuid(10),
    name: '早上通勤（高铁）',
    order: 0,
    direction: 'toWork',
    legs: trip({ id: uuid(1) })['legs'] as never,
    departTime: '07:10',
    arriveTime: '08:30',
    note: '',
    tags: [],
    createdAt: NOW.toISOString(),
  })
  await d.cards.add({
    id: uuid(20),
    typeId: 'jx-citizen-card',
    nickname: '嘉兴市民卡',
    note: HARD_TEXT,
    createdAt: NOW.toISOString(),
  })
  await d.settings.bulkPut([
    { key: 'language', value: 'zh-CN' },
    { key: 'reminderTime', value: '08:30' },
    { key: 'targetArriveWork', value: '08:50' },
  ])
  await d.hospitalNotes.add({
    hospitalId: 'jx-first',
    favourite: true,
    note: '挂号：二楼 🏥',
    updatedAt: NOW.toISOString(),
  })
  await d.filings.add(filing({ note: HARD_TEXT }))
  await d.visits.add(visit({ department: '肾内科', note: '发票已交' }))
}

describe('the backup and the database agree', () => {
  it('covers every table that is not service data, at the current schema version', () => {
    // Every table of the open database is either the user's (backed up) or the pack's (shipped).
    const db = openDb(`hujia-tables-${crypto.randomUUID()}`)
    const notPack = db.tables
      .map((t) => t.name)
      .filter((n) => !(PACK_TABLES as readonly string[]).includes(n) && n !== 'packMeta')
      .filter((n) => !(SYNC_TABLES as readonly string[]).includes(n))
    expect(notPack.sort()).toEqual([...BACKUP_TABLES].sort())
    expect(BACKUP_SCHEMA_VERSION).toBe(SCHEMA_VERSION)
    db.close()
  })

  it('can upgrade a backup from every schema version, with the tables each version had', () => {
    const tables = new Set<string>()
    for (const v of SCHEMA_VERSIONS) {
      for (const [t, spec] of Object.entries(v.stores)) {
        if (!(USER_TABLES as readonly string[]).includes(t)) continue
        if (spec === null) tables.delete(t)
        else tables.add(t)
      }
      expect([...(TABLES_AT_VERSION[v.version] ?? [])].sort(), `tables at v${v.version}`).toEqual(
        [...tables].sort(),
      )
      expect(canUpgrade(v.version), `upgrade from v${v.version}`).toBe(true)
    }
  })
})

describe('round trip', () => {
  it('backup → restore → backup is byte-identical, Chinese text included', async () => {
    const source = await freshDb()
    await seed(source)
    const first = await backupJson(source, { now: NOW, appVersion: '0.1.0' })
    expect(first).toContain(HARD_TEXT.slice(0, 8))
    const read = await readBackupText(first)
    expect(read.ok).toBe(true)
    if (!read.ok) return

    const target = await freshDb()
    await restoreBackup(read.backup, target)
    const second = await backupJson(target, { now: NOW, appVersion: '0.1.0' })
    expect(second).toBe(first)
    expect(new TextEncoder().encode(second)).toEqual(new TextEncoder().encode(first))
    expect((await target.trips.get(uuid(1)))?.note).toBe(HARD_TEXT)
    // Leave-by's target arrival comes back as the user set it.
    expect(await getTargets(target)).toEqual({ toWork: '08:50', toHome: null })
    expect(await snapshot(target)).toEqual(await snapshot(source))
  })

  it("restores the error screen's pretty-printed export as well", async () => {
    const source = await freshDb()
    await seed(source)
    const doc = await exportUserData(source)
    const r = await readBackupBytes(new TextEncoder().encode(JSON.stringify(doc, null, 2)))
    expect(r.ok).toBe(true)
  })
})

describe('restore', () => {
  it('previews what the backup holds against what it replaces', async () => {
    const source = await freshDb()
    await seed(source)
    const read = await readBackupText(await backupJson(source, { now: NOW }))
    if (!read.ok) throw new Error(read.error.message)
    const target = await freshDb()
    await target.trips.bulkAdd([
      trip({ id: uuid(7) }),
      trip({ id: uuid(8) }),
      trip({ id: uuid(9) }),
    ] as never)
    const preview = await previewRestore(read.backup, target)
    expect(preview.exportedAt).toBe(NOW.toISOString())
    expect(preview.tripDates).toEqual({ from: '2025-10-08', to: '2025-10-09' })
    expect(preview.tables.find((t) => t.table === 'trips')).toEqual({
      table: 'trips',
      incoming: 2,
      current: 3,
    })
    expect(preview.tables.find((t) => t.table === 'visits')).toEqual({
      table: 'visits',
      incoming: 1,
      current: 0,
    })
    expect(await target.trips.count()).toBe(3) // a preview writes nothing
  })

  it('replaces every user table and leaves the service pack alone', async () => {
    const target = await freshDb()
    await target.trips.bulkAdd([trip({ id: uuid(7) }), trip({ id: uuid(8) })] as never)
    await target.sources.add({ id: 'src-x', title: 'pack row' })
    const source = await freshDb()
    await source.trips.add(trip({ id: uuid(1) }) as never)
    const read = await readBackupText(await backupJson(source))
    if (!read.ok) throw new Error(read.error.message)
    await restoreBackup(read.backup, target)
    expect((await target.trips.toArray()).map((t) => t.id)).toEqual([uuid(1)])
    expect(await target.sources.count()).toBe(1)
  })

  it('is one transaction: a failure in the last table leaves everything as it was', async () => {
    const target = await freshDb()
    await seed(target)
    const before = await snapshot(target)
    const read = await readBackupText(await backupJson(await freshDb()))
    if (!read.ok) throw new Error(read.error.message)
    // A row with no primary key makes the last bulkAdd fail after every other table was cleared.
    const broken: ValidBackup = {
      ...read.backup,
      tables: { ...read.backup.tables, visits: [{ note: 'no id' }] },
    }
    await expect(restoreBackup(broken, target)).rejects.toThrow()
    expect(await snapshot(target)).toEqual(before)
  })

  it('restores a v1 backup (fixture), upgraded on the way in', async () => {
    const bytes = readFileSync(join(__dirname, '../shared/backup/fixtures/v1-backup.json'))
    const read = await readBackupBytes(new Uint8Array(bytes))
    if (!read.ok) throw new Error(read.error.message)
    const target = await freshDb()
    const preview = await previewRestore(read.backup, target)
    expect(preview.upgradedFrom).toBe(1)
    await restoreBackup(read.backup, target)
    const trips = await target.trips.orderBy('id').toArray()
    expect(trips.map((t) => [t.note, t.tags])).toEqual([
      ['第一次坐高铁上班', []],
      ['', []],
    ])
    expect(await target.templates.count()).toBe(1)
    expect((await target.settings.get('theme'))?.value).toBe('dark')
    expect(await target.filings.count()).toBe(0)
  })

  it('refuses an oversized or empty file before reading it', async () => {
    expect(await readBackupBytes(new Uint8Array(0))).toEqual({
      ok: false,
      error: { message: 'restore.errors.empty' },
    })
    const big = { length: 151 * 1024 * 1024 } as Uint8Array
    expect((await readBackupBytes(big)).ok).toBe(false)
  })
})

function stubPlatform(entries: BackupEntry[] = [], kind: 'electron' | 'browser' = 'electron') {
  const write = vi.fn(async (_json: string, k: 'daily' | 'manual'): Promise<BackupWriteResult> => ({
    status: 'written',
    name: `hujia-${k}.json`,
    path: `/x/hujia-${k}.json`,
    removed: [],
  }))
  const saveFile = vi.fn(async () => ({ saved: true }))
  const platform: Pick<Platform, 'backups' | 'saveFile' | 'appInfo'> = {
    appInfo: async () =>
      kind === 'electron'
        ? {
            appVersion: '0.1.0',
            electronVersion: '39',
            chromeVersion: '142',
            platform: 'linux',
            userDataPath: '/x',
          }
        : null,
    saveFile,
    backups:
      kind === 'electron'
        ? { write, list: async () => entries, read: async () => '', openFolder: async () => true }
        : null,
  }
  return { platform, write, saveFile }
}

describe('taking backups', () => {
  let d: HujiaDb
  beforeEach(async () => {
    d = await freshDb()
    await d.trips.add(trip({ id: uuid(1) }) as never)
  })

  it('writes the daily backup when today has none, and records when', async () => {
    const { platform, write } = stubPlatform([
      { name: 'hujia-daily-2025-10-08.json', kind: 'daily', date: '2025-10-08', size: 1 },
    ])
    const now = new Date('2025-10-09T09:00:00+08:00')
    expect(await dailyBackupIfDue(platform, d, now)).not.toBeNull()
    expect(write).toHaveBeenCalledTimes(1)
    const [json, kind] = write.mock.calls[0]!
    expect(kind).toBe('daily')
    const read = await readBackupText(json)
    expect(read.ok && read.backup.appVersion).toBe('0.1.0')
    expect((await d.settings.get('lastBackupAt'))?.value).toBe(now.toISOString())
  })

  it('never backs up an empty database automatically (a lost store must not rotate good backups away)', async () => {
    const empty = await freshDb()
    await empty.settings.put({ key: 'language', value: 'en' })
    const { platform, write } = stubPlatform([])
    expect(await dailyBackupIfDue(platform, empty, NOW)).toBeNull()
    expect(write).not.toHaveBeenCalled()
  })

  it('does not write a second daily backup on the same day', async () => {
    const { platform, write } = stubPlatform([
      { name: 'hujia-daily-2025-10-09.json', kind: 'daily', date: '2025-10-09', size: 1 },
    ])
    expect(await dailyBackupIfDue(platform, d, new Date('2025-10-09T23:00:00+08:00'))).toBeNull()
    expect(write).not.toHaveBeenCalled()
  })

  it('back up now: Electron writes a manual backup; the browser downloads one', async () => {
    const electron = stubPlatform()
    const r = await takeBackup(electron.platform, d, NOW)
    expect(r.where).toBe('folder')
    expect(electron.write.mock.calls[0]![1]).toBe('manual')

    const browser = stubPlatform([], 'browser')
    const b = await takeBackup(browser.platform, d, NOW)
    expect(b).toEqual({ where: 'download', name: 'hujia-backup-2025-10-09.json' })
    const [name, content] = browser.saveFile.mock.calls[0]! as unknown as [string, string]
    expect(name).toBe('hujia-backup-2025-10-09.json')
    expect((await readBackupText(content)).ok).toBe(true)
    expect((await d.settings.get('lastBackupAt'))?.value).toBe(NOW.toISOString())
  })

  it('records a backup only when main kept the records (not when it refused or found them empty)', async () => {
    const electron = stubPlatform()
    electron.write.mockResolvedValueOnce({ status: 'throttled', retryInSeconds: 30 })
    const r = await takeBackup(electron.platform, d, NOW)
    expect(r).toEqual({ where: 'folder', result: { status: 'throttled', retryInSeconds: 30 } })
    expect(await d.settings.get('lastBackupAt')).toBeUndefined()
    electron.write.mockResolvedValueOnce({ status: 'empty' })
    await dailyBackupIfDue(electron.platform, d, NOW)
    expect(await d.settings.get('lastBackupAt')).toBeUndefined()
    electron.write.mockResolvedValueOnce({ status: 'unchanged', name: 'hujia-manual.json' })
    await takeBackup(electron.platform, d, NOW)
    expect((await d.settings.get('lastBackupAt'))?.value).toBe(NOW.toISOString())
  })

  // Issue 14, item 11: the reminder appeared right after the first trip and right after a restore.
  it('starts the reminder’s clock when data first appears, and again at a restore', async () => {
    const day = (n: number) => new Date(NOW.getTime() + n * 24 * 3600 * 1000)
    const fresh = await freshDb()
    expect(await backupReminder(fresh, NOW)).toEqual({ due: false, days: null })
    expect(await fresh.settings.get('backupClockFrom')).toBeUndefined()
    await fresh.trips.add(trip({ id: uuid(77) }))
    expect(await backupReminder(fresh, NOW)).toEqual({ due: false, days: null })
    expect(await backupReminder(fresh, day(6))).toEqual({ due: false, days: null })
    expect(await backupReminder(fresh, day(7))).toEqual({ due: true, days: null })

    // A restore of a backup taken a month ago: everything stored is in that file.
    const text = await backupJson(d, { now: day(-30) })
    const read = await readBackupText(text)
    if (!read.ok) throw new Error(read.error.message)
    await fresh.settings.put({ key: 'lastBackupAt', value: day(-30).toISOString() })
    await restoreBackup(read.backup, fresh, day(8))
    expect(await backupReminder(fresh, day(8))).toMatchObject({ due: false })
    expect(await backupReminder(fresh, day(15))).toMatchObject({ due: true })
  })

  it('knows whether there is anything worth backing up', async () => {
    const empty = await freshDb()
    await empty.settings.put({ key: 'theme', value: 'dark' })
    expect(await hasUserData(empty)).toBe(false)
    expect(await hasUserData(d)).toBe(true)
  })
})
