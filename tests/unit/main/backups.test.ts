// Backups against a real temporary folder with fake dates: naming, the monthly copy, rotation,
// atomic writes and refusing a damaged document.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupDir, listBackups, readBackup, writeBackup } from '../../../src/main/backups'
import { readBackupText } from '@shared/backup'
import { emptyTables, makeText, trip } from '../shared/backup/helpers'

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

const files = async () => (await readdir(dir)).sort()

describe('writeBackup', () => {
  it('writes the document to <userData>/backups under its daily name, byte for byte', async () => {
    const r = await writeBackup(dir, json, 'daily', day(0))
    expect(dir).toBe(join(root, 'backups'))
    expect(r.name).toBe('hujia-daily-2025-01-01.json')
    expect(r.path).toBe(join(dir, r.name))
    expect(await readFile(r.path, 'utf8')).toBe(json)
    expect((await readBackupText(await readBackup(dir, r.name))).ok).toBe(true)
  })

  it('keeps the first daily of each month as that month’s backup', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    const second = await makeText({ ...emptyTables(), trips: [trip(2)] })
    await writeBackup(dir, second, 'daily', day(1))
    expect(await files()).toEqual([
      'hujia-daily-2025-01-01.json',
      'hujia-daily-2025-01-02.json',
      'hujia-monthly-2025-01.json',
    ])
    expect(await readFile(join(dir, 'hujia-monthly-2025-01.json'), 'utf8')).toBe(json)
  })

  it('over 400 days keeps 14 daily and 12 monthly backups, the newest ones', async () => {
    let removed = 0
    for (let n = 0; n < 400; n++)
      removed += (await writeBackup(dir, json, 'daily', day(n))).removed.length
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
    const r = await writeBackup(dir, json, 'daily', day(14))
    expect(r.removed).toEqual(['hujia-daily-2025-01-01.json'])
  })

  it('writes manual backups under their time and keeps the newest 20', async () => {
    for (let n = 0; n < 22; n++) {
      const at = new Date(2025, 4, 1, 8, 0, n)
      await writeBackup(dir, json, 'manual', at)
    }
    const names = await files()
    expect(names).toHaveLength(20)
    expect(names[0]).toBe('hujia-manual-2025-05-01-080002.json')
    expect(names.some((n) => n.includes('monthly'))).toBe(false)
  })

  it('a second daily on the same day replaces the first', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    const later = await makeText({ ...emptyTables(), trips: [trip(9)] })
    await writeBackup(dir, later, 'daily', day(0))
    expect(await readFile(join(dir, 'hujia-daily-2025-01-01.json'), 'utf8')).toBe(later)
  })

  it('leaves no temporary file behind, and clears ones a crash left', async () => {
    await writeBackup(dir, json, 'daily', day(0))
    await writeFile(join(dir, '.hujia-daily-2025-01-02.json.deadbeef0000.tmp'), '{"half')
    await writeBackup(dir, json, 'manual', day(1))
    expect((await files()).filter((n) => n.endsWith('.tmp'))).toEqual([])
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
})
