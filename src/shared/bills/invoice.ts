// The 12306 e-invoice window: an e-invoice for a rail ticket can be requested only within 180 days
// of the trip, and since 2025-10-01 no paper reimbursement voucher is issued instead. The app warns
// at 150 days. The rule is a sourced fact (below); the dates it is applied to are the user's.
import { differenceInCalendarDays, subDays } from 'date-fns'
import { parseDate, toDateString } from '../calendar/dates'
import { isRailMode, type Leg, type Trip } from '../trips/schema'

export const EINVOICE_WINDOW_DAYS = 180
export const EINVOICE_WARN_DAYS = 150

export interface FactSource {
  url: string
  publisher: string
  /** The page's date, yyyy-MM-dd. */
  date: string
  confidence: 'high' | 'medium' | 'low'
  quote: string
}

/** Where the 180-day rule and the end of paper vouchers come from (research/bill-formats.md). */
export const EINVOICE_SOURCES: readonly FactSource[] = [
  {
    url: 'http://wap.china-railway.com.cn/crcwapEnglish/businesses_1294/passenger/202411/t20241115_139137.html',
    publisher: 'China State Railway Group (china-railway.com.cn)',
    date: '2024-11-18',
    confidence: 'high',
    quote:
      'The deadline for issuing electronic invoices is within 180 days after the journey is completed or after payment of ticket cancellation (rebooking) fees. … This transition period will last from November 1, 2024 to September 30, 2025.',
  },
  {
    url: 'https://www.citynewsservice.cn/shine/c23db6e6-e448-486a-a611-0d4e61506ee1',
    publisher: 'Shanghai Daily (citynewsservice.cn)',
    date: '2025-09-02',
    confidence: 'medium',
    quote:
      'Starting from October 1, Chinese railway stations will stop issuing paper reimbursement receipts. Passengers will need to apply for e-invoices instead. … "Passengers have 180 days to apply, either after their trip or after paying cancellation or change fees."',
  },
]

/** A rail leg's invoice: requested, not yet, or not a rail leg. */
export function invoiceState(leg: Pick<Leg, 'mode' | 'invoice'>): 'requested' | 'missing' | null {
  if (!isRailMode(leg.mode)) return null
  return leg.invoice === true ? 'requested' : 'missing'
}

export interface InvoiceDue {
  trip: Trip
  legIndex: number
  /** Days since the trip. */
  age: number
  /** Days left to request the e-invoice (0 on the last day). */
  daysLeft: number
}

/** Rail legs without an e-invoice whose window closes within 30 days (150–180 days old). */
export function invoicesDue(trips: Iterable<Trip>, today: string): InvoiceDue[] {
  const now = parseDate(today)
  const out: InvoiceDue[] = []
  for (const trip of trips) {
    const age = differenceInCalendarDays(now, parseDate(trip.date))
    if (age < EINVOICE_WARN_DAYS || age > EINVOICE_WINDOW_DAYS) continue
    trip.legs.forEach((leg, legIndex) => {
      if (invoiceState(leg) === 'missing')
        out.push({ trip, legIndex, age, daysLeft: EINVOICE_WINDOW_DAYS - age })
    })
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft)
}

/** The dates a trip must fall between to be due (for an indexed read): [from, to]. */
export function invoiceDueRange(today: string): { from: string; to: string } {
  const now = parseDate(today)
  return {
    from: toDateString(subDays(now, EINVOICE_WINDOW_DAYS)),
    to: toDateString(subDays(now, EINVOICE_WARN_DAYS)),
  }
}

/**
 * Schema v3's upgrade of stored data (the Dexie upgrade and the backup upgrade share it): a rail
 * leg written before the flag existed says "not requested". Anything else is returned as it is.
 */
export function withInvoiceFlag<T>(leg: T): T {
  if (leg === null || typeof leg !== 'object') return leg
  const l = leg as { mode?: unknown; invoice?: unknown }
  if ((l.mode === 'hsr' || l.mode === 'train') && l.invoice === undefined)
    return { ...leg, invoice: false }
  return leg
}
