// Trips as CSV, one row per leg. Trip-level cells (date, direction, times, note, tags) repeat on
// every leg row so each row stands alone in a spreadsheet and the fare column sums correctly.
// The column set is documented in file-formats.md beside this file.
import { TIME_RE } from '../calendar/dates'
import { readCsv, writeCsv } from '../csv/csv'
import { decodeText } from '../csv/decode'
import { fenToYuan, yuanToFen } from '../money/fen'
import { checkTrip } from './check'
import { isDateString } from '../calendar/dates'
import { compareNewestFirst } from './filter'
import type { Candidate, ReadResult, RowIssue } from './import-types'
import { shorten } from './import-types'
import { regexes } from 'zod'
import {
  BILL_SOURCES,
  type BillSource,
  type Direction,
  type Leg,
  type Mode,
  type Payment,
  type PaymentKind,
  type Trip,
} from './schema'

/** Export writes these columns in this order; import finds them by name (or an alias) in any order. */
export const CSV_COLUMNS = [
  'trip_id',
  'date',
  'direction',
  'depart',
  'arrive',
  'leg',
  'mode',
  'from',
  'to',
  'line',
  'payment',
  'card',
  'fare_yuan',
  'minutes',
  'note',
  'tags',
  'created_at',
  'updated_at',
  'invoice',
  'bill_source',
  'bill_order',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['date', 'mode', 'fare_yuan']

/** Cells that describe the whole trip; the leg rows of one trip must agree on them. */
const TRIP_COLUMNS: readonly CsvColumn[] = [
  'date',
  'direction',
  'depart',
  'arrive',
  'note',
  'tags',
  'created_at',
  'updated_at',
]

export const TAG_SEPARATOR = ';'

/** Header names a Chinese spreadsheet may use, besides the column's own name. */
const HEADER_ALIASES: Record<CsvColumn, readonly string[]> = {
  trip_id: ['id', '行程编号', '编号', '行程id'],
  date: ['日期'],
  direction: ['方向'],
  depart: ['出发', '出发时间', 'depart_time'],
  arrive: ['到达', '到达时间', 'arrive_time'],
  leg: ['段', '分段', '第几段', 'leg_no'],
  mode: ['方式', '交通方式'],
  from: ['起点', '出发地'],
  to: ['终点', '目的地'],
  line: ['线路', '车次', '线路车次'],
  payment: ['支付', '支付方式'],
  card: ['卡', '卡片', '卡/码', '卡码'],
  fare_yuan: ['fare', '票价', '票价元', '费用', '金额'],
  minutes: ['分钟', '用时', '用时分钟', '时长'],
  note: ['备注'],
  tags: ['标签'],
  created_at: ['创建时间'],
  updated_at: ['修改时间', '更新时间'],
  invoice: ['电子发票', '已开票'],
  bill_source: ['账单来源'],
  bill_order: ['账单订单号', '订单号'],
}

const DIRECTION_ALIASES: Record<Direction, readonly string[]> = {
  toWork: ['上班', '去上班'],
  toHome: ['回家', '下班'],
  other: ['其他'],
}

const MODE_ALIASES: Record<Mode, readonly string[]> = {
  metro: ['地铁'],
  cityBus: ['公交', '市内公交', '公交车'],
  crossBus: ['跨省公交', '省际公交'],
  hsr: ['高铁', '动车', '高铁/动车'],
  train: ['火车', '普速列车', '普速火车'],
  taxi: ['出租车', '网约车', '出租车/网约车'],
  car: ['自驾', '汽车', '开车'],
  bike: ['自行车', '单车', '共享单车'],
  walk: ['步行'],
}

const PAYMENT_ALIASES: Record<PaymentKind, readonly string[]> = {
  card: ['卡', '卡/码', '卡或码', '乘车码'],
  cash: ['现金'],
  ticket: ['车票', '票'],
}

function norm(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()（）]/g, '')
}

/** The exact code as written by export first, then the lenient spelling. */
function lookup<K extends string>(map: Map<string, K>, cell: string): K | undefined {
  return map.get(cell) ?? map.get(norm(cell))
}

function aliasMap<K extends string>(table: Record<K, readonly string[]>): Map<string, K> {
  const m = new Map<string, K>()
  for (const key of Object.keys(table) as K[]) {
    m.set(norm(key), key)
    for (const a of table[key]) m.set(norm(a), key)
  }
  return m
}

const headerMap = aliasMap(HEADER_ALIASES)
const directionMap = aliasMap(DIRECTION_ALIASES)
const modeMap = aliasMap(MODE_ALIASES)
const paymentMap = aliasMap(PAYMENT_ALIASES)
const UUID_RE = regexes.uuid()

/** A mode as a spreadsheet may write it: the code, or its Chinese name (地铁, 高铁 …). */
export function modeOf(cell: string): Mode | undefined {
  return lookup(modeMap, cell)
}

/** What import and export need to know of the user's cards. */
export interface CardRef {
  id: string
  nickname: string
}

/** id → nickname, for nicknames no other card shares (else the id stays the only exact name). */
function exportNames(cards: readonly CardRef[]): Map<string, string> {
  const count = new Map<string, number>()
  for (const c of cards) count.set(c.nickname, (count.get(c.nickname) ?? 0) + 1)
  const names = new Map<string, string>()
  for (const c of cards) if (count.get(c.nickname) === 1) names.set(c.id, c.nickname)
  return names
}

/** Oldest first, so a spreadsheet reads like a diary; one row per leg. */
export function tripsToCsv(trips: readonly Trip[], cards: readonly CardRef[]): string {
  const names = exportNames(cards)
  const sorted = [...trips].sort((a, b) => compareNewestFirst(b, a))
  const rows: string[][] = []
  for (const t of sorted) {
    const tags = t.tags.join(TAG_SEPARATOR)
    t.legs.forEach((l, i) => {
      const card =
        l.payment.kind === 'card' ? (names.get(l.payment.cardId) ?? l.payment.cardId) : ''
      rows.push([
        t.id,
        t.date,
        t.direction,
        t.departTime ?? '',
        t.arriveTime ?? '',
        String(i + 1),
        l.mode,
        l.from,
        l.to,
        l.line,
        l.payment.kind,
        card,
        fenToYuan(l.fareFen),
        l.minutes === null ? '' : String(l.minutes),
        t.note,
        tags,
        t.createdAt,
        t.updatedAt,
        l.invoice === undefined ? '' : l.invoice ? 'yes' : 'no',
        l.bill?.source ?? '',
        l.bill?.orderNo ?? '',
      ])
    })
  }
  return writeCsv(CSV_COLUMNS, rows)
}

/** UTF-8 bytes of the CSV text (which starts with a BOM). */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv)
}

export interface CsvImportContext {
  cards: readonly CardRef[]
  tomorrow: string
  now?: Date
  newId?: () => string
}

/** "2025/10/9", "2025-10-09", "2025.10.9", "2025年10月9日" → "2025-10-09"; null if not a date. */
export function normaliseDate(cell: string): string | null {
  if (isDateString(cell)) return cell
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.trim())
  if (!m) return null
  const s = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  return isDateString(s) ? s : null
}

/** "8:05", "08:05", "08:05:00" → "08:05"; null if not a time of day. */
export function normaliseTime(cell: string): string | null {
  if (TIME_RE.test(cell)) return cell
  const m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(cell.trim())
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null
  return `${m[1]!.padStart(2, '0')}:${m[2]}`
}

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

/** Reads CSV bytes (UTF-8 with or without BOM, GBK, UTF-16) into import candidates. */
export function readTripsCsv(bytes: Uint8Array, ctx: CsvImportContext): ReadResult {
  const decoded = decodeText(bytes)
  const table = readCsv(decoded.text)
  if (table === null) return { ok: false, error: { message: 'import.empty' } }

  const cols = Object.fromEntries(CSV_COLUMNS.map((c) => [c, -1])) as ColumnIndex
  const ignoredColumns: string[] = []
  table.header.forEach((h, i) => {
    const col = headerMap.get(norm(h))
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

  const resolveCard = cardResolver(ctx.cards)
  const now = (ctx.now ?? new Date()).toISOString()
  const newId = ctx.newId ?? (() => crypto.randomUUID())
  const candidates = groups.map((g) =>
    buildTrip(g, { resolveCard, now, newId, tomorrow: ctx.tomorrow }),
  )
  return {
    ok: true,
    source: { format: 'csv', encoding: decoded.encoding, unit: 'line', candidates, ignoredColumns },
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

function parseLeg(r: Row, resolveCard: BuildContext['resolveCard']): Leg {
  const issue = (field: CsvColumn, message: string, value?: string): void => {
    r.issues.push({
      at: r.line,
      field,
      message,
      ...(value !== undefined ? { value: shorten(value) } : {}),
    })
  }
  const modeCell = cellOf(r, 'mode')
  const mode = lookup(modeMap, modeCell)
  if (modeCell.trim() === '') issue('mode', 'import.required')
  else if (!mode) issue('mode', 'validation.mode', modeCell)

  const cardCell = cellOf(r, 'card')
  const payCell = cellOf(r, 'payment')
  let kind = lookup(paymentMap, payCell)
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
    payment = { kind }
    if (cardCell.trim() !== '') issue('card', 'import.cardWithoutCardPayment', cardCell)
  }

  const fareCell = cellOf(r, 'fare_yuan')
  let fareFen = 0
  if (fareCell.trim() === '') issue('fare_yuan', 'import.required')
  else {
    const f = yuanToFen(fareCell)
    if (f === null) issue('fare_yuan', 'validation.fare', fareCell)
    else fareFen = f
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
  const billSource = cellOf(r, 'bill_source').trim()
  const billOrder = cellOf(r, 'bill_order').trim()
  if (billSource !== '' || billOrder !== '') {
    if ((BILL_SOURCES as readonly string[]).includes(billSource) && billOrder !== '')
      leg.bill = { source: billSource as BillSource, orderNo: billOrder }
    else issue('bill_source', 'validation.invalid', `${billSource} ${billOrder}`)
  }
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
  let direction = lookup(directionMap, dirCell)
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
  const legs = g.rows.map((r) => parseLeg(r, ctx.resolveCard))
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
