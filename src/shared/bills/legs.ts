// Bill rows → legs. Rides become legs; every other row is skipped and counted by reason; a refund
// cancels the ride it refunds. Mode, stops and line come from the row's text where it names them,
// matched to the pack; otherwise the leg keeps the operator's name as its line and empty stops.
// A 12306 mail's tickets for other passengers than the user are skipped ('otherPassenger').
import { MAX_FARE_FEN, type Mode } from '../trips/schema'
import type { RowIssue } from '../trips/import-types'
import { rowIssue } from './cells'
import { NameMatcher } from './names'
import { operatorOf, type OperatorId } from './operators'
import { railMode } from './rail12306'
import type { BillRow, BillSource } from './types'

export const SKIP_REASONS = ['notTransit', 'refund', 'failed', 'income', 'otherPassenger'] as const
export type SkipReason = (typeof SKIP_REASONS)[number]

/** A ride taken from a bill, before it is matched to the log. */
export interface BillLeg {
  source: BillSource
  orderNo: string
  at: number
  date: string
  time: string | null
  mode: Mode
  from: string
  to: string
  line: string
  fareFen: number
  operator: OperatorId | null
  /** 12306 tickets: their order, to pair the one payment of a whole order with its tickets. */
  order?: TicketOrder
}

export interface TicketOrder {
  no: string
  /** Every ticket of the order, every passenger's: what one payment for the order came to. */
  totalFen: number
  /** The day the mail says the order was bought. */
  boughtOn: string | null
}

export interface SortedRows {
  legs: BillLeg[]
  skipped: Record<SkipReason, number>
  invalid: RowIssue[]
  /** The passengers the files' 12306 tickets name, in the order they first appear. */
  passengers: string[]
}

export function billKey(source: BillSource, orderNo: string): string {
  return `${source}:${orderNo}`
}

const DASH = '[-—–－→>~至到]'
const STOPS_RE = new RegExp(
  `([^\\s${DASH.slice(1, -1)}]{2,20}?)\\s*${DASH}+\\s*([^\\s${DASH.slice(1, -1)}]{2,20})\\s*$`,
)
const TRAIN_RE = /(?:^|[^A-Z0-9])([GDCKTZ]\d{1,4})(?:次|[^0-9]|$)/
const BUS_LINE_RE =
  /(示范区\s*\d+\s*路|[\u4e00-\u9fa5]{0,4}[A-Z]?\d{1,4}\s*路(?:[A-Z]线)?|[\u4e00-\u9fa5]{1,4}线)/

/** Drops operator words before the first stop: "上海地铁-人民广场-虹桥2号航站楼". */
function stopsOf(text: string): [string, string] | null {
  const parts = text
    .split(new RegExp(`\\s*${DASH}+\\s*`))
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length >= 3) return [parts[parts.length - 2]!, parts[parts.length - 1]!]
  const m = STOPS_RE.exec(text)
  if (m && parts.length === 2 && !/地铁|公交|乘车|出行|交通/.test(m[1]!)) return [m[1]!, m[2]!]
  return null
}

function modeFromText(text: string, fallback: Mode): Mode {
  if (/地铁|轨道交通|Metro/i.test(text)) return 'metro'
  if (/公交|巴士|bus/i.test(text)) return 'cityBus'
  if (/高铁|动车/.test(text)) return 'hsr'
  // 火车票 is any train ticket: only a train number (or 普速) says conventional rail.
  if (/火车(?!票)|普速/.test(text)) return 'train'
  return fallback
}

/** What a ride row says about its leg: mode, stops and line. */
export function describeRide(
  row: BillRow,
  operator: { id: OperatorId; mode: Mode } | null,
  names: NameMatcher,
): Pick<BillLeg, 'mode' | 'from' | 'to' | 'line'> {
  const text = row.text
  const stops = row.from !== undefined ? ([row.from, row.to ?? ''] as const) : stopsOf(text)
  let mode = row.mode ?? modeFromText(text, operator?.mode ?? 'metro')
  let line = row.line ?? ''
  if (row.mode === undefined && (operator?.id === 'rail' || mode === 'hsr' || mode === 'train')) {
    const train = TRAIN_RE.exec(text)?.[1]
    if (train) {
      line = train
      mode = railMode(train)
    }
  }
  if (line === '' && (mode === 'cityBus' || mode === 'crossBus')) {
    const token = BUS_LINE_RE.exec(text)?.[1]?.replace(/\s/g, '')
    if (token) {
      const known = names.busLine(token)
      line = known?.name ?? token
      if (known?.cross && row.mode === undefined) mode = 'crossBus'
    }
  }
  // No stops and no line in the text: the operator's name tells the user what to fill in.
  if (line === '' && !stops) line = row.counterparty
  return {
    mode,
    from: stops ? names.stop(stops[0]) : '',
    to: stops ? names.stop(stops[1]) : '',
    line: line.slice(0, 50),
  }
}

function isRefundOf(refund: BillRow, pay: BillRow): boolean {
  if (refund.source !== pay.source || refund.date < pay.date) return false
  if (refund.merchantOrderNo !== '' && refund.merchantOrderNo === pay.merchantOrderNo) return true
  if (refund.orderNo.startsWith(pay.orderNo) && refund.orderNo !== pay.orderNo) return true
  // Without a shared number: the same counterparty, at most the amount paid, and the refund's
  // text naming the payment's ("退款-上海地铁…").
  return (
    refund.counterparty === pay.counterparty &&
    refund.amountFen <= pay.amountFen &&
    pay.text !== '' &&
    refund.text.includes(pay.text)
  )
}

/** Each 12306 order's tickets (all passengers) summed, by order number. */
function ticketOrders(rows: readonly BillRow[]): Map<string, TicketOrder> {
  const orders = new Map<string, TicketOrder>()
  for (const r of rows) {
    if (r.source !== 'rail12306' || r.status !== 'ok' || !r.order) continue
    const o = orders.get(r.order)
    if (o) o.totalFen += r.amountFen
    else orders.set(r.order, { no: r.order, totalFen: r.amountFen, boughtOn: r.boughtOn ?? null })
  }
  return orders
}

/**
 * `passenger`: which of the 12306 tickets' passengers is the user; the others' tickets (all of
 * them while it is null) are skipped. Rows that name no passenger are not affected.
 */
export function sortRows(
  rows: readonly BillRow[],
  names: NameMatcher,
  passenger: string | null = null,
): SortedRows {
  const skipped: Record<SkipReason, number> = {
    notTransit: 0,
    refund: 0,
    failed: 0,
    income: 0,
    otherPassenger: 0,
  }
  const invalid: RowIssue[] = []
  const rides: { row: BillRow; leg: BillLeg }[] = []
  const refunds: BillRow[] = []
  const passengers = new Set<string>()
  const orders = ticketOrders(rows)
  for (const row of rows) {
    if (row.passenger !== undefined) passengers.add(row.passenger)
    if (row.passenger !== undefined && row.passenger !== passenger) skipped.otherPassenger++
    else if (row.status === 'failed') skipped.failed++
    else if (row.status === 'refund') refunds.push(row)
    else if (row.status === 'refunded') skipped.refund++
    else if (row.flow === 'in') skipped.income++
    else if (row.flow === 'neutral' && row.mode === undefined) skipped.notTransit++
    else {
      const operator = operatorOf(row.counterparty, row.text)
      if (!operator && row.mode === undefined) {
        skipped.notTransit++
        continue
      }
      if (row.amountFen > MAX_FARE_FEN) {
        invalid.push(
          rowIssue(row.at, 'amount', 'validation.fareRange', String(row.amountFen / 100)),
        )
        continue
      }
      rides.push({
        row,
        leg: {
          source: row.source,
          orderNo: row.orderNo,
          at: row.at,
          date: row.date,
          time: row.time,
          fareFen: row.amountFen,
          operator: operator?.id ?? null,
          ...describeRide(row, operator, names),
          ...(row.order && orders.has(row.order) ? { order: orders.get(row.order)! } : {}),
        },
      })
    }
  }
  // Each refund cancels the latest uncancelled ride it refunds; a refund of nothing we took as a
  // ride (a shop's refund) is still a refund row, counted as such.
  const cancelled = new Set<number>()
  for (const refund of refunds) {
    skipped.refund++
    for (let i = rides.length - 1; i >= 0; i--) {
      if (cancelled.has(i) || !isRefundOf(refund, rides[i]!.row)) continue
      cancelled.add(i)
      skipped.refund++
      break
    }
  }
  return {
    legs: rides.filter((_, i) => !cancelled.has(i)).map((r) => r.leg),
    skipped,
    invalid,
    passengers: [...passengers],
  }
}
