// 12306's order e-mail (from 12306@rails.com.cn), pasted as text or read from an .eml: one line per
// ticket — "1.张三,2025年01月15日08:30开,上海虹桥站-嘉兴南站,G7501次列车,05车12A号,二等座,成人票,
// 票价29.5元". A mail about a refund (退票) gives tickets back. An order may hold tickets for other
// passengers: each ticket keeps its passenger's name for the preview to ask which one is the user
// (never written to a trip). Layout: /work/shared/research/bill-formats.md.
import { billAmount, rowIssue } from './cells'
import type { RowIssue } from '../trips/import-types'
import { MIN_TRIP_DATE } from '../trips/schema'
import { isDateString } from '../calendar/dates'
import type { BillFile, BillRow } from './types'

const TICKET_RE =
  /(\d{1,2})\s*[.、]\s*([^,，\n]{1,40}?)\s*[,，]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2})[:：](\d{2})\s*开\s*[,，]\s*([^,，\n]+?)\s*[-—–－]\s*([^,，\n]+?)\s*[,，]\s*([A-Z]?\d{1,5})\s*次列车\s*[,，]\s*([^,，\n]*?)\s*[,，]\s*([^,，\n]*?)\s*[,，]\s*([^,，\n]*?)\s*[,，]\s*票价\s*[¥￥]?\s*([^元\s]+)\s*元/g

const ORDER_RE = /订单号码?\s*[:：]?\s*([A-Z]{0,2}\d{6,})/
/** "您于2026年11月05日在中国铁路客户服务中心网站…成功购买": the day the order was bought. */
const BOUGHT_RE = /您于\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。\n]{0,60}?购买/

/** Whether the text looks like a 12306 order mail at all (so other text gets "not recognised"). */
export function looksLikeRailMail(text: string): boolean {
  return /12306|中国铁路/.test(text) && /次列车/.test(text)
}

/** "上海虹桥站" → "上海虹桥": the pack's station names have no 站. */
export function stationName(s: string): string {
  return s.trim().replace(/(火车)?站$/, '')
}

/** G, D and C trains are high-speed; the rest (K, T, Z, numbers only) conventional. */
export function railMode(trainNo: string): 'hsr' | 'train' {
  return /^[GDC]/.test(trainNo) ? 'hsr' : 'train'
}

function pad(s: string): string {
  return s.padStart(2, '0')
}

export function readRailMail(text: string, tomorrow: string): Omit<BillFile, 'layout'> | null {
  const flat = text.replace(/\r\n?/g, '\n').replace(/[ \t\u3000]+/g, ' ')
  if (!looksLikeRailMail(flat)) return null
  const order = ORDER_RE.exec(flat)?.[1] ?? ''
  const refund = /退票/.test(flat)
  const bought = BOUGHT_RE.exec(flat)
  const boughtDate = bought ? `${bought[1]}-${pad(bought[2]!)}-${pad(bought[3]!)}` : ''
  const boughtOn = !refund && isDateString(boughtDate) ? boughtDate : null
  const rows: BillRow[] = []
  const invalid: RowIssue[] = []
  for (const m of flat.matchAll(TICKET_RE)) {
    const at = Number(m[1])
    const date = `${m[3]}-${pad(m[4]!)}-${pad(m[5]!)}`
    const time = `${pad(m[6]!)}:${m[7]}`
    const trainNo = m[10]!
    const amount = billAmount(m[14]!)
    if (!amount.ok) {
      invalid.push(rowIssue(at, 'amount', amount.message, m[14]))
      continue
    }
    if (!isDateString(date) || Number(m[6]) > 23 || Number(m[7]) > 59) {
      invalid.push(rowIssue(at, 'time', 'bills.row.date', `${date} ${time}`))
      continue
    }
    if (date < MIN_TRIP_DATE || date > tomorrow) {
      invalid.push(rowIssue(at, 'time', 'bills.row.dateRange', date))
      continue
    }
    const seat = `${m[11]}`.replace(/\s/g, '')
    // One order may hold several tickets: the order, train, date and seat name one of them.
    const ticketNo = `${order}/${date}/${trainNo}/${seat}`
    rows.push({
      source: 'rail12306',
      at,
      orderNo: refund ? `${ticketNo}/refund` : ticketNo,
      merchantOrderNo: ticketNo,
      date,
      time,
      amountFen: amount.value,
      flow: refund ? 'in' : 'out',
      status: refund ? 'refund' : 'ok',
      category: '12306',
      counterparty: '中国铁路12306',
      text: `${trainNo} ${stationName(m[8]!)}-${stationName(m[9]!)} ${m[12]}`.trim(),
      from: stationName(m[8]!),
      to: stationName(m[9]!),
      line: trainNo,
      mode: railMode(trainNo),
      passenger: m[2]!.trim(),
      order,
      boughtOn,
    })
  }
  if (rows.length === 0 && invalid.length === 0) return null
  return { source: 'rail12306', rows, invalid }
}
