// The daily "log your commute" reminder, checked each minute while the app runs.
import { commuteReminderDue } from '@shared/backup'
import { today } from '@shared/calendar/dates'
import { isWorkday } from '@shared/calendar/workdays'
import { db } from '@renderer/db/db'
import { getSetting, setSetting } from '@renderer/db/settings'

/** Fires the reminder when it is due; true when it fired. Marks the day first so it fires once. */
export async function checkCommuteReminder(now: Date, fire: () => Promise<void>): Promise<boolean> {
  const reminderTime = await getSetting('reminderTime')
  if (reminderTime === null) return false
  const date = today(now)
  const due = commuteReminderDue({
    now,
    reminderTime,
    notifiedOn: await getSetting('reminderNotifiedOn'),
    tripsToday: await db.trips.where('date').equals(date).count(),
    workday: isWorkday(date),
  })
  if (!due) return false
  await setSetting('reminderNotifiedOn', date)
  await fire()
  return true
}
