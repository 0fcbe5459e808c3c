// The pack's working-day calendars (official holiday arrangements with their sources), handed to
// the shared calendar, which lets a year the pack carries override the bundled package. Read in
// the live query itself, so a screen's next render already counts with them.
import { useLiveQuery } from 'dexie-react-hooks'
import { setPackCalendars } from '@shared/calendar/workdays'
import type { WorkCalendar } from '@shared/pack'
import { db as appDb, type HujiaDb } from './db'
import { getPackRecords } from './pack-queries'

export async function loadWorkCalendars(db: HujiaDb = appDb): Promise<WorkCalendar[]> {
  const calendars = await getPackRecords('workCalendars', db)
  setPackCalendars(calendars)
  return calendars
}

/** The pack's calendars, live (undefined while loading); screens that count working days use it. */
export function useWorkCalendars(): WorkCalendar[] | undefined {
  return useLiveQuery(() => loadWorkCalendars(), [])
}
