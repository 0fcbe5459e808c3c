// Alipay's bill (支付宝 交易明细, the CSV inside alipay_record_*.zip; GBK). About 24 preamble lines
// end at a separator naming the company — 支付宝（中国）网络技术有限公司 or, in 2026 exports,
// 支付宝支付科技有限公司 — then a header with a trailing comma; order numbers end with a tab.
// The older web export (交易号, 交易创建时间, 金额（元）…) is read through the same aliases.
// Layouts: /work/shared/research/bill-formats.md.
import { flowOf, hasColumns, readRows, type RowField, type RowLayout } from './rows'
import { tableFromText } from './table'
import type { BillFile } from './types'

/** Both company wordings of the separator line. */
export const ALIPAY_SEPARATOR_RE =
  /-{5,}\s*(支付宝（中国）网络技术有限公司|支付宝支付科技有限公司)\s*电子客户回单\s*-{5,}/

const ALIASES: Record<RowField, readonly string[]> = {
  time: ['交易时间', '交易创建时间', '付款时间'],
  category: ['交易分类', '类型'],
  counterparty: ['交易对方'],
  text: ['商品说明', '商品名称'],
  flow: ['收/支'],
  amount: ['金额', '金额（元）', '金额(元)'],
  status: ['交易状态'],
  orderNo: ['交易订单号', '交易号'],
  merchantOrderNo: ['商家订单号'],
}

const LAYOUT: RowLayout = {
  source: 'alipay',
  aliases: ALIASES,
  flow: flowOf,
  status: (c) => (/退款/.test(c) ? 'refund' : /关闭|失败|撤销/.test(c) ? 'failed' : 'ok'),
}

export function isAlipayHeader(cells: string[]): boolean {
  return hasColumns(cells, ALIASES)
}

/** Reads an Alipay bill's text; null when it is not in Alipay's layout. */
export function readAlipayCsv(text: string, tomorrow: string): Omit<BillFile, 'layout'> | null {
  const table = tableFromText(text, isAlipayHeader)
  if (table === null) return null
  return { source: 'alipay', ...readRows(table, LAYOUT, tomorrow) }
}
