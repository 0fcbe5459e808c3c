// Backups against a real temporary folder with fake dates: naming, the monthly copy, rotation,
// atomic writes, and what main refuses so a page gone wrong cannot destroy the backups (issue 15):
// documents restore would refuse, empty ones over backups with records, manual ones too often,
// a backups path that is not a folder, bad entries, two writes at once, file modes.
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupDir,
  listBackups,
  MANUAL_INTERVAL_MS,
  readBackup,
  writeBackup,
} from '../../../src/main/backups'
import {
  BACKUP_APP,
  BACKUP_KIND,
  backupText,
  MAX_BACKUP_BYTES,
  readBackupText,
} from '@shared/backup'
import {
  emptyTables,
  backupDoc as makeDoc,
  backupFile as makeText,
  tripNo as trip,
} from '../../fixtures/builders'

let root: string
let dir: string
let json: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hujia-backups-'))
  dir = backupDir(root)
  json = await makeText({ ...emptyTables(), trips: [trip(1, { note: '上海⇄嘉兴 通勤' })] })
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Local noon on day `n` after 2025-01-01 (tests run in Asia/Shanghai). */
function day(n: number): Date {
  const d = new Date(2025, 0, 1, 12, 0, 0)
  d.setDate(d.getDate() + n)
  return d
}

/** `minutes` after 08:00 on 2025-05-01. */
const at = (minutes: number, seconds = 0): Date => new Date(2025, 4, 1, 8, minutes, seconds)

const files = async () => (await readdir(dir)).sort()
const settingsOnly = () =>
  makeText({ ...emptyTables(), settings: [{ key: 'language', value: 'en' }] })

async function written(p: ReturnType<typeof writeBackup>) {
  const r = await p
  if (r.status !== 'written') throw new Error(`expected a written backup, got ${r.status}`)
  return r
}

describe('writeBackup', () => {
  it('writes the document to <userData>/backups under its daily name, byte for byte', async () => {
    const r = await written(writeBackup(dir, json, 'daily', day(0)))
    expect(dir).toBe(join(root, 'backups'))
    expect(r.name).toBe('hujia-daily-2025-01-01.json')
    expect(r.path).toBe(join(dir, r.name))
    expect(await readFile(r.path, 'utf8')).toBe(json)
    expect((await readBackupText(await readBackup(dir, r.name))).ok).toBe(true)
  })

  it('keeps the first daily of each month as that month’s backup', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    const later = await makeText({ ...emptyTables(), trips: [trip(2)] })
    await writeBackup(dir, later, 'daily', day(0)) // the same day: replaces the daily only
    await writeBackup(dir, later, 'daily', day(1))
    expect(await files()).toEqual([
      'hujia-daily-2025-01-01.json',
      'hujia-daily-2025-01-02.json',
      'hujia-monthly-2025-01.json',
    ])
    expect(await readFile(join(dir, 'hujia-monthly-2025-01.json'), 'utf8')).toBe(json)
    expect(await readFile(join(dir, 'hujia-daily-2025-01-01.json'), 'utf8')).toBe(later)
  })

  it('over 400 days keeps 14 daily and 12 monthly backups, the newest ones', async () => {
    let removed = 0
    for (let n = 0; n < 400; n++)
      removed += (await written(writeBackup(dir, json, 'daily', day(n)))).removed.length
    const names = await files()
    const daily = names.filter((n) => n.startsWith('hujia-daily-'))
    const monthly = names.filter((n) => n.startsWith('hujia-monthly-'))
    expect(daily).toHaveLength(14)
    expect(daily.at(-1)).toBe('hujia-daily-2026-02-04.json') // day(399): 2025-01-01 + 399 days
    expect(daily[0]).toBe('hujia-daily-2026-01-22.json')
    expect(monthly).toHaveLength(12)
    expect(monthly[0]).toBe('hujia-monthly-2025-03.json')
    expect(monthly.at(-1)).toBe('hujia-monthly-2026-02.json')
    expect(names).toHaveLength(26)
    expect(removed).toBe(400 + 14 - 26) // 400 dailies + 14 monthlies written, 26 kept
  }, 60_000)

  it('reports what rotation removed', async () => {
    for (let n = 0; n < 14; n++) await writeBackup(dir, json, 'daily', day(n))
    const r = await written(writeBackup(dir, json, 'daily', day(14)))
    expect(r.removed).toEqual(['hujia-daily-2025-01-01.json'])
  })

  it('writes manual backups under their time and keeps the newest 20', async () => {
    for (let n = 0; n < 22; n++) {
      const doc = await makeText({ ...emptyTables(), trips: [trip(n + 1)] })
      await written(writeBackup(dir, doc, 'manual', at(n)))
    }
    const names = await files()
    expect(names).toHaveLength(20)
    expect(names[0]).toBe('hujia-manual-2025-05-01-080200.json')
    expect(names.some((n) => n.includes('monthly'))).toBe(false)
  })

  it('leaves no temporary file behind, and clears only the stale ones a crash left', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    const stale = join(dir, '.hujia-daily-2025-01-02.json.deadbeef0000.tmp')
    const fresh = join(dir, '.hujia-manual-2025-01-02-120000.json.0123456789ab.tmp')
    await writeFile(stale, '{"half')
    await writeFile(fresh, '{"in progress')
    const twoHoursAgo = new Date(day(1).getTime() - 2 * 60 * 60_000)
    await utimes(stale, twoHoursAgo, twoHoursAgo)
    await utimes(fresh, day(1), day(1))
    await writeBackup(dir, json, 'manual', day(1))
    expect((await files()).filter((n) => n.endsWith('.tmp'))).toEqual([
      '.hujia-manual-2025-01-02-120000.json.0123456789ab.tmp',
    ])
  })

  it('never touches files it did not write', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    await writeFile(join(dir, 'my-notes.txt'), 'keep me')
    for (let n = 1; n < 20; n++) await writeBackup(dir, json, 'daily', day(n))
    expect(await readFile(join(dir, 'my-notes.txt'), 'utf8')).toBe('keep me')
  })

  it('refuses a damaged or tampered document and writes nothing', async () => {
    await expect(writeBackup(dir, json.slice(0, 100), 'daily', day(0))).rejects.toThrow(
      /restore.errors.notJson/,
    )
    await expect(writeBackup(dir, json.replace('通勤', '通勤!'), 'manual', day(0))).rejects.toThrow(
      /restore.errors.checksum/,
    )
    await expect(readdir(dir)).rejects.toThrow() // the folder was never created
  })
})

describe('what a page gone wrong cannot do to the backups', () => {
  /** Twenty good manual backups, a minute apart, and today's daily. */
  async function seed(): Promise<string[]> {
    for (let n = 0; n < 20; n++) {
      const doc = await makeText({ ...emptyTables(), trips: [trip(n + 1)] })
      await writeBackup(dir, doc, 'manual', new Date(2025, 0, 1, 8, n))
    }
    await writeBackup(dir, json, 'daily', day(0))
    return files()
  }

  it('refuses a document restore would refuse (checksum right, rows wrong), before anything rotates', async () => {
    const before = await seed()
    const junk = backupText(await makeDoc({ ...emptyTables(), junk: [{ x: 1 }] }))
    const badRow = await makeText({ ...emptyTables(), trips: [trip(1, { date: '2025-13-40' })] })
    const dup = await makeText({ ...emptyTables(), trips: [trip(1), trip(1)] })
    const later = new Date(2025, 0, 2, 9)
    await expect(writeBackup(dir, junk, 'manual', later)).rejects.toThrow(/unknownTable/)
    await expect(writeBackup(dir, badRow, 'daily', later)).rejects.toThrow(/badRow/)
    await expect(writeBackup(dir, dup, 'daily', later)).rejects.toThrow(/duplicateKey/)
    expect(await files()).toEqual(before)
  })

  it('refuses a document larger than restore accepts, counted in UTF-8 bytes', async () => {
    // Fewer characters than the limit, more bytes: 3 bytes each in UTF-8.
    const big = '中'.repeat(Math.ceil(MAX_BACKUP_BYTES / 3) + 1)
    expect(big.length).toBeLessThan(MAX_BACKUP_BYTES)
    await expect(writeBackup(dir, big, 'manual', day(0))).rejects.toThrow(/tooLarge/)
    await expect(readdir(dir)).rejects.toThrow()
  })

  it('takes a manual backup at most once a minute; the same records again are not repeated', async () => {
    const first = await written(writeBackup(dir, json, 'manual', at(0)))
    const other = await makeText({ ...emptyTables(), trips: [trip(2)] })
    expect(await writeBackup(dir, other, 'manual', at(0, 30))).toEqual({
      status: 'throttled',
      retryInSeconds: 30,
    })
    // The same records (taken again, say, just before a restore): nothing new to keep.
    const again = backupText(await makeDoc(JSON.parse(json).tables, { exportedAt: 'later' }))
    expect(await writeBackup(dir, again, 'manual', at(0, 45))).toEqual({
      status: 'unchanged',
      name: first.name,
    })
    expect(await files()).toEqual([first.name])
    expect((await writeBackup(dir, other, 'manual', at(1))).status).toBe('written')
    expect(MANUAL_INTERVAL_MS).toBe(60_000)
  })

  it('twenty manual writes in twenty seconds cannot push the manual history out', async () => {
    const before = await seed()
    const results = []
    for (let s = 0; s < 20; s++) {
      const doc = await makeText({ ...emptyTables(), trips: [trip(100 + s)] })
      results.push((await writeBackup(dir, doc, 'manual', new Date(2025, 0, 1, 8, 20, s))).status)
    }
    expect(results[0]).toBe('written')
    expect(results.slice(1).every((s) => s === 'throttled')).toBe(true)
    const after = await files()
    expect(before.filter((n) => !after.includes(n))).toEqual([
      'hujia-manual-2025-01-01-080000.json',
    ])
  })

  it('never lets an empty backup replace backups while the newest one has records', async () => {
    const before = await seed()
    const empty = await makeText()
    expect(await writeBackup(dir, empty, 'daily', day(0))).toEqual({ status: 'empty' })
    expect(await writeBackup(dir, await settingsOnly(), 'daily', day(1))).toEqual({
      status: 'empty',
    })
    expect(await writeBackup(dir, empty, 'manual', day(5))).toEqual({ status: 'empty' })
    expect(await files()).toEqual(before)
    expect(await readFile(join(dir, 'hujia-daily-2025-01-01.json'), 'utf8')).toBe(json)
  })

  it('writes an empty backup when there is nothing better to keep', async () => {
    expect((await writeBackup(dir, await settingsOnly(), 'manual', day(0))).status).toBe('written')
    expect((await writeBackup(dir, await makeText(), 'daily', day(1))).status).toBe('written')
  })

  it('reports a backups path that is a file or a dangling link, and leaves it as it was', async () => {
    await writeFile(dir, 'not a folder')
    await expect(writeBackup(dir, json, 'daily', day(0))).rejects.toThrow(
      /backups folder cannot be used/,
    )
    expect(await readFile(dir, 'utf8')).toBe('not a folder')
    expect(await listBackups(dir)).toEqual([])
    await expect(readBackup(dir, 'hujia-daily-2025-01-01.json')).rejects.toThrow()

    await rm(dir)
    await symlink(join(root, 'gone'), dir)
    await expect(writeBackup(dir, json, 'daily', day(0))).rejects.toThrow(
      /backups folder cannot be used/,
    )
    expect((await lstat(dir)).isSymbolicLink()).toBe(true)
    expect(await readdir(root)).toEqual(['backups'])
  })

  it('follows a backups folder that is a link to a folder (a synced folder)', async () => {
    const synced = join(root, 'synced')
    await mkdir(synced)
    await symlink(synced, dir)
    await written(writeBackup(dir, json, 'daily', day(0)))
    expect(await readdir(synced)).toContain('hujia-daily-2025-01-01.json')
  })

  it('skips a dangling link or a folder named like a backup: listing, rotating and writing go on', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    await symlink(join(root, 'nowhere.json'), join(dir, 'hujia-daily-2024-12-31.json'))
    await mkdir(join(dir, 'hujia-manual-2024-12-31-080000.json'))
    expect((await listBackups(dir)).map((e) => e.name)).toEqual([
      'hujia-daily-2025-01-01.json',
      'hujia-monthly-2025-01.json',
    ])
    for (let n = 1; n < 16; n++) await written(writeBackup(dir, json, 'daily', day(n)))
    expect((await listBackups(dir)).filter((e) => e.kind === 'daily')).toHaveLength(14)
    expect((await lstat(join(dir, 'hujia-daily-2024-12-31.json'))).isSymbolicLink()).toBe(true)
  })

  it('runs two backups asked for at once one after the other, both whole', async () => {
    const big = await makeText({
      ...emptyTables(),
      trips: Array.from({ length: 3000 }, (_, i) => trip(i + 1, { note: '通勤'.repeat(50) })),
    })
    const [daily, manual] = await Promise.all([
      writeBackup(dir, big, 'daily', day(0)),
      writeBackup(dir, json, 'manual', day(0)),
    ])
    expect([daily.status, manual.status]).toEqual(['written', 'written'])
    expect(await readFile(join(dir, 'hujia-daily-2025-01-01.json'), 'utf8')).toBe(big)
    expect(await readFile(join(dir, 'hujia-manual-2025-01-01-120000.json'), 'utf8')).toBe(json)
    expect((await files()).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('a refused backup does not block the next one', async () => {
    await expect(writeBackup(dir, '{', 'daily', day(0))).rejects.toThrow()
    expect((await writeBackup(dir, json, 'daily', day(0))).status).toBe('written')
  })
})

describe.skipIf(process.platform === 'win32')('file modes (POSIX)', () => {
  it('creates the folder 0700 and every backup 0600, whatever the umask', async () => {
    const old = process.umask(0o022)
    try {
      await writeBackup(dir, json, 'daily', day(0))
      await writeBackup(dir, json, 'manual', day(0))
    } finally {
      process.umask(old)
    }
    expect((await stat(dir)).mode & 0o777).toBe(0o700)
    for (const name of await files()) expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600)
  })

  it('tightens a folder and backups an older version left readable by others', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    await chmod(dir, 0o755)
    await chmod(join(dir, 'hujia-daily-2025-01-01.json'), 0o644)
    await writeBackup(dir, json, 'daily', day(1))
    expect((await stat(dir)).mode & 0o777).toBe(0o700)
    expect((await stat(join(dir, 'hujia-daily-2025-01-01.json'))).mode & 0o777).toBe(0o600)
  })
})

describe('listBackups and readBackup', () => {
  it('lists only our backups, newest first, with kind, date and size', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    await writeBackup(dir, json, 'daily', day(1))
    await writeBackup(dir, json, 'manual', new Date(2025, 0, 2, 9, 15, 0))
    await writeFile(join(dir, 'other.json'), '{}')
    await writeFile(join(dir, '.hujia-daily-2025-01-03.json.0123456789ab.tmp'), '{')
    const list = await listBackups(dir)
    expect(list.map((e) => [e.kind, e.date])).toEqual([
      ['manual', '2025-01-02 09:15:00'],
      ['daily', '2025-01-02'],
      ['daily', '2025-01-01'],
      ['monthly', '2025-01'],
    ])
    expect(list[1]!.size).toBe(Buffer.byteLength(json))
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listBackups(join(root, 'nope'))).toEqual([])
  })

  it('reads only backup names, never another file or a path', async () => {
    await writeFile(join(root, 'secret.json'), 'no')
    await expect(readBackup(dir, '../secret.json')).rejects.toThrow(/Not a backup file name/)
    await expect(readBackup(dir, 'other.json')).rejects.toThrow(/Not a backup file name/)
  })

  it('never reads through a link named like a backup, nor a file larger than restore accepts', async () => {
    await mkdir(dir)
    await writeFile(join(root, 'secret.txt'), 'private')
    await symlink(join(root, 'secret.txt'), join(dir, 'hujia-daily-2025-01-01.json'))
    await expect(readBackup(dir, 'hujia-daily-2025-01-01.json')).rejects.toThrow(
      /Not a backup file/,
    )
    // A sparse file: it reports a huge size without taking the space.
    const fh = await open(join(dir, 'hujia-daily-2025-01-02.json'), 'w')
    await fh.truncate(MAX_BACKUP_BYTES + 1)
    await fh.close()
    await expect(readBackup(dir, 'hujia-daily-2025-01-02.json')).rejects.toThrow(/tooLarge/)
  })

  it('a backup written by main reads back as the same backup', async () => {
    const r = await written(writeBackup(dir, json, 'daily', day(0)))
    const read = await readBackupText(await readBackup(dir, r.name))
    expect(read.ok && read.backup.tables.trips).toHaveLength(1)
    expect(BACKUP_APP).toBe(JSON.parse(json).app)
    expect(BACKUP_KIND).toBe(JSON.parse(json).kind)
  })
})
