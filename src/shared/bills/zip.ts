// Zipped bills: Alipay e-mails alipay_record_*.zip and WeChat a zip, both encrypted with a
// password the app shows (ZipCrypto or AES; zip.js reads both). The password is used for this
// one read and never kept. An .xlsx is a zip too, told apart by its workbook entry.
// zip.js's "native" build uses the platform's DecompressionStream: no WebAssembly, no workers,
// so the page's strict CSP holds.
import {
  configure,
  ERR_ENCRYPTED,
  ERR_INVALID_PASSWORD,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  type Entry,
} from '@zip.js/zip.js/index-native.js'

configure({ useWebWorkers: false })

export type ZipContent =
  | { kind: 'xlsx' }
  | { kind: 'bill'; name: string; bytes: Uint8Array }
  | { kind: 'password'; wrong: boolean }
  | { kind: 'noBill' }
  | { kind: 'damaged' }

const BILL_ENTRY_RE = /\.(csv|xlsx|txt)$/i

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The bill inside a zip (the first .csv or .xlsx), or what stands in the way. */
export async function openZip(bytes: Uint8Array, password?: string): Promise<ZipContent> {
  const reader = new ZipReader(new Uint8ArrayReader(bytes))
  let entries: Entry[]
  try {
    entries = await reader.getEntries()
  } catch {
    return { kind: 'damaged' }
  }
  try {
    if (entries.some((e) => e.filename === 'xl/workbook.xml')) return { kind: 'xlsx' }
    const entry = entries.find((e) => !e.directory && BILL_ENTRY_RE.test(e.filename))
    if (!entry || entry.directory) return { kind: 'noBill' }
    if (entry.encrypted && !password) return { kind: 'password', wrong: false }
    try {
      const data = await entry.getData(new Uint8ArrayWriter(), { password })
      return { kind: 'bill', name: entry.filename, bytes: data }
    } catch (e) {
      const message = (e as Error).message
      if (message === ERR_INVALID_PASSWORD || message === ERR_ENCRYPTED)
        return { kind: 'password', wrong: true }
      return { kind: 'damaged' }
    }
  } finally {
    await reader.close()
  }
}
