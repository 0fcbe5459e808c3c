// WeChat Pay's bill (微信支付 账单): today an .xlsx, earlier a UTF-8 CSV; both have 16 preamble rows
// ending at the 微信支付账单明细列表 separator, then the header. Amounts read "¥1,234.56"; the
// direction is "/" for neutral rows. Layouts: /work/shared/research/bill-formats.md.
import { parseYuan } from '../money/parse'
import { flowOf, hasColumns, readRows, type RowField, type RowLayout } from './rows'
import { tableFromRows, tableFromText } from './table'
import type { BillFile } from './types'

export const WECHAT_SEPARATOR = '微信支付账单明细列表'

const ALIASES: Record<RowField, readonly string[]> = {
  time: ['交易时间'],
  category: ['交易类型'],
  counterparty: ['交易对方'],
  text: ['商品'],
  flow: ['收/支'],
  amount: ['金额(元)', '金额（元）'],
  status: ['当前状态'],
  orderNo: ['交易单号'],
  merchantOrderNo: ['商户单号'],
}

const LAYOUT: RowLayout = {
  source: 'wechat',
  aliases: ALIASES,
  flow: flowOf,
  status: (c, category, flow) => {
    if (/已全额退款/.test(c)) return 'refunded'
    if (/退款/.test(category) || (flow !== 'out' && /已退款/.test(c))) return 'refund'
    if (/失败|关闭|已撤销/.test(c)) return 'failed'
    return 'ok'
  },
  // "已退款(￥2.00)": part of a payment given back; the rest is what the ride cost.
  refundedFen: (c) => {
    const m = /已退款\s*[（(]\s*[¥￥]?\s*([\d.,]+)\s*[)）]/.exec(c)
    const refund = m ? parseYuan(m[1]!) : null
    return refund?.ok ? refund.fen : 0
  },
}

export function isWechatHeader(cells: string[]): boolean {
  return hasColumns(cells, ALIASES)
}

export function readWechatCsv(text: string, tomorrow: string): Omit<BillFile, 'layout'> | null {
  const table = tableFromText(text, isWechatHeader)
  if (table === null) return null
  return { source: 'wechat', ...readRows(table, LAYOUT, tomorrow) }
}

/** The first sheet's rows of a WeChat .xlsx bill. */
export function readWechatSheet(
  rows: readonly (readonly unknown[])[],
  tomorrow: string,
): Omit<BillFile, 'layout'> | null {
  const table = tableFromRows(rows, isWechatHeader)
  if (table === null) return null
  return { source: 'wechat', ...readRows(table, LAYOUT, tomorrow) }
}
