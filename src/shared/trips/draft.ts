// What the entry form submits, and the tidying applied before it is checked and stored.
import type { Trip, TripBody } from './schema'

/** A trip as typed: the body plus its date; ids and timestamps are added when it is saved. */
export type TripDraft = TripBody & { date: string }

/** Tags as typed: "加班, 雨天；早班" → ['加班', '雨天', '早班'] (no repeats, no blanks). */
export function parseTags(input: string): string[] {
  const out: string[] = []
  for (const raw of input.split(/[,，;；、\s]+/)) {
    const t = raw.trim()
    if (t !== '' && !out.includes(t)) out.push(t)
  }
  return out
}

/** Trims what spaces would otherwise make different (from/to/line/note/tags). */
export function tidyDraft<T extends TripBody>(d: T): T {
  return {
    ...d,
    legs: d.legs.map((l) => ({ ...l, from: l.from.trim(), to: l.to.trim(), line: l.line.trim() })),
    note: d.note.trim(),
    tags: d.tags.map((t) => t.trim()).filter((t) => t !== ''),
  }
}

/** The fields a saved commute and a trip share, deep-copied so edits never alias. */
export function bodyOf(t: TripBody): TripBody {
  return {
    direction: t.direction,
    // A copy is a new record: the bill a leg was imported from and its e-invoice stay with it.
    legs: t.legs.map(({ bill: _bill, invoice: _invoice, ...l }) => ({
      ...l,
      payment: { ...l.payment },
    })),
    departTime: t.departTime,
    arriveTime: t.arriveTime,
    note: t.note,
    tags: [...t.tags],
  }
}

/** A copy of a stored trip as a draft: its body (bodyOf) and date. */
export function draftOf(t: Trip): TripDraft {
  return { date: t.date, ...bodyOf(t) }
}
