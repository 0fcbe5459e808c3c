// Trips as CSV, one row per leg. Trip-level cells (date, direction, times, note, tags) repeat on
// every leg row so each row stands alone in a spreadsheet and the fare column sums correctly.
// The column set is documented in file-formats.md beside this file.
import { writeCsv } from '../csv/csv'
import { fenToYuan } from '../money/fen'
import { CSV_COLUMNS, TAG_SEPARATOR } from './csv-aliases'
import { compareChronological } from './filter'
import { paymentValue } from './payment'
import type { Trip } from './schema'

/** What import and export need to know of the user's cards. */
export interface CardRef {
  id: string
  nickname: string
}

/** id → nickname, for nicknames no other card shares (else the id stays the only exact name). */
function exportNames(cards: readonly CardRef[]): Map<string, string> {
  const count = new Map<string, number>()
  for (const c of cards) count.set(c.nickname, (count.get(c.nickname) ?? 0) + 1)
  const names = new Map<string, string>()
  for (const c of cards) if (count.get(c.nickname) === 1) names.set(c.id, c.nickname)
  return names
}

/** Oldest first, so a spreadsheet reads like a diary; one row per leg. */
export function tripsToCsv(trips: readonly Trip[], cards: readonly CardRef[]): string {
  const names = exportNames(cards)
  const sorted = [...trips].sort(compareChronological)
  const rows: string[][] = []
  for (const t of sorted) {
    const tags = t.tags.join(TAG_SEPARATOR)
    t.legs.forEach((l, i) => {
      const card =
        l.payment.kind === 'card' ? (names.get(l.payment.cardId) ?? l.payment.cardId) : ''
      rows.push([
        t.id,
        t.date,
        t.direction,
        t.departTime ?? '',
        t.arriveTime ?? '',
        String(i + 1),
        l.mode,
        l.from,
        l.to,
        l.line,
        l.payment.kind === 'app' ? paymentValue(l.payment) : l.payment.kind,
        card,
        fenToYuan(l.fareFen),
        l.minutes === null ? '' : String(l.minutes),
        t.note,
        tags,
        t.createdAt,
        t.updatedAt,
        l.invoice === undefined ? '' : l.invoice ? 'yes' : 'no',
        l.bill?.source ?? '',
        l.bill?.orderNo ?? '',
        l.paidBy?.source ?? '',
        l.paidBy?.orderNo ?? '',
      ])
    })
  }
  return writeCsv(CSV_COLUMNS, rows)
}

/** UTF-8 bytes of the CSV text (which starts with a BOM). */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv)
}
