// Backups written at an older schema version are upgraded on the way in, one version at a time,
// mirroring db.ts's Dexie upgrades. Adding a Dexie version means adding a step here (a unit test
// fails until the two agree).
import { withInvoiceFlag } from '../bills/invoice'
import { withAppPayment } from '../bills/payment'
import { BACKUP_SCHEMA_VERSION } from './format'

type Tables = Record<string, unknown[]>

/** steps[n] turns the tables of a version-n backup into those of version n + 1. */
const steps: Record<number, (tables: Tables) => Tables> = {
  // v2 added medical filings and visits; trips written before tags existed get an empty list.
  1: (tables) => ({
    ...tables,
    trips: (tables['trips'] ?? []).map((trip) =>
      trip !== null && typeof trip === 'object' && !Array.isArray((trip as { tags?: unknown }).tags)
        ? { ...trip, tags: [] }
        : trip,
    ),
    filings: [],
    visits: [],
  }),
  // v3: rail legs say whether their e-invoice was requested (written before: not requested).
  2: (tables) => ({
    ...tables,
    trips: (tables['trips'] ?? []).map((trip) => {
      const legs = (trip as { legs?: unknown } | null)?.legs
      return Array.isArray(legs) ? { ...(trip as object), legs: legs.map(withInvoiceFlag) } : trip
    }),
  }),
  // v4 added only service-pack tables. A saved home or work that names a place of pack v1 is
  // moved to pack v2's place after the restore (db/places.ts), as it is when the pack updates.
  3: (tables) => tables,
  // v5 added sync's own tables; the user tables are unchanged.
  4: (tables) => tables,
  // v6: legs an earlier bill import recorded as cash are paid in the app the bill came from.
  5: (tables) => ({
    ...tables,
    trips: (tables['trips'] ?? []).map((trip) => {
      const legs = (trip as { legs?: unknown } | null)?.legs
      return Array.isArray(legs) ? { ...(trip as object), legs: legs.map(withAppPayment) } : trip
    }),
  }),
}

/** Whether every step from `version` to the current one exists. */
export function canUpgrade(version: number): boolean {
  for (let v = version; v < BACKUP_SCHEMA_VERSION; v++) if (!steps[v]) return false
  return true
}

export function upgradeTables(tables: Tables, from: number): Tables {
  let out = tables
  for (let v = from; v < BACKUP_SCHEMA_VERSION; v++) {
    const step = steps[v]
    if (!step) throw new Error(`No backup upgrade from schema version ${v}`)
    out = step(out)
  }
  return out
}
