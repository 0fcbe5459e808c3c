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

  it('is due after 7 days, or when there was never a backup, but only when there is data', () => {
    expect(backupReminderDue('2025-10-14T09:00:00+08:00', true, now)).toBe(false)
    expect(backupReminderDue('2025-10-13T09:00:00+08:00', true, now)).toBe(true)
    expect(backupReminderDue(null, true, now)).toBe(true)
    expect(backupReminderDue(null, false, now)).toBe(false)
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
