// Table records → bill rows, shared by the Alipay and WeChat readers: each names its columns and
// how its status and direction read; the checks (amount, date, order number) are the same.
import type { RowIssue } from '../trips/import-types'
import { billAmount, billDateTime, clean, rowIssue } from './cells'
import { cellAt, columns, isRuleLine, type BillTable } from './table'
import type { BillRow, BillSource, Flow, RowStatus } from './types'

export const ROW_FIELDS = [
  'time',
  'category',
  'counterparty',
  'text',
  'flow',
  'amount',
  'status',
  'orderNo',
  'merchantOrderNo',
] as const
export type RowField = (typeof ROW_FIELDS)[number]

export interface RowLayout {
  source: BillSource
  aliases: Record<RowField, readonly string[]>
  flow: (cell: string) => Flow
  /** The status of a row, from its status cell, its category and its direction. */
  status: (cell: string, category: string, flow: Flow) => RowStatus
  /** Money already given back on a payment row ("已退款(￥2.00)"), in fen. */
  refundedFen?: (cell: string) => number
}

export function readRows(
  table: BillTable,
  layout: RowLayout,
  tomorrow: string,
): { rows: BillRow[]; invalid: RowIssue[] } {
  const col = columns(table.header, layout.aliases)
  const rows: BillRow[] = []
  const invalid: RowIssue[] = []
  for (const r of table.records) {
    if (isRuleLine(r.cells)) break
    const get = (f: RowField): string => clean(cellAt(r.cells, col[f]))
    const when = billDateTime(cellAt(r.cells, col.time), tomorrow)
    const amount = billAmount(get('amount'))
    if (!when.ok) invalid.push(rowIssue(r.line, 'time', when.message, cellAt(r.cells, col.time)))
    if (!amount.ok) invalid.push(rowIssue(r.line, 'amount', amount.message, get('amount')))
    const orderNo = get('orderNo')
    if (orderNo === '') invalid.push(rowIssue(r.line, 'orderNo', 'bills.row.orderNo', ''))
    if (!when.ok || !amount.ok || orderNo === '') continue
    const flow = layout.flow(get('flow'))
    const category = get('category')
    const refunded = layout.refundedFen?.(get('status')) ?? 0
    rows.push({
      source: layout.source,
      at: r.line,
      orderNo,
      merchantOrderNo: get('merchantOrderNo'),
      date: when.value.date,
      time: when.value.time,
      amountFen: Math.max(0, amount.value - refunded),
      flow,
      status: layout.status(get('status'), category, flow),
      category,
      counterparty: get('counterparty'),
      text: get('text'),
    })
  }
  return { rows, invalid }
}

/** The columns a bill's rows cannot be read without (category, text and merchant order may lack). */
const REQUIRED: readonly RowField[] = [
  'time',
  'counterparty',
  'flow',
  'amount',
  'status',
  'orderNo',
]

/** Whether a header row holds every required column (by any of its aliases). */
export function hasColumns(
  header: readonly string[],
  aliases: Record<RowField, readonly string[]>,
): boolean {
  return REQUIRED.every((f) => aliases[f].some((a) => header.includes(a)))
}

/** 收/支 as both apps write it: 支出 is money out, 收入 money in, anything else neither. */
export function flowOf(cell: string): Flow {
  return cell === '支出' ? 'out' : cell === '收入' ? 'in' : 'neutral'
}
