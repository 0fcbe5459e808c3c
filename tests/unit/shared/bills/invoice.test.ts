import { describe, expect, test } from 'vitest'
import {
  EINVOICE_SOURCES,
  invoiceDueRange,
  invoicesDue,
  invoiceState,
  withInvoiceFlag,
} from '@shared/bills/invoice'
import { upgradeTables } from '@shared/backup/upgrade'
import { sourceSchema } from '@shared/pack/schema'
import { leg, trip, uuid } from '../../../fixtures/builders'

describe('the 12306 e-invoice window', () => {
  const rail = (n: number, date: string, invoice?: boolean) =>
    trip({
      id: uuid(n),
      date,
      legs: [leg({ mode: 'metro', fareFen: 500 }), leg({ mode: 'hsr', invoice })],
    })

  test('warns from 150 to 180 days for rail legs without an e-invoice', () => {
    const today = '2026-12-06'
    const due = invoicesDue(
      [
        rail(1, '2026-07-09'), // 150 days: warned, 30 left
        rail(2, '2026-07-10'), // 149 days: not yet
        rail(3, '2026-06-09'), // 180 days: the last day
        rail(4, '2026-06-08'), // 181 days: too late to warn
        rail(5, '2026-07-01', true), // requested
      ],
      today,
    )
    expect(due.map((d) => [d.trip.id, d.legIndex, d.age, d.daysLeft])).toEqual([
      [uuid(3), 1, 180, 0],
      [uuid(1), 1, 150, 30],
    ])
    expect(invoiceDueRange(today)).toEqual({ from: '2026-06-09', to: '2026-07-09' })
  })

  test('a leg is requested, missing, or not rail', () => {
    expect(invoiceState({ mode: 'hsr', invoice: true })).toBe('requested')
    expect(invoiceState({ mode: 'train' })).toBe('missing')
    expect(invoiceState({ mode: 'metro', invoice: true })).toBeNull()
  })
})

describe('schema v3 upgrade of stored data', () => {
  test('a v2 backup: rail legs get "not requested", other legs and flags set already are kept', () => {
    const v2 = {
      trips: [
        trip({
          legs: [
            leg({ mode: 'metro' }),
            leg({ mode: 'hsr' }),
            leg({ mode: 'train', invoice: true }),
          ],
        }),
      ],
    }
    const [t] = upgradeTables(v2, 2)['trips'] as ReturnType<typeof trip>[]
    expect(t!.legs.map((l) => l.invoice)).toEqual([undefined, false, true])
    expect(withInvoiceFlag(null)).toBeNull()
  })
})

test("the e-invoice rule's sources have the pack's source shape: URL, date and confidence", () => {
  expect(EINVOICE_SOURCES).toHaveLength(2)
  for (const s of EINVOICE_SOURCES) expect(sourceSchema.parse(s)).toEqual(s)
})
