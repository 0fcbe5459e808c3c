// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab / carriage
// return). Export prefixes such cells with an apostrophe; import removes exactly one. A cell that
// already starts with apostrophes before such a character gets one more, so the mapping is
// reversible and a round trip is byte-identical.
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/
const HAS_PREFIX = /^'+[=+\-@\t\r]/

export function neutraliseFormula(cell: string): string {
  return NEEDS_PREFIX.test(cell) ? "'" + cell : cell
}

export function restoreFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 && HAS_PREFIX.test(cell) ? cell.slice(1) : cell
}
