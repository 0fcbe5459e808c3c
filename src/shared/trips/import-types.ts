// What reading an import file yields, before duplicates are looked up.
import type { Trip } from './schema'

/** One problem in an import file; `message` is an i18n key in the trips namespace or common. */
export interface RowIssue {
  /** CSV: the file line (header = 1). JSON: the item's position in `trips`, from 1. */
  at: number
  /** The column (CSV) or field path (JSON) it concerns. */
  field?: string
  message: string
  /** The offending text, shortened, so the user can find it. */
  value?: string
}

export type Candidate =
  | { at: number; trip: Trip; issues?: undefined }
  | { at: number; trip?: undefined; issues: RowIssue[] }

export interface FileError {
  message: string
  params?: Record<string, string | number>
}

/** The file writes decimals with a comma; the first such fare shows the user how it was read. */
export interface DecimalComma {
  line: number
  cell: string
  fen: number
}

/**
 * Called now and then during a long read or write with how far it got, and awaited: the interface
 * shows its progress there (a read may wait for a frame to paint), and throws to cancel.
 */
export type Progress = (done: number, total: number) => void | Promise<void>

export interface ImportSource {
  format: 'csv' | 'json'
  /** CSV: the text encoding that was detected. */
  encoding?: string
  /** Whether `at` counts file lines (CSV) or items (JSON). */
  unit: 'line' | 'item'
  candidates: Candidate[]
  /** CSV columns that were not recognised and so not read. */
  ignoredColumns: string[]
  /** CSV: present when fares were read with the decimal comma (a semicolon file's rule). */
  decimalComma?: DecimalComma
}

export type ReadResult = { ok: true; source: ImportSource } | { ok: false; error: FileError }

export function shorten(value: string, max = 40): string {
  return value.length > max ? value.slice(0, max - 1) + '…' : value
}
