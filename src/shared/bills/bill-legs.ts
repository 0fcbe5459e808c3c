// A bill's ride written as a leg: a new leg, or a logged leg that gains what the bill knows (its
// fare and number, its stops and line where the leg has none). A payment in a bill is never cash.
// A rail leg names its 12306 ticket in `bill` once one is known, and the payment in `paidBy`.
import type { Leg, LegBill } from '../trips/schema'
import { isRailMode } from '../trips/schema'
import type { BillLeg } from './legs'
import { billPayment } from './payment'

export type Cards = readonly { id: string; typeId: string }[]

export function billRef(b: Pick<BillLeg, 'source' | 'orderNo'>): LegBill {
  return { source: b.source, orderNo: b.orderNo }
}

export function legFromBill(b: BillLeg, cards: Cards, paid?: BillLeg): Leg {
  const leg: Leg = {
    mode: b.mode,
    from: b.from,
    to: b.to,
    line: b.line,
    payment: billPayment(b, cards),
    fareFen: b.fareFen,
    minutes: null,
    bill: billRef(b),
  }
  if (paid) leg.paidBy = billRef(paid)
  if (isRailMode(b.mode)) leg.invoice = false
  return leg
}

/**
 * A leg keeps what the user typed and gains what the bill knows. A 12306 ticket taking a rail leg
 * first known by its payment is the better record of the journey: its stops and train replace the
 * payment's, and the payment moves to `paidBy`.
 */
export function withBill(leg: Leg, b: BillLeg, cards: Cards, paid?: BillLeg): Leg {
  const ticketOverPayment =
    b.source === 'rail12306' && leg.bill !== undefined && leg.bill.source !== 'rail12306'
  const out: Leg = {
    ...leg,
    from: ticketOverPayment ? b.from || leg.from : leg.from || b.from,
    to: ticketOverPayment ? b.to || leg.to : leg.to || b.to,
    line: ticketOverPayment ? b.line || leg.line : leg.line || b.line,
    fareFen: b.fareFen,
    bill: billRef(b),
  }
  if (leg.payment.kind === 'cash') out.payment = billPayment({ ...b, mode: leg.mode }, cards)
  if (ticketOverPayment) out.paidBy = leg.bill
  if (paid) out.paidBy = billRef(paid)
  if (isRailMode(leg.mode) && out.invoice === undefined) out.invoice = false
  return out
}

/** A logged rail leg paid by a purchase: a ticket gains its payment; a hand-typed leg its bill. */
export function withPayment(leg: Leg, paid: BillLeg): Leg {
  return leg.bill ? { ...leg, paidBy: billRef(paid) } : { ...leg, bill: billRef(paid) }
}
