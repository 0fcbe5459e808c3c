// When a backup or a reminder is due. Pure time logic, so it is tested with fake clocks.
import { differenceInCalendarDays, format } from 'date-fns'
import { TIME_RE } from '../calendar/dates'

/** The browser keeps no automatic backups: remind after this many days without one. */
export const BACKUP_REMINDER_DAYS = 7

/** Whole days since the last backup, or null when there has never been one. */
export function daysSinceBackup(lastBackupAt: string | null, now: Date): number | null {
  if (!lastBackupAt) return null
  const last = new Date(lastBackupAt)
  if (Number.isNaN(last.getTime())) return null
  return Math.max(0, differenceInCalendarDays(now, last))
}

export interface BackupReminderInput {
  /** ISO time of the last backup taken, or null. */
  lastBackupAt: string | null
  /**
   * ISO time the reminder's clock started when that is later than the last backup: when this
   * profile was first seen holding data, or the last restore (whose file is a backup of all there
   * is). Null while not known.
   */
  clockFrom: string | null
  hasData: boolean
  now: Date
}

/**
 * Remind to download a backup when there is data and 7 days have passed since the last backup,
 * or since the clock started: never right after the first trip, nor right after a restore.
 */
export function backupReminderDue(i: BackupReminderInput): boolean {
  if (!i.hasData) return false
  const since = [i.lastBackupAt, i.clockFrom].map((t) => daysSinceBackup(t, i.now))
  const known = since.filter((d): d is number => d !== null)
  return known.length > 0 && Math.min(...known) >= BACKUP_REMINDER_DAYS
}

/** Today's daily backup is missing: no daily file carries today's local date. */
export function dailyBackupDue(dailyDates: readonly string[], now: Date): boolean {
  return !dailyDates.includes(format(now, 'yyyy-MM-dd'))
}

export interface CommuteReminderInput {
  now: Date
  /** "HH:mm", or null when the reminder is off. */
  reminderTime: string | null
  /** The date (yyyy-MM-dd) the reminder last fired. */
  notifiedOn: string | null
  /** Trips logged today. */
  tripsToday: number
  /** Whether today is a working day (Chinese calendar). */
  workday: boolean
}

/** The daily reminder fires once, on a working day, at or after its time, if nothing is logged. */
export function commuteReminderDue(i: CommuteReminderInput): boolean {
  if (i.reminderTime === null || !TIME_RE.test(i.reminderTime)) return false
  const today = format(i.now, 'yyyy-MM-dd')
  if (i.notifiedOn === today || !i.workday || i.tripsToday > 0) return false
  return format(i.now, 'HH:mm') >= i.reminderTime
}
