// A bill's table, wherever it came from (CSV text or a spreadsheet): the header found below the
// preamble, and the records after it with the line or row each starts on.
import { readCsv } from '../csv/csv'
import { clean } from './cells'

export interface BillTable {
  header: string[]
  records: { line: number; cells: unknown[] }[]
}

/** How many lines a preamble may have before the header; the documented ones have 16 to 24. */
const MAX_PREAMBLE = 60

/**
 * Finds the header among the first lines of `text` (the line where `isHeader` holds) and reads
 * the CSV from there; line numbers stay those of the whole file. Null if there is no such line.
 */
export function tableFromText(
  text: string,
  isHeader: (cells: string[]) => boolean,
): BillTable | null {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  let start = 0
  for (let line = 1; line <= MAX_PREAMBLE && start < body.length; line++) {
    const end = body.indexOf('\n', start)
    const raw = body.slice(start, end === -1 ? body.length : end)
    if (isHeader(raw.split(/[,\t]/).map(clean))) {
      const table = readCsv(body.slice(start))
      if (table === null) return null
      return {
        header: table.header.map(clean),
        records: table.records.map((r) => ({ line: r.line + line - 1, cells: r.cells })),
      }
    }
    if (end === -1) break
    start = end + 1
  }
  return null
}

/** The same search over spreadsheet rows (sheet row numbers from 1). */
export function tableFromRows(
  rows: readonly (readonly unknown[])[],
  isHeader: (cells: string[]) => boolean,
): BillTable | null {
  const limit = Math.min(rows.length, MAX_PREAMBLE)
  for (let i = 0; i < limit; i++) {
    const header = rows[i]!.map(clean)
    if (!isHeader(header)) continue
    const records: BillTable['records'] = []
    for (let j = i + 1; j < rows.length; j++) {
      const cells = rows[j]!
      if (cells.every((c) => clean(c) === '')) continue
      records.push({ line: j + 1, cells: [...cells] })
    }
    return { header, records }
  }
  return null
}

/** Column positions by name: the first alias found in the header, -1 when none is. */
export function columns<K extends string>(
  header: readonly string[],
  aliases: Record<K, readonly string[]>,
): Record<K, number> {
  const out = {} as Record<K, number>
  for (const key of Object.keys(aliases) as K[]) {
    out[key] = -1
    for (const name of aliases[key]) {
      const i = header.indexOf(name)
      if (i !== -1) {
        out[key] = i
        break
      }
    }
  }
  return out
}

export function cellAt(cells: readonly unknown[], i: number): unknown {
  return i < 0 ? '' : cells[i]
}

/** A line made only of dashes and a title (the end of some exports) is not a record. */
export function isRuleLine(cells: readonly unknown[]): boolean {
  const first = clean(cells[0])
  return /^-{5,}/.test(first)
}
