import { describe, expect, it } from 'vitest'
import { backupFileName, KEEP, parseBackupFileName, planRotation, TEMP_RE } from '@shared/backup'

const at = (s: string) => new Date(s)

describe('backup file names', () => {
  it('carry the kind and the local date', () => {
    // 2025-10-31T17:30Z is already 1 November in Shanghai (tests run in Asia/Shanghai).
    const now = at('2025-10-31T17:30:05Z')
    expect(backupFileName('daily', now)).toBe('hujia-daily-2025-11-01.json')
    expect(backupFileName('monthly', now)).toBe('hujia-monthly-2025-11.json')
    expect(backupFileName('manual', now)).toBe('hujia-manual-2025-11-01-013005.json')
  })

  it('parse back, and nothing else parses', () => {
    expect(parseBackupFileName('hujia-daily-2025-11-01.json')).toEqual({
      kind: 'daily',
      date: '2025-11-01',
    })
    expect(parseBackupFileName('hujia-monthly-2025-11.json')).toEqual({
      kind: 'monthly',
      date: '2025-11',
    })
    expect(parseBackupFileName('hujia-manual-2025-11-01-013005.json')).toEqual({
      kind: 'manual',
      date: '2025-11-01 01:30:05',
    })
    for (const name of [
      'notes.json',
      '.hujia-daily-2025-11-01.json.ab12.tmp',
      'hujia-daily-2025-11-01.json.bak',
      '../hujia-daily-2025-11-01.json',
    ])
      expect(parseBackupFileName(name)).toBeNull()
    expect(TEMP_RE.test('.hujia-daily-2025-11-01.json.ab12cd.tmp')).toBe(true)
  })
})

describe('rotation', () => {
  const dailies = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `hujia-daily-2025-10-${String(i + 1).padStart(2, '0')}.json`,
    )

  it('keeps the newest 14 daily backups', () => {
    const remove = planRotation(dailies(20))
    expect(remove).toEqual(dailies(6))
    expect(KEEP.daily).toBe(14)
  })

  it('keeps the newest 12 monthly backups, independently of the dailies', () => {
    const months = Array.from(
      { length: 15 },
      (_, i) =>
        `hujia-monthly-${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}.json`,
    )
    const remove = planRotation([...months, ...dailies(3)])
    expect(remove).toEqual([
      'hujia-monthly-2024-01.json',
      'hujia-monthly-2024-02.json',
      'hujia-monthly-2024-03.json',
    ])
  })

  it('never touches files that are not our backups', () => {
    expect(planRotation(['my-notes.json', 'hujia-daily-2025.json', ...dailies(14)])).toEqual([])
  })
})
