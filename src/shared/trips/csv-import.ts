// Reading a trips CSV (ours, or a spreadsheet's with Chinese headers) into import candidates: rows
// grouped into trips by trip_id (or by leg numbers), every cell parsed, every trip checked with the
// schema. Problems name the file line and column. A file that cannot be trusted past some line (an
// unclosed quote) is refused whole.
import { normaliseDate, normaliseTime } from '../calendar/dates'
import { readCsv } from '../csv/csv'
import { decodeText } from '../csv/decode'
import { binaryKind } from '../files/kind'
import { parseYuan, type DecimalMark } from '../money/parse'
import { regexes } from 'zod'
import {
  CSV_COLUMNS,
  REQUIRED_COLUMNS,
  TRIP_COLUMNS,
  columnOf,
  directionOf,
  modeOf,
  paymentOf,
  type CsvColumn,
} from './csv-aliases'
import type { CardRef } from './csv-export'
import type { Candidate, DecimalComma, Progress, ReadResult, RowIssue } from './import-types'
import { shorten } from './import-types'
import { paymentFromValue } from './payment'
import { BILL_SOURCES, type BillSource, type Leg, type LegBill, type Payment } from './schema'
import { checkTrip } from './validate'

const UUID_RE = regexes.uuid()

export interface CsvImportContext {
  cards: readonly CardRef[]
  tomorrow: string
  now?: Date
  newId?: () => string
  progress?: Progress
}

/** How many trips are built between two progress calls. */
const PROGRESS_EVERY = 2000

type ColumnIndex = Record<CsvColumn, number>

interface Row {
  line: number
  cells: string[]
  /** Where each column is in `cells`, -1 when the file lacks it; shared by all rows. */
  cols: ColumnIndex
  legNo: number | null
  issues: RowIssue[]
}

function cellOf(r: Row, c: CsvColumn): string {
  const i = r.cols[c]
  return i < 0 ? '' : (r.cells[i] ?? '')
}

interface Group {
  key: string | null
  rows: Row[]
}

const LEG_FIELD_COLUMN: Record<string, CsvColumn> = {
  mode: 'mode',
  from: 'from',
  to: 'to',
  line: 'line',
  payment: 'payment',
  'payment.kind': 'payment',
  'payment.cardId': 'card',
  fareFen: 'fare_yuan',
  minutes: 'minutes',
  invoice: 'invoice',
  bill: 'bill_source',
  'bill.orderNo': 'bill_order',
  paidBy: 'paid_source',
  'paidBy.orderNo': 'paid_order',
}

const TRIP_FIELD_COLUMN: Record<string, CsvColumn> = {
  date: 'date',
  direction: 'direction',
  departTime: 'depart',
  arriveTime: 'arrive',
  note: 'note',
  tags: 'tags',
  legs: 'leg',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
}

/**
 * The decimal mark of the file's fares. A file whose columns are split by ';' or tabs comes from a
 * spreadsheet that may write decimals with a comma: when its fares hold "31,50" and never "31.50",
 * that is the file's rule, and the preview says so with the first such cell. Anywhere else a
 * comma in a fare is ambiguous and refused by parseYuan.
 */
function decimalMarkOf(
  delimiter: string,
  rows: readonly { line: number; fare: string }[],
): { mark: DecimalMark; example?: DecimalComma } {
  if (delimiter === ',') return { mark: '.' }
  let example: DecimalComma | undefined
  for (const { line, fare } of rows) {
    const cell = fare.trim()
    if (/^[¥￥]?-?\d+\.\d{1,2}$/.test(cell)) return { mark: '.' }
    if (!example && /^[¥￥]?-?\d+,\d{1,2}$/.test(cell)) {
      const r = parseYuan(cell, ',')
      if (r.ok) example = { line, cell, fen: r.fen }
    }
  }
  return example ? { mark: ',', example } : { mark: '.' }
}

/** Reads CSV bytes (UTF-8 with or without BOM, GBK, UTF-16) into import candidates. */
export async function readTripsCsv(bytes: Uint8Array, ctx: CsvImportContext): Promise<ReadResult> {
  const binary = binaryKind(bytes)
  if (binary) return { ok: false, error: { message: 'import.notText', params: { kind: binary } } }
  const decoded = decodeText(bytes)
  const table = readCsv(decoded.text)
  if (table === null) return { ok: false, error: { message: 'import.empty' } }

  const cols = Object.fromEntries(CSV_COLUMNS.map((c) => [c, -1])) as ColumnIndex
  const ignoredColumns: string[] = []
  table.header.forEach((h, i) => {
    const col = columnOf(h)
    if (col === undefined) {
      if (h.trim() !== '') ignoredColumns.push(h)
    } else if (cols[col] >= 0) ignoredColumns.push(h)
    else cols[col] = i
  })
  const missing = REQUIRED_COLUMNS.filter((c) => cols[c] < 0)
  if (missing.length > 0)
    return {
      ok: false,
      error: { message: 'import.missingColumns', params: { columns: missing.join(', ') } },
    }
  // Everything after an unclosed quote was read into one cell: refuse the file, naming the line.
  if (table.unclosedQuoteLine !== null)
    return {
      ok: false,
      error: { message: 'import.unclosedQuote', params: { line: table.unclosedQuoteLine } },
    }
  if (table.records.length === 0) return { ok: false, error: { message: 'import.empty' } }

  const badQuotes = new Set(table.badQuoteLines)
  const width = table.header.length
  const groups: Group[] = []
  const byKey = new Map<string, Group>()
  let lastAnon: Group | null = null

  for (const rec of table.records) {
    const cells = rec.cells
    const row: Row = { line: rec.line, cells, cols, legNo: null, issues: [] }
    if (badQuotes.has(rec.line)) row.issues.push({ at: rec.line, message: 'import.badQuotes' })
    if (cells.length > width)
      row.issues.push({ at: rec.line, message: 'import.tooManyCells', value: String(cells.length) })
    const legCell = cellOf(row, 'leg').trim()
    if (legCell !== '') {
      if (/^\d{1,3}$/.test(legCell) && Number(legCell) >= 1) row.legNo = Number(legCell)
      else
        row.issues.push({
          at: rec.line,
          field: 'leg',
          message: 'import.legNumber',
          value: shorten(legCell),
        })
    }
    const key = cellOf(row, 'trip_id').trim()
    if (key !== '') {
      let g = byKey.get(key)
      if (!g) {
        g = { key, rows: [] }
        byKey.set(key, g)
        groups.push(g)
      }
      g.rows.push(row)
    } else if (row.legNo !== null && row.legNo > 1 && lastAnon?.rows.length === row.legNo - 1) {
      lastAnon.rows.push(row)
    } else {
      if (row.legNo !== null && row.legNo > 1)
        row.issues.push({ at: rec.line, field: 'leg', message: 'import.legOrder', value: legCell })
      lastAnon = { key: null, rows: [row] }
      groups.push(lastAnon)
    }
  }

  const fareAt = cols.fare_yuan
  const decimal = decimalMarkOf(
    table.delimiter,
    table.records.map((r) => ({ line: r.line, fare: r.cells[fareAt] ?? '' })),
  )
  const build: BuildContext = {
    resolveCard: cardResolver(ctx.cards),
    now: (ctx.now ?? new Date()).toISOString(),
    newId: ctx.newId ?? (() => crypto.randomUUID()),
    tomorrow: ctx.tomorrow,
    mark: decimal.mark,
  }
  const candidates: Candidate[] = []
  for (let i = 0; i < groups.length; i++) {
    if (ctx.progress && i % PROGRESS_EVERY === 0) await ctx.progress(i, groups.length)
    candidates.push(buildTrip(groups[i]!, build))
  }
  return {
    ok: true,
    source: {
      format: 'csv',
      encoding: decoded.encoding,
      unit: 'line',
      candidates,
      ignoredColumns,
      ...(decimal.example ? { decimalComma: decimal.example } : {}),
    },
  }
}

type CardLookup = { id: string } | { error: string }

function cardResolver(cards: readonly CardRef[]): (cell: string) => CardLookup {
  const ids = new Set(cards.map((c) => c.id))
  const byName = new Map<string, string[]>()
  for (const c of cards) byName.set(c.nickname, [...(byName.get(c.nickname) ?? []), c.id])
  return (cell) => {
    if (ids.has(cell)) return { id: cell }
    const named = byName.get(cell) ?? byName.get(cell.trim())
    if (named?.length === 1) return { id: named[0]! }
    if (named && named.length > 1) return { error: 'import.ambiguousCard' }
    // A card deleted since export: keep its id so the trip stays as it was.
    if (UUID_RE.test(cell)) return { id: cell }
    return { error: 'import.unknownCard' }
  }
}

interface BuildContext {
  resolveCard: (cell: string) => CardLookup
  now: string
  newId: () => string
  tomorrow: string
  /** The file's decimal mark for fares. */
  mark: DecimalMark
}

function orderLegs(g: Group): void {
  if (g.key === null || g.rows.length === 1) return
  const numbered = g.rows.filter((r) => r.legNo !== null)
  if (numbered.length === 0) return
  if (numbered.length < g.rows.length) {
    for (const r of g.rows)
      if (r.legNo === null) r.issues.push({ at: r.line, field: 'leg', message: 'import.legOrder' })
    return
  }
  g.rows.sort((a, b) => a.legNo! - b.legNo!)
  g.rows.forEach((r, i) => {
    if (r.legNo !== i + 1)
      r.issues.push({
        at: r.line,
        field: 'leg',
        message: 'import.legOrder',
        value: String(r.legNo),
      })
  })
}

function parseLeg(r: Row, { resolveCard, mark }: BuildContext): Leg {
  const issue = (field: CsvColumn, message: string, value?: string): void => {
    r.issues.push({
      at: r.line,
      field,
      message,
      ...(value !== undefined ? { value: shorten(value) } : {}),
    })
  }
  const modeCell = cellOf(r, 'mode')
  const mode = modeOf(modeCell)
  if (modeCell.trim() === '') issue('mode', 'import.required')
  else if (!mode) issue('mode', 'validation.mode', modeCell)

  const cardCell = cellOf(r, 'card')
  const payCell = cellOf(r, 'payment')
  let kind = paymentOf(payCell)
  if (payCell.trim() === '' && cardCell.trim() !== '') kind = 'card'
  let payment: Payment = { kind: 'cash' }
  if (payCell.trim() === '' && kind === undefined) issue('payment', 'import.paymentRequired')
  else if (kind === undefined) issue('payment', 'validation.payment', payCell)
  else if (kind === 'card') {
    if (cardCell.trim() === '') issue('card', 'validation.card')
    else {
      const found = resolveCard(cardCell)
      if ('id' in found) payment = { kind: 'card', cardId: found.id }
      else issue('card', found.error, cardCell)
    }
  } else {
    payment = paymentFromValue(kind) ?? payment
    if (cardCell.trim() !== '') issue('card', 'import.cardWithoutCardPayment', cardCell)
  }

  const fareCell = cellOf(r, 'fare_yuan')
  let fareFen = 0
  if (fareCell.trim() === '') issue('fare_yuan', 'import.required')
  else {
    const f = parseYuan(fareCell, mark)
    if (!f.ok) issue('fare_yuan', f.error, fareCell)
    else fareFen = f.fen
  }

  const minCell = cellOf(r, 'minutes').trim()
  let minutes: number | null = null
  if (minCell !== '') {
    if (/^\d{1,6}$/.test(minCell)) minutes = Number(minCell)
    else issue('minutes', 'validation.minutes', minCell)
  }
  const leg: Leg = {
    mode: mode ?? 'metro',
    from: cellOf(r, 'from'),
    to: cellOf(r, 'to'),
    line: cellOf(r, 'line'),
    payment,
    fareFen,
    minutes,
  }
  // The e-invoice flag and the bill a leg was imported from (see file-formats.md).
  const invoiceCell = cellOf(r, 'invoice').trim().toLowerCase()
  if (['yes', 'true', '是', '已开票'].includes(invoiceCell)) leg.invoice = true
  else if (['no', 'false', '否', '未开票'].includes(invoiceCell)) leg.invoice = false
  else if (invoiceCell !== '') issue('invoice', 'validation.invalid', invoiceCell)
  const bill = (sourceColumn: CsvColumn, orderColumn: CsvColumn): LegBill | undefined => {
    const source = cellOf(r, sourceColumn).trim()
    const orderNo = cellOf(r, orderColumn).trim()
    if (source === '' && orderNo === '') return undefined
    if ((BILL_SOURCES as readonly string[]).includes(source) && orderNo !== '')
      return { source: source as BillSource, orderNo }
    issue(sourceColumn, 'validation.invalid', `${source} ${orderNo}`)
    return undefined
  }
  const billOf = bill('bill_source', 'bill_order')
  if (billOf) leg.bill = billOf
  const paidBy = bill('paid_source', 'paid_order')
  if (paidBy) leg.paidBy = paidBy
  return leg
}

function buildTrip(g: Group, ctx: BuildContext): Candidate {
  orderLegs(g)
  const first = g.rows[0]!
  const at = Math.min(...g.rows.map((r) => r.line))
  const issues: RowIssue[] = []
  const tripIssue = (field: CsvColumn, message: string, value?: string): void => {
    issues.push({
      at: first.line,
      field,
      message,
      ...(value !== undefined ? { value: shorten(value) } : {}),
    })
  }
  // Later leg rows may leave trip cells blank; a different value means the rows disagree.
  for (const r of g.rows.slice(1))
    for (const c of TRIP_COLUMNS) {
      const v = cellOf(r, c)
      if (v !== '' && v !== cellOf(first, c))
        r.issues.push({
          at: r.line,
          field: c,
          message: 'import.tripRowsDisagree',
          value: shorten(v),
        })
    }

  const dateCell = cellOf(first, 'date')
  const date = normaliseDate(dateCell)
  if (dateCell.trim() === '') tripIssue('date', 'import.required')
  else if (date === null) tripIssue('date', 'validation.date', dateCell)

  const dirCell = cellOf(first, 'direction')
  let direction = directionOf(dirCell)
  if (dirCell.trim() === '') direction = 'other'
  else if (!direction) tripIssue('direction', 'validation.direction', dirCell)

  const time = (c: 'depart' | 'arrive'): string | null => {
    const v = cellOf(first, c)
    if (v.trim() === '') return null
    const t = normaliseTime(v)
    if (t === null) tripIssue(c, 'validation.time', v)
    return t
  }
  const departTime = time('depart')
  const arriveTime = time('arrive')
  const tags = cellOf(first, 'tags')
    .split(/[;；]/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
  const createdAt = cellOf(first, 'created_at').trim() || ctx.now
  const updatedAt = cellOf(first, 'updated_at').trim() || createdAt
  const legs = g.rows.map((r) => parseLeg(r, ctx))
  for (const r of g.rows) issues.push(...r.issues)

  const id = g.key !== null && UUID_RE.test(g.key) ? g.key : ctx.newId()
  const trip = {
    direction: direction ?? 'other',
    legs,
    departTime,
    arriveTime,
    note: cellOf(first, 'note'),
    tags,
    id,
    date: date ?? '',
    createdAt,
    updatedAt,
  }
  const checked = checkTrip(trip, ctx.tomorrow)
  if (checked.ok && issues.length === 0) return { at, trip: checked.value }
  if (!checked.ok) {
    const seen = new Set(issues.map((i) => `${i.at}|${i.field ?? ''}`))
    for (const ci of checked.issues) {
      const mapped = mapIssue(ci.path, g.rows)
      if (!mapped || seen.has(`${mapped.at}|${mapped.field}`)) continue
      seen.add(`${mapped.at}|${mapped.field}`)
      const value = cellOf(mapped.row, mapped.field)
      issues.push({
        at: mapped.at,
        field: mapped.field,
        message: ci.message,
        ...(value ? { value: shorten(value) } : {}),
      })
    }
  }
  issues.sort((a, b) => a.at - b.at)
  return { at, issues }
}

function mapIssue(path: string, rows: Row[]): { at: number; field: CsvColumn; row: Row } | null {
  const m = /^legs\.(\d+)\.(.+)$/.exec(path)
  if (m) {
    const row = rows[Number(m[1])]
    const field = LEG_FIELD_COLUMN[m[2]!]
    return row && field ? { at: row.line, field, row } : null
  }
  const field = TRIP_FIELD_COLUMN[path.split('.')[0]!]
  return field ? { at: rows[0]!.line, field, row: rows[0]! } : null
}
