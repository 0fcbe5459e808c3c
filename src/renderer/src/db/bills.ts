// Bills against the stored log: what an import would do (read only), and the write of the items
// the user kept in one transaction that judges everything again (the log may have changed since
// the preview), and its undo. Also the e-invoice flag of rail legs and the saved column mappings of other CSVs.
import { useLiveQuery } from 'dexie-react-hooks'
import { invoiceDueRange, invoicesDue, type InvoiceDue } from '@shared/bills/invoice'
import type { ColumnMapping } from '@shared/bills/mapped-csv'
import { NameMatcher, type PackNames } from '@shared/bills/names'
import {
  billDateRange,
  reconcileBill,
  type BillInput,
  type BillPlan,
} from '@shared/bills/reconcile'
import { planWrites, type BillWrites } from '@shared/bills/selection'
import { isRailMode } from '@shared/trips/schema'
import { db, type HujiaDb } from './db'
import { getSetting, setSetting } from './settings'
import { checked } from './trips'

interface Named {
  name?: { zh?: string; en?: string }
  formerNames?: { text?: { zh?: string } }[]
  aliases?: string[]
  kind?: string
}

/** Stations and places by every name the pack gives them, and its bus lines. */
export async function packNames(database: HujiaDb = db): Promise<NameMatcher> {
  const [stations, places, busLines] = await Promise.all([
    database.stations.toArray(),
    database.places.toArray(),
    database.busLines.toArray(),
  ])
  const names: PackNames = {
    stops: [...stations, ...places].flatMap((r) => {
      const n = r as Named
      if (!n.name?.zh) return []
      const former = (n.formerNames ?? []).flatMap(
        (f) => /原名(\S+?)[，,]/.exec(f.text?.zh ?? '')?.[1] ?? [],
      )
      return [
        {
          name: n.name.zh,
          aliases: [n.name.en ?? '', ...former, ...(n.aliases ?? [])].filter(Boolean),
        },
      ]
    }),
    busLines: busLines.flatMap((r) => {
      const n = r as Named
      return n.name?.zh
        ? [{ name: n.name.zh, cross: n.kind === 'crossBorder' || n.kind === 'demoZone' }]
        : []
    }),
  }
  return new NameMatcher(names)
}

async function plan(input: BillInput, database: HujiaDb, now: Date): Promise<BillPlan> {
  const range = billDateRange(input)
  const [existing, templates, cards] = await Promise.all([
    range
      ? database.trips.where('date').between(range.from, range.to, true, true).toArray()
      : Promise.resolve([]),
    database.templates.orderBy('order').toArray(),
    database.cards.toArray(),
  ])
  return reconcileBill(input, existing, { templates, cards, now })
}

/** What importing these rides would do; writes nothing. */
export function previewBill(
  input: BillInput,
  database: HujiaDb = db,
  now = new Date(),
): Promise<BillPlan> {
  return plan(input, database, now)
}

export interface BillCommit {
  /** Items the user left out of the preview (by id). */
  excluded?: ReadonlySet<string>
  /** The hash of the passenger the user said is them, remembered on this device. */
  passengerHash?: string | null
}

/**
 * Writes the import in one transaction that works the plan out again (the log may have changed
 * since the preview): new trips added, logged trips updated, the chosen passenger remembered.
 */
export async function commitBill(
  input: BillInput,
  choice: BillCommit = {},
  database: HujiaDb = db,
  now = new Date(),
): Promise<BillWrites> {
  return database.transaction(
    'rw',
    [database.trips, database.templates, database.cards, database.settings],
    async () => {
      const writes = planWrites(await plan(input, database, now), choice.excluded ?? new Set(), now)
      const fresh = writes.newTrips.map((t) => checked(t, now))
      const updated = writes.updated.map((t) => checked(t, now))
      await database.trips.bulkAdd(fresh)
      await database.trips.bulkPut(updated)
      if (choice.passengerHash)
        await database.settings.put({ key: 'railPassenger', value: choice.passengerHash })
      return writes
    },
  )
}

/** The undo of an import: its new trips removed, the logged trips it changed put back. */
export async function undoBill(w: BillWrites, database: HujiaDb = db): Promise<void> {
  await database.transaction('rw', database.trips, async () => {
    await database.trips.bulkDelete(w.newTrips.map((t) => t.id))
    await database.trips.bulkPut(w.originals)
  })
}

/** Marks a rail leg's e-invoice as requested (or not). */
export async function setLegInvoice(
  tripId: string,
  legIndex: number,
  requested: boolean,
  database: HujiaDb = db,
  now = new Date(),
): Promise<void> {
  await database.transaction('rw', database.trips, async () => {
    const trip = await database.trips.get(tripId)
    const leg = trip?.legs[legIndex]
    if (!trip || !leg || !isRailMode(leg.mode)) return
    const legs = trip.legs.map((l, i) => (i === legIndex ? { ...l, invoice: requested } : l))
    await database.trips.put({ ...trip, legs, updatedAt: now.toISOString() })
  })
}

/** Rail legs whose e-invoice window closes within 30 days: one indexed read of 30 days of trips. */
export async function invoicesDueOn(today: string, database: HujiaDb = db): Promise<InvoiceDue[]> {
  const range = invoiceDueRange(today)
  const trips = await database.trips
    .where('date')
    .between(range.from, range.to, true, true)
    .toArray()
  return invoicesDue(trips, today)
}

export function useInvoicesDue(today: string): InvoiceDue[] | undefined {
  return useLiveQuery(() => invoicesDueOn(today), [today])
}

export async function savedMapping(key: string): Promise<ColumnMapping | null> {
  const all = await getSetting('billMappings')
  return Object.hasOwn(all, key) ? all[key]! : null
}

export async function saveMapping(key: string, mapping: ColumnMapping): Promise<void> {
  const all = await getSetting('billMappings')
  await setSetting('billMappings', { ...all, [key]: mapping })
}
