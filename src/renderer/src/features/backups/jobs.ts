// The code behind the background tasks and "back up now": the backup format, its checks (zod)
// and the workday calendar. Loaded on demand (use-background-tasks.ts), never with the first screen.
export { backupReminder, dailyBackupIfDue, hasUserData } from '@renderer/db/backup'
export { backUpNow } from './backup-actions'
export { writeErrorText } from './messages'
export { checkCommuteReminder, checkInvoiceReminder } from './reminders'
