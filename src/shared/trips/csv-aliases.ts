// The CSV columns, and the names and values a spreadsheet may use for them: the app's own labels
// in both languages (what a user sees in the app and may type as a header), and common Chinese
// spellings. Export writes the canonical names; import accepts any of these.
import type { Direction, Mode, PayApp } from './schema'

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
  'paid_source',
  'paid_order',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['date', 'mode', 'fare_yuan']

/** Cells that describe the whole trip; the leg rows of one trip must agree on them. */
export const TRIP_COLUMNS: readonly CsvColumn[] = [
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

/** Header names a spreadsheet may use, besides the column's own name. */
const HEADER_ALIASES: Record<CsvColumn, readonly string[]> = {
  trip_id: ['id', '行程编号', '编号', '行程id'],
  date: ['日期'],
  direction: ['方向'],
  depart: ['出发', '出发时间', 'depart_time'],
  arrive: ['到达', '到达时间', 'arrive_time'],
  leg: ['段', '段号', '分段', '第几段', 'leg_no'],
  mode: ['方式', '交通方式'],
  from: ['起点', '出发地'],
  to: ['终点', '目的地'],
  line: ['线路', '车次', '线路/车次'],
  payment: ['支付', '支付方式'],
  card: ['卡', '卡片', '卡/码', '卡码'],
  fare_yuan: ['fare', '票价', '票价元', '票价（元）', '费用', '金额'],
  minutes: ['分钟', '用时', '用时分钟', '时长'],
  note: ['备注'],
  tags: ['标签'],
  created_at: ['创建时间'],
  updated_at: ['修改时间', '更新时间'],
  invoice: ['电子发票', '已开票', 'e-invoice'],
  bill_source: ['账单来源'],
  bill_order: ['账单订单号', '订单号', 'bill order number'],
  paid_source: ['付款账单来源', 'payment bill source'],
  paid_order: ['付款订单号', 'payment order number'],
}

const DIRECTION_ALIASES: Record<Direction, readonly string[]> = {
  toWork: ['上班', '去上班', 'To work'],
  toHome: ['回家', '下班', 'To home'],
  other: ['其他', 'Other'],
}

const MODE_ALIASES: Record<Mode, readonly string[]> = {
  metro: ['地铁'],
  cityBus: ['公交', '市内公交', '公交车', 'City bus'],
  crossBus: ['跨省公交', '省际公交', 'Cross-province bus'],
  hsr: ['高铁', '动车', '高铁/动车', 'High-speed rail'],
  train: ['火车', '普速列车', '普速火车', 'Conventional train'],
  taxi: ['出租车', '网约车', '出租车/网约车', 'Taxi / ride-hailing'],
  car: ['自驾', '汽车', '开车'],
  bike: ['自行车', '单车', '共享单车'],
  walk: ['步行'],
}

/** The payment cell: a kind, or for phone payments 'app:<app>' (payment.ts's values). */
export type PaymentCell = 'card' | 'cash' | 'ticket' | `app:${PayApp}`

const PAYMENT_ALIASES: Record<PaymentCell, readonly string[]> = {
  card: ['卡', '卡/码', '卡或码', '乘车码'],
  cash: ['现金'],
  ticket: ['车票', '票'],
  'app:alipay': ['支付宝', 'Alipay'],
  'app:wechat': ['微信', '微信支付', 'WeChat Pay', 'WeChat'],
  'app:other': ['其他电子支付', '其他手机支付', 'Other e-payment'],
}

/** Case, spaces, punctuation and brackets (half- or full-width) do not tell names apart. */
function norm(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/、()（）]/g, '')
}

function aliasMap<K extends string>(table: Record<K, readonly string[]>): Map<string, K> {
  const m = new Map<string, K>()
  for (const key of Object.keys(table) as K[]) {
    m.set(norm(key), key)
    for (const a of table[key]) m.set(norm(a), key)
  }
  return m
}

/** The exact code as written by export first, then the lenient spelling. */
function lookup<K extends string>(map: Map<string, K>): (cell: string) => K | undefined {
  return (cell) => map.get(cell) ?? map.get(norm(cell))
}

export const columnOf = lookup(aliasMap(HEADER_ALIASES))
export const directionOf = lookup(aliasMap(DIRECTION_ALIASES))
/** A mode as a spreadsheet may write it: the code, or its name (地铁, 高铁, High-speed rail …). */
export const modeOf = lookup(aliasMap(MODE_ALIASES))
export const paymentOf = lookup(aliasMap(PAYMENT_ALIASES))
