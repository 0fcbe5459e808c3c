// The 12306 e-invoice window: an e-invoice for a rail ticket can be requested only within 180 days
// of the trip, and since 2025-10-01 no paper reimbursement voucher is issued instead. The app warns
// at 150 days. The rule is a sourced fact (below); the dates it is applied to are the user's.
import { differenceInCalendarDays, subDays } from 'date-fns'
import { parseDate, toDateString } from '../calendar/dates'
import type { Source } from '../pack/schema'
import { isRailMode, type Leg, type Trip } from '../trips/schema'

export const EINVOICE_WINDOW_DAYS = 180
export const EINVOICE_WARN_DAYS = 150

/** Where the 180-day rule and the end of paper vouchers come from (research/bill-formats.md). */
export const EINVOICE_SOURCES: readonly Source[] = [
  {
    id: 'china-railway-2024-einvoice',
    title: {
      zh: '铁路电子客票（电子发票）：行程结束或支付退改签费后 180 天内开具；2024-11-01 至 2025-09-30 为过渡期',
      en: 'Railway e-invoices: issued within 180 days after the journey or after paying cancellation or rebooking fees; transition from 2024-11-01 to 2025-09-30',
    },
    publisher: 'China State Railway Group (china-railway.com.cn)',
    url: 'http://wap.china-railway.com.cn/crcwapEnglish/businesses_1294/passenger/202411/t20241115_139137.html',
    date: '2024-11-18',
    dateKind: 'published',
    confidence: 'high',
    note: {
      zh: '原文：“The deadline for issuing electronic invoices is within 180 days after the journey is completed or after payment of ticket cancellation (rebooking) fees.”',
      en: 'Quote: “The deadline for issuing electronic invoices is within 180 days after the journey is completed or after payment of ticket cancellation (rebooking) fees.”',
    },
  },
  {
    id: 'shine-2025-paper-receipts-end',
    title: {
      zh: '10 月 1 日起铁路车站不再提供纸质报销凭证，须在 12306 申请电子发票（180 天内）',
      en: 'From 1 October railway stations stop issuing paper reimbursement receipts; apply for e-invoices through 12306 (within 180 days)',
    },
    publisher: 'Shanghai Daily (citynewsservice.cn)',
    url: 'https://www.citynewsservice.cn/shine/c23db6e6-e448-486a-a611-0d4e61506ee1',
    date: '2025-09-02',
    dateKind: 'published',
    confidence: 'medium',
    note: {
      zh: '原文：“Starting from October 1, Chinese railway stations will stop issuing paper reimbursement receipts.”',
      en: 'Quote: “Starting from October 1, Chinese railway stations will stop issuing paper reimbursement receipts.”',
    },
  },
]

/** A rail leg's invoice: requested, not yet, or not a rail leg. */
export function invoiceState(leg: Pick<Leg, 'mode' | 'invoice'>): 'requested' | 'missing' | null {
  if (!isRailMode(leg.mode)) return null
  return leg.invoice === true ? 'requested' : 'missing'
}

/** Rail legs of these trips with and without a requested e-invoice (the monthly report). */
export function countInvoices(trips: Iterable<Trip>): { requested: number; missing: number } {
  const n = { requested: 0, missing: 0 }
  for (const t of trips)
    for (const l of t.legs) {
      const s = invoiceState(l)
      if (s) n[s]++
    }
  return n
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
