// A bill import against a real (fake-indexeddb) store: preview writes nothing, commit writes in
// one transaction, undo puts everything back, importing again adds nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDb, type HujiaDb } from '@renderer/db/db'
import {
  commitBill,
  invoicesDueOn,
  previewBill,
  savedMapping,
  saveMapping,
  setLegInvoice,
  undoBill,
} from '@renderer/db/bills'
import { sortRows } from '@shared/bills/legs'
import { leg, trip, uuid } from '../../fixtures/builders'
import { loggedTrip, names, readFile } from '../shared/bills/helpers'

let database: HujiaDb
const now = new Date('2026-12-06T10:00:00+08:00')

beforeEach(async () => {
  database = openDb('bills-' + crypto.randomUUID())
  await database.open()
})
afterEach(() => database.delete())

const logged = loggedTrip

/** alipay-gbk.csv, its G7501 payment given the day the user took that train. */
async function bill() {
  return {
    legs: sortRows((await readFile('alipay-gbk.csv')).rows, names).legs,
    travelDates: { 'alipay:2026110322001400003': '2026-11-03' },
  }
}

describe('a bill import', () => {
  it('previews without writing, commits in one go, and adds nothing the second time', async () => {
    await database.trips.add(logged)
    const preview = await previewBill(await bill(), database, now)
    expect(preview.items.map((c) => c.kind)).toEqual(['correct', 'fill', 'new'])
    expect(await database.trips.count()).toBe(1)
    expect((await database.trips.get(uuid(1)))!.legs[0]!.fareFen).toBe(2950)

    await commitBill(await bill(), {}, database, now)
    expect(await database.trips.count()).toBe(2)
    const after = (await database.trips.get(uuid(1)))!
    expect(after.legs.map((l) => l.fareFen)).toEqual([3150, 500])
    expect(after.legs[0]!.bill).toEqual({ source: 'alipay', orderNo: '2026110322001400003' })

    const again = await commitBill(await bill(), {}, database, now)
    expect(again).toMatchObject({ newTrips: [], updated: [], fares: 0 })
    expect(await database.trips.count()).toBe(2)
  })

  it('writes only the items the user kept', async () => {
    await database.trips.add(logged)
    const preview = await previewBill(await bill(), database, now)
    const fill = preview.items.find((i) => i.kind === 'fill')!
    const fresh = preview.items.find((i) => i.kind === 'new')!
    const w = await commitBill(
      await bill(),
      { excluded: new Set([fill.id, fresh.id]) },
      database,
      now,
    )
    expect(w).toMatchObject({ newTrips: [], fares: 1 })
    expect(await database.trips.count()).toBe(1)
    expect((await database.trips.get(uuid(1)))!.legs.map((l) => l.fareFen)).toEqual([3150, 0])
  })

  it('remembers the passenger on this device as a hash, in the same transaction', async () => {
    await commitBill(await bill(), { passengerHash: 'ab12' }, database, now)
    expect(await database.settings.get('railPassenger')).toEqual({
      key: 'railPassenger',
      value: 'ab12',
    })
  })

  it('undo removes the new trips and restores the changed ones', async () => {
    await database.trips.add(logged)
    const w = await commitBill(await bill(), {}, database, now)
    await undoBill(w, database)
    expect(await database.trips.toArray()).toEqual([logged])
  })

  it('an invalid trip aborts the whole import, the passenger too', async () => {
    const input = await bill()
    const legs = [...input.legs]
    legs[0] = { ...legs[0]!, from: 'x'.repeat(500) }
    await expect(
      commitBill({ ...input, legs }, { passengerHash: 'ab12' }, database, now),
    ).rejects.toThrow()
    expect(await database.trips.count()).toBe(0)
    expect(await database.settings.get('railPassenger')).toBeUndefined()
  })
})

describe('e-invoices', () => {
  it('a rail leg 150 days old without an invoice is due until it is marked requested', async () => {
    await database.trips.add(
      trip({ id: uuid(7), date: '2026-07-09', legs: [leg({ mode: 'hsr' })] }),
    )
    expect((await invoicesDueOn('2026-12-06', database)).map((d) => d.daysLeft)).toEqual([30])
    await setLegInvoice(uuid(7), 0, true, database, now)
    expect(await invoicesDueOn('2026-12-06', database)).toEqual([])
  })
})

describe('column mappings', () => {
  it('are saved by header and offered for the same header only', async () => {
    const m = {
      columns: { date: 'A', time: '', amount: 'B', description: 'C', from: '', to: '', mode: '' },
      spending: 'negative' as const,
    }
    await saveMapping('A\u001fB\u001fC', m)
    expect(await savedMapping('A\u001fB\u001fC')).toEqual(m)
    expect(await savedMapping('A\u001fB')).toBeNull()
  })
})

describe('the e-invoice reminder', () => {
  it('fires once a day while reminders are on and a rail leg is due', async () => {
    const { db } = await import('@renderer/db/db')
    const { setSetting } = await import('@renderer/db/settings')
    const { checkInvoiceReminder } = await import('@renderer/features/backups/reminders')
    await db.trips.clear()
    await db.trips.add(trip({ id: uuid(8), date: '2026-07-01', legs: [leg({ mode: 'train' })] }))
    const fired: number[] = []
    const fire = async (n: number) => void fired.push(n)
    await setSetting('reminderTime', null)
    expect(await checkInvoiceReminder(now, fire)).toBe(0)
    await setSetting('reminderTime', '20:00')
    expect(await checkInvoiceReminder(now, fire)).toBe(1)
    expect(await checkInvoiceReminder(now, fire)).toBe(0)
    expect(fired).toEqual([1])
  })
})
