// What every bill reader yields: the payments of one file in one shape, whatever the layout.
import type { RowIssue } from '../trips/import-types'
import type { BillSource, Mode } from '../trips/schema'

export { BILL_SOURCES, type BillSource } from '../trips/schema'

/** The layouts a file is recognised in (the error for any other names them). */
export const BILL_LAYOUTS = [
  'alipayCsv',
  'alipayZip',
  'wechatXlsx',
  'wechatCsv',
  'rail12306Mail',
  'mappedCsv',
] as const
export type BillLayout = (typeof BILL_LAYOUTS)[number]

/** Money out, in, or neither (Alipay's 不计收支, WeChat's "/"). */
export type Flow = 'out' | 'in' | 'neutral'

/**
 * - ok: the payment went through;
 * - failed: closed or failed, no money moved;
 * - refund: a row that gives money back for an earlier payment;
 * - refunded: a payment the bill itself marks as refunded (WeChat's 已全额退款).
 */
export type RowStatus = 'ok' | 'failed' | 'refund' | 'refunded'

export interface BillRow {
  source: BillSource
  /** Where the row is: the file line (CSV), the sheet row (xlsx) or the ticket's line (e-mail). */
  at: number
  /** The payment's own number, unique within its source; '' only for a refund without one. */
  orderNo: string
  /** The merchant's number, which a refund row shares with its payment. */
  merchantOrderNo: string
  date: string
  time: string | null
  amountFen: number
  flow: Flow
  status: RowStatus
  category: string
  counterparty: string
  /** 商品说明 / 商品 / the mapped description. */
  text: string
  /** Set where the layout names them (a 12306 ticket, a mapped CSV). */
  from?: string
  to?: string
  line?: string
  mode?: Mode
  /**
   * 12306 tickets: the passenger the ticket is for, so the preview imports only the user's own.
   * Held while the preview is open; never written to a trip.
   */
  passenger?: string
  /** 12306 tickets: the order number, and the date the mail says the order was bought. */
  order?: string
  boughtOn?: string | null
}

export interface BillFile {
  layout: BillLayout
  source: BillSource
  /** The text encoding found, for CSV and e-mail. */
  encoding?: string
  rows: BillRow[]
  /** Rows that could not be read (bad amount, date out of range …), with where and why. */
  invalid: RowIssue[]
}

export interface BillError {
  /** An i18n key in the trips namespace (bills.error.*). */
  message: string
  params?: Record<string, string | number>
}

export type BillRead = { ok: true; file: BillFile } | { ok: false; error: BillError }
