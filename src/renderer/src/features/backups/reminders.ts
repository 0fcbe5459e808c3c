// The daily "log your commute" reminder, checked each minute while the app runs.
import { commuteReminderDue } from '@shared/backup'
import { today } from '@shared/calendar/dates'
import { isWorkday } from '@shared/calendar/workdays'
import { db } from '@renderer/db/db'
import { getSetting, setSetting } from '@renderer/db/settings'
import { invoicesDueOn } from '@renderer/db/bills'
import { loadWorkCalendars } from '@renderer/db/work-calendars'

/** Fires the reminder when it is due; true when it fired. Marks the day first so it fires once. */
export async function checkCommuteReminder(now: Date, fire: () => Promise<void>): Promise<boolean> {
  const reminderTime = await getSetting('reminderTime')
  if (reminderTime === null) return false
  const date = today(now)
  await loadWorkCalendars()
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

/**
 * Once a day, while reminders are on: rail legs whose 12306 e-invoice can be requested for 30 more
 * days at most (src/shared/bills/invoice.ts). Returns how many were due when it fired, else 0.
 */
export async function checkInvoiceReminder(
  now: Date,
  fire: (count: number) => Promise<void>,
): Promise<number> {
  if ((await getSetting('reminderTime')) === null) return 0
  const date = today(now)
  if ((await getSetting('invoiceNotifiedOn')) === date) return 0
  const due = await invoicesDueOn(date)
  if (due.length === 0) return 0
  await setSetting('invoiceNotifiedOn', date)
  await fire(due.length)
  return due.length
}
