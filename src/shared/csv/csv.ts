// CSV as spreadsheets read it: UTF-8 with a BOM (so Excel picks the encoding), CRLF line ends,
// fields quoted when they hold a comma, quote or line break, every cell formula-neutralised.
import Papa from 'papaparse'
import { neutraliseFormula, restoreFormula } from './formula'
import { UTF8_BOM } from './decode'

export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = [header.map(neutraliseFormula), ...rows.map((r) => r.map(neutraliseFormula))]
  return UTF8_BOM + Papa.unparse(data, { newline: '\r\n', escapeFormulae: false }) + '\r\n'
}

export interface CsvRecord {
  /** The file line the record starts on, 1-based (the header is line 1). */
  line: number
  cells: string[]
}

export interface CsvTable {
  header: string[]
  headerLine: number
  records: CsvRecord[]
  /** ',' , ';' or a tab, as judged from the header line. */
  delimiter: string
  /** Lines with a stray quote inside a quoted cell; their records are unreliable. */
  badQuoteLines: number[]
  /**
   * The line where a quoted cell opens and never closes. Everything from there to the end of the
   * file was read into that one cell, so no record from that line on can be trusted.
   */
  unclosedQuoteLine: number | null
}

function lineBreaks(cell: string): number {
  let n = 0
  let i = cell.indexOf('\n')
  if (i === -1) {
    for (i = cell.indexOf('\r'); i !== -1; i = cell.indexOf('\r', i + 1)) n++
    return n
  }
  for (; i !== -1; i = cell.indexOf('\n', i + 1)) n++
  return n
}

/** The header line's ending; guessing from the whole file is fooled by line breaks in notes. */
function lineEnding(text: string): '\r\n' | '\n' | '\r' | undefined {
  const n = text.indexOf('\n')
  const r = text.indexOf('\r')
  if (n === -1 && r === -1) return undefined
  if (n === -1) return '\r'
  if (r === n - 1) return '\r\n'
  return r !== -1 && r < n ? '\r' : '\n'
}

/** Excel writes ',' or, in some locales, ';'; "Unicode text" uses tabs. Judge by the header. */
function delimiterOf(text: string): string {
  const end = text.search(/[\r\n]/)
  const header = end === -1 ? text : text.slice(0, end)
  let best = ','
  let bestCount = 0
  for (const d of [',', ';', '\t']) {
    const count = header.split(d).length - 1
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

/**
 * Parses CSV text. Blank lines are skipped but counted, so every record keeps its real line
 * number. Cells are restored from formula neutralisation.
 */
export function readCsv(text: string): CsvTable | null {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text
  const delimiter = delimiterOf(body)
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    newline: lineEnding(body),
    delimiter,
  })
  const badRows = new Set<number>()
  let unclosedRow: number | null = null
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue
    if (e.code === 'MissingQuotes') unclosedRow ??= e.row
    else badRows.add(e.row)
  }
  let header: string[] | null = null
  let headerLine = 0
  const records: CsvRecord[] = []
  const badQuoteLines: number[] = []
  let unclosedQuoteLine: number | null = null
  let line = 1
  parsed.data.forEach((cells, i) => {
    const start = line
    let extra = 0
    for (const c of cells) if (c.length > 0) extra += lineBreaks(c)
    line += 1 + extra
    if (i === unclosedRow) unclosedQuoteLine = start
    if (badRows.has(i)) badQuoteLines.push(start)
    if (cells.length === 1 && cells[0]!.trim() === '') return
    const restored = cells.map(restoreFormula)
    if (header === null) {
      header = restored
      headerLine = start
    } else records.push({ line: start, cells: restored })
  })
  if (header === null) return null
  return { header, headerLine, records, delimiter, badQuoteLines, unclosedQuoteLine }
}
