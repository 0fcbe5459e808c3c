// Any other CSV (a bank or card statement): the user says which column holds the date, time,
// amount and description (and optionally from, to and mode). The mapping is saved under the
// file's header, so the next statement from the same bank is read without asking again.
import { modeOf } from '../trips/csv-aliases'
import { billAmount, billDateTime, clean, rowIssue } from './cells'
import type { RowIssue } from '../trips/import-types'
import { cellAt, type BillTable } from './table'
import type { BillFile, BillRow } from './types'
import { readCsv } from '../csv/csv'

export const MAPPED_FIELDS = [
  'date',
  'time',
  'amount',
  'description',
  'from',
  'to',
  'mode',
] as const
export type MappedField = (typeof MAPPED_FIELDS)[number]
export const REQUIRED_MAPPED: readonly MappedField[] = ['date', 'amount', 'description']

export interface ColumnMapping {
  /** Header names; '' = not in this file. */
  columns: Record<MappedField, string>
  /** How the statement writes money spent: as a positive amount, or a negative one. */
  spending: 'positive' | 'negative'
}

/** The key a mapping is saved under: the header's cells, trimmed, in order. */
export function headerKey(header: readonly string[]): string {
  return header.map(clean).join('\u001f')
}

export function readHeader(text: string): BillTable | null {
  const table = readCsv(text)
  if (table === null) return null
  return {
    header: table.header.map(clean),
    records: table.records.map((r) => ({ line: r.line, cells: r.cells })),
  }
}

/** A mapping names every required column, and only columns the header has. */
export function mappingIsComplete(header: readonly string[], m: ColumnMapping): boolean {
  return (
    REQUIRED_MAPPED.every((f) => m.columns[f] !== '') &&
    MAPPED_FIELDS.every((f) => m.columns[f] === '' || header.includes(m.columns[f]))
  )
}

/** A first guess from common statement headers, for the mapping step to start from. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const find = (re: RegExp): string => header.find((h) => re.test(h)) ?? ''
  return {
    columns: {
      date: find(/日期|date|时间/i),
      time: find(/^(时间|time)$/i),
      amount: find(/金额|amount|支出|交易额/i),
      description: find(/摘要|说明|描述|备注|商户|description|memo|payee/i),
      from: find(/^(起点|出发站|from)$/i),
      to: find(/^(终点|到达站|to)$/i),
      mode: find(/^(方式|交通方式|mode)$/i),
    },
    spending: 'positive',
  }
}

export function readMappedCsv(
  table: BillTable,
  mapping: ColumnMapping,
  tomorrow: string,
): Omit<BillFile, 'layout'> {
  const col = Object.fromEntries(
    MAPPED_FIELDS.map((f) => [
      f,
      mapping.columns[f] === '' ? -1 : table.header.indexOf(mapping.columns[f]),
    ]),
  ) as Record<MappedField, number>
  const rows: BillRow[] = []
  const invalid: RowIssue[] = []
  // A statement has no order numbers: the row's content is its number, and identical rows (two
  // ¥4 rides in the same minute) are told apart by how many came before.
  const repeats = new Map<string, number>()
  for (const r of table.records) {
    const get = (f: MappedField): string => clean(cellAt(r.cells, col[f]))
    const dateCell = col.time >= 0 ? `${get('date')} ${get('time')}`.trim() : get('date')
    const when = billDateTime(dateCell, tomorrow)
    const raw = get('amount')
    const negative = raw.startsWith('-')
    const amount = billAmount(negative ? raw.slice(1) : raw)
    if (!when.ok) invalid.push(rowIssue(r.line, 'date', when.message, dateCell))
    if (!amount.ok || (negative && /^-\s*[¥￥]?\s*0+(\.0+)?$/.test(raw)))
      invalid.push(rowIssue(r.line, 'amount', 'bills.row.amount', raw))
    if (!when.ok || !amount.ok || (negative && amount.value === 0)) continue
    const spent = (mapping.spending === 'negative') === negative
    const text = get('description')
    const content = [when.value.date, when.value.time ?? '', amount.value, text].join('|')
    const n = (repeats.get(content) ?? 0) + 1
    repeats.set(content, n)
    const modeCell = get('mode')
    const mode = modeCell === '' ? undefined : modeOf(modeCell)
    rows.push({
      source: 'csv',
      at: r.line,
      orderNo: `${content}|${n}`.slice(0, 120),
      merchantOrderNo: '',
      date: when.value.date,
      time: when.value.time,
      amountFen: amount.value,
      flow: spent ? 'out' : 'in',
      status: 'ok',
      category: '',
      counterparty: text,
      text,
      ...(get('from') !== '' || get('to') !== '' ? { from: get('from'), to: get('to') } : {}),
      ...(mode ? { mode } : {}),
    })
  }
  return { source: 'csv', rows, invalid }
}
