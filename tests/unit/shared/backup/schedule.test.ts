import { describe, expect, it } from 'vitest'
import {
  backupReminderDue,
  commuteReminderDue,
  dailyBackupDue,
  daysSinceBackup,
} from '@shared/backup'

const now = new Date('2025-10-20T09:00:00+08:00')

describe('the browser backup reminder', () => {
  it('counts whole calendar days since the last backup', () => {
    expect(daysSinceBackup(null, now)).toBeNull()
    expect(daysSinceBackup('garbage', now)).toBeNull()
    expect(daysSinceBackup('2025-10-19T23:59:00+08:00', now)).toBe(1)
    expect(daysSinceBackup('2025-10-13T08:00:00+08:00', now)).toBe(7)
  })

  const due = (lastBackupAt: string | null, clockFrom: string | null, hasData = true) =>
    backupReminderDue({ lastBackupAt, clockFrom, hasData, now })

  it('is due 7 days after the last backup, only when there is data', () => {
    expect(due('2025-10-14T09:00:00+08:00', null)).toBe(false)
    expect(due('2025-10-13T09:00:00+08:00', null)).toBe(true)
    expect(due('2025-10-01T09:00:00+08:00', null, false)).toBe(false)
  })

  // Issue 14, item 11: it appeared right after the first trip and right after a restore.
  it('never backed up: counts from when the data first appeared, not from the first trip', () => {
    expect(due(null, null)).toBe(false)
    expect(due(null, '2025-10-19T20:00:00+08:00')).toBe(false)
    expect(due(null, '2025-10-13T08:00:00+08:00')).toBe(true)
  })

  it('counts from a restore when that is later than the restored backup', () => {
    expect(due('2025-09-01T09:00:00+08:00', '2025-10-20T08:55:00+08:00')).toBe(false)
    expect(due('2025-09-01T09:00:00+08:00', '2025-10-12T08:55:00+08:00')).toBe(true)
  })
})

describe('the daily backup', () => {
  it('is due when no daily file carries today', () => {
    expect(dailyBackupDue(['2025-10-19', '2025-10-18'], now)).toBe(true)
    expect(dailyBackupDue(['2025-10-20'], now)).toBe(false)
  })
})

describe('the commute reminder', () => {
  const base = { now, reminderTime: '08:30', notifiedOn: null, tripsToday: 0, workday: true }
  it('fires at or after its time on a working day with nothing logged', () => {
    expect(commuteReminderDue(base)).toBe(true)
    expect(commuteReminderDue({ ...base, reminderTime: '09:00' })).toBe(true)
  })
  it('does not fire before its time, twice a day, on a day off, when logged, or when off', () => {
    expect(commuteReminderDue({ ...base, reminderTime: '09:01' })).toBe(false)
    expect(commuteReminderDue({ ...base, notifiedOn: '2025-10-20' })).toBe(false)
    expect(commuteReminderDue({ ...base, notifiedOn: '2025-10-19' })).toBe(true)
    expect(commuteReminderDue({ ...base, workday: false })).toBe(false)
    expect(commuteReminderDue({ ...base, tripsToday: 1 })).toBe(false)
    expect(commuteReminderDue({ ...base, reminderTime: null })).toBe(false)
    expect(commuteReminderDue({ ...base, reminderTime: '25:00' })).toBe(false)
  })
})
