// Money is integer fen (分) everywhere; yuan strings exist only at the edges (forms, CSV), read by
// parse.ts and written here.

/** 1234 → "12.34" */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** 123456 → "¥1,234.56": for display; CSV and form fields use fenToYuan. */
export function formatFen(fen: number): string {
  const [whole = '0', frac = '00'] = fenToYuan(Math.abs(fen)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${fen < 0 ? '-' : ''}¥${grouped}.${frac}`
}
