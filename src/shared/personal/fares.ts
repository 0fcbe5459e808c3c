// What the user paid on a leg: the fare paid most often, the dates it was paid between, and the
// fare paid most often before that ("¥31.50 since 2025-03, ¥29.50 before") and after it, when the
// fare changed. Only what the log holds: no fare is computed or taken from the pack.

export interface FarePaid {
  fen: number
  /** How many legs were paid this fare. */
  n: number
  /** First and last day it was paid. */
  from: string
  to: string
}

export interface FareHistory {
  /** Legs counted. */
  n: number
  /** The fare paid most often (a tie goes to the one paid last). */
  usual: FarePaid
  /** The fare paid most often before `usual.from`, if any leg was paid earlier. */
  before: FarePaid | null
  /** The fare paid most often after `usual.to`, if any leg was paid later. */
  after: FarePaid | null
}

interface Paid {
  date: string
  fareFen: number
}

function mostOften(paid: readonly Paid[]): FarePaid | null {
  const byFen = new Map<number, FarePaid>()
  for (const p of paid) {
    const f = byFen.get(p.fareFen)
    if (!f) byFen.set(p.fareFen, { fen: p.fareFen, n: 1, from: p.date, to: p.date })
    else {
      f.n++
      if (p.date < f.from) f.from = p.date
      if (p.date > f.to) f.to = p.date
    }
  }
  let best: FarePaid | null = null
  for (const f of byFen.values()) {
    if (
      !best ||
      f.n > best.n ||
      (f.n === best.n && (f.to > best.to || (f.to === best.to && f.fen > best.fen)))
    ) {
      best = f
    }
  }
  return best
}

export function fareHistory(paid: readonly Paid[]): FareHistory | null {
  const usual = mostOften(paid)
  if (!usual) return null
  return {
    n: paid.length,
    usual,
    before: mostOften(paid.filter((p) => p.date < usual.from)),
    after: mostOften(paid.filter((p) => p.date > usual.to)),
  }
}
