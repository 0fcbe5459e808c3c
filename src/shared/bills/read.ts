// One entry for every bill a user may drop or paste: Alipay's CSV or its zip, WeChat's xlsx, CSV or
// zip, a 12306 order mail (text or .eml), or any other CSV through a column mapping. The heavy
// readers (zip, xlsx, mail) load only when a file needs them.
import { decodeText } from '../csv/decode'
import { MAX_BILL_BYTES } from './limits'
import { readAlipayCsv } from './alipay'
import { readHeader, type ColumnMapping, headerKey } from './mapped-csv'
import { readRailMail } from './rail12306'
import type { BillTable } from './table'
import type { BillError, BillFile, BillLayout } from './types'
import { readWechatCsv, readWechatSheet } from './wechat'

export { MAX_BILL_BYTES } from './limits'

export interface BillReadContext {
  tomorrow: string
  /** The password the Alipay or WeChat app showed, for a zipped bill; used once, never kept. */
  password?: string
}

export type BillReadResult =
  | { kind: 'file'; file: BillFile }
  | { kind: 'error'; error: BillError }
  /** An encrypted zip: ask for the password (again, when `wrong`). */
  | { kind: 'password'; wrong: boolean }
  /** A CSV in no known layout: the user maps its columns. */
  | { kind: 'mapping'; table: BillTable; key: string; encoding: string }

const err = (message: string, params?: BillError['params']): BillReadResult => ({
  kind: 'error',
  error: { message, params },
})

function file(
  layout: BillLayout,
  read: Omit<BillFile, 'layout'>,
  encoding?: string,
): BillReadResult {
  return { kind: 'file', file: { layout, ...read, ...(encoding ? { encoding } : {}) } }
}

/** Bytes that text never has: NULs, or many control characters (a PDF, an image, a program). */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return control > n / 20
}

function fromText(text: string, encoding: string, ctx: BillReadContext): BillReadResult | null {
  const alipay = readAlipayCsv(text, ctx.tomorrow)
  if (alipay) return file('alipayCsv', alipay, encoding)
  const wechat = readWechatCsv(text, ctx.tomorrow)
  if (wechat) return file('wechatCsv', wechat, encoding)
  const rail = readRailMail(text, ctx.tomorrow)
  if (rail) return file('rail12306Mail', rail, encoding)
  return null
}

/** Text the user pasted (a 12306 mail, usually). */
export function readPastedBill(text: string, ctx: BillReadContext): BillReadResult {
  if (text.trim() === '') return err('bills.error.empty')
  return fromText(text, '', ctx) ?? err('bills.error.unknownLayout')
}

export async function readBill(
  name: string,
  bytes: Uint8Array,
  ctx: BillReadContext,
): Promise<BillReadResult> {
  if (bytes.length === 0) return err('bills.error.empty')
  if (bytes.length > MAX_BILL_BYTES)
    return err('bills.error.tooLarge', {
      size: (bytes.length / 1024 / 1024).toFixed(1),
      max: MAX_BILL_BYTES / 1024 / 1024,
    })
  const zip = await import('./zip')
  if (zip.isZip(bytes)) {
    const content = await zip.openZip(bytes, ctx.password)
    switch (content.kind) {
      case 'xlsx': {
        const { xlsxRows } = await import('./xlsx')
        const rows = await xlsxRows(bytes)
        if (rows === null) return err('bills.error.damaged')
        const wechat = readWechatSheet(rows, ctx.tomorrow)
        return wechat ? file('wechatXlsx', wechat) : err('bills.error.unknownLayout')
      }
      case 'bill': {
        const inner = await readBill(content.name, content.bytes, { tomorrow: ctx.tomorrow })
        if (inner.kind === 'file' && inner.file.layout === 'alipayCsv')
          return { kind: 'file', file: { ...inner.file, layout: 'alipayZip' } }
        return inner
      }
      case 'password':
        return { kind: 'password', wrong: content.wrong }
      case 'noBill':
        return err('bills.error.noBillInZip')
      case 'damaged':
        return err('bills.error.damaged')
    }
  }
  if (isBinary(bytes)) return err('bills.error.wrongType', { name })
  const decoded = decodeText(bytes)
  const { looksLikeMail, mailText } = await import('./eml')
  if (/\.eml$/i.test(name) || looksLikeMail(decoded.text)) {
    const text = await mailText(bytes)
    if (text === null) return err('bills.error.damaged')
    const rail = readRailMail(text, ctx.tomorrow)
    return rail ? file('rail12306Mail', rail, 'mail') : err('bills.error.unknownLayout')
  }
  const known = fromText(decoded.text, decoded.encoding, ctx)
  if (known) return known
  const table =
    /\.(csv|txt|tsv)$/i.test(name) || /[,;\t]/.test(decoded.text.slice(0, 2000))
      ? readHeader(decoded.text)
      : null
  if (table && table.header.filter((h) => h !== '').length >= 3 && table.records.length > 0)
    return { kind: 'mapping', table, key: headerKey(table.header), encoding: decoded.encoding }
  return err('bills.error.unknownLayout')
}

export type { ColumnMapping }
