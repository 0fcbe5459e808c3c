// A bill's rides against the log, before anything is written:
// - a ride already imported (same source and order number, as a leg's bill or payment) is a
//   duplicate;
// - a ride that a logged trip of that day holds as a leg of the same mode fills its missing fare,
//   corrects a different one, or is the same payment (it then gains the bill's number);
// - a rail payment from a phone bill is paired with the 12306 ticket(s) it bought (rail-pairing.ts)
//   and recorded on them; one that pairs with nothing waits for a travel date from the user;
// - the rest become trips (grouping.ts).
// Every proposal is an item the user may leave out (selection.ts). Pure: the same inputs give the
// same plan, and nothing is written.
import type { NewRecordOptions } from '../trips/quick-entry'
import { isDateString } from '../calendar/dates'
import type { CommuteTemplate, Leg, Mode, Trip } from '../trips/schema'
import { isRailMode } from '../trips/schema'
import { withBill, withPayment, type Cards } from './bill-legs'
import { compareBills, fits, groupNewTrips, minutesApart } from './grouping'
import { billKey, type BillLeg } from './legs'
import {
  isRailPurchase,
  pairPurchases,
  payableSlot,
  sameJourney,
  slotKey,
  windowEnd,
  type PairTarget,
  type Slot,
} from './rail-pairing'

export type DuplicateKind = 'imported' | 'logged'

/** A new trip the import proposes. */
export interface NewTripItem {
  kind: 'new'
  /** The bill key of its first ride: what the user's choice to leave it out is kept by. */
  id: string
  trip: Trip
  commute: string | null
  bills: BillLeg[]
  /** Rail payments recorded on its tickets. */
  payments: BillLeg[]
}

/**
 * A change to a logged leg: its fare filled or corrected, or (paired) the payment of its ticket
 * recorded. 'same' changes no figure: the leg already holds the bill's fare and gains its number.
 */
export interface LegItem {
  kind: 'fill' | 'correct' | 'paired' | 'same'
  id: string
  tripId: string
  date: string
  legIndex: number
  mode: Mode
  before: Leg
  after: Leg
  /** The ride, ticket or payment the change comes from. */
  bill: BillLeg
  payments: BillLeg[]
}

export type PlanItem = NewTripItem | LegItem

export interface BillPlan {
  /** What the user may leave out: new trips, fills, corrections, payments paired in the log. */
  items: PlanItem[]
  duplicates: { kind: DuplicateKind; bill: BillLeg }[]
  /** Logged legs that already hold a ride's fare and gain its number: always written. */
  same: LegItem[]
  /** Rail payments that no ticket matched by amount and window, whether given a date or not. */
  unpaired: BillLeg[]
  /** Those of them without a travel date from the user: skipped. */
  undated: BillLeg[]
  /** The logged trips the plan touches, as they are now (for the write and its undo). */
  logged: Trip[]
}

export interface ReconcileContext extends NewRecordOptions {
  templates: readonly CommuteTemplate[]
  /** The user's cards and codes, to name the ride code a payment went through. */
  cards: Cards
}

export interface BillInput {
  legs: readonly BillLeg[]
  /** Travel dates the user gave rail payments that no ticket matched, by bill key. */
  travelDates?: Readonly<Record<string, string>>
}

/** The dates whose logged trips reconcileBill must be given: rides' days, payments' windows. */
export function billDateRange(input: BillInput): { from: string; to: string } | null {
  let from = ''
  let to = ''
  const take = (d: string): void => {
    if (from === '' || d < from) from = d
    if (to === '' || d > to) to = d
  }
  for (const b of input.legs) {
    take(b.date)
    if (isRailPurchase(b)) take(windowEnd(b.date))
  }
  for (const d of Object.values(input.travelDates ?? {})) if (isDateString(d)) take(d)
  return from === '' ? null : { from, to }
}

/** A leg a ride may take: one without a bill, or a rail leg known only by its payment. */
function claimable(leg: Leg, b: BillLeg): boolean {
  if (!leg.bill) return true
  return (
    b.source === 'rail12306' &&
    isRailMode(leg.mode) &&
    leg.bill.source !== 'rail12306' &&
    leg.paidBy === undefined
  )
}

/**
 * `existing` must hold every logged trip in billDateRange(input) (a wider set is fine). Pure: the
 * same inputs give the same plan, and nothing is written.
 */
export function reconcileBill(
  input: BillInput,
  existing: readonly Trip[],
  ctx: ReconcileContext,
): BillPlan {
  const plan: BillPlan = {
    items: [],
    duplicates: [],
    same: [],
    unpaired: [],
    undated: [],
    logged: [],
  }
  const seen = new Set<string>()
  const byDate = new Map<string, Trip[]>()
  for (const t of existing) {
    for (const l of t.legs)
      for (const ref of [l.bill, l.paidBy]) if (ref) seen.add(billKey(ref.source, ref.orderNo))
    const list = byDate.get(t.date)
    if (list) list.push(t)
    else byDate.set(t.date, [t])
  }

  // 1. Already imported (or twice in this import): duplicates. The rest: rides and payments.
  const rides: BillLeg[] = []
  const purchases: BillLeg[] = []
  for (const b of [...input.legs].sort(compareBills)) {
    const key = billKey(b.source, b.orderNo)
    if (seen.has(key)) {
      plan.duplicates.push({ kind: 'imported', bill: b })
      continue
    }
    seen.add(key)
    if (isRailPurchase(b)) purchases.push(b)
    else rides.push(b)
  }

  // 2. Rides and tickets take the logged leg of their day that fits best.
  const claims = new Map<string, { slot: Slot; bill: BillLeg }>()
  // Logged legs a payment paired with (step 3): no ride takes them after.
  const slotPaid = new Map<string, { slot: Slot; paid: BillLeg }>()
  const taken = (tripId: string, index: number): boolean =>
    claims.has(slotKey(tripId, index)) || slotPaid.has(slotKey(tripId, index))
  const rest: BillLeg[] = []
  const claimBest = (b: BillLeg, may: (leg: Leg) => boolean): boolean => {
    let best: { slot: Slot; score: number } | null = null
    for (const trip of byDate.get(b.date) ?? [])
      trip.legs.forEach((l, index) => {
        if (taken(trip.id, index) || !may(l) || !fits(l, b)) return
        // Nearest in time wins; an equal fare is worth two hours, a missing one one hour.
        const penalty = l.fareFen === b.fareFen ? 0 : l.fareFen === 0 ? 60 : 120
        const score = minutesApart(trip.departTime ?? trip.arriveTime, b.time) + penalty
        if (best === null || score < best.score) best = { slot: { trip, index }, score }
      })
    if (best === null) return false
    const { slot } = best as { slot: Slot }
    claims.set(slotKey(slot.trip.id, slot.index), { slot, bill: b })
    return true
  }
  for (const b of rides) if (!claimBest(b, (l) => claimable(l, b))) rest.push(b)

  // 3. Rail payments pair with tickets of this import or the log by amount and window.
  const ticketPaid = new Map<string, BillLeg>()
  const ticketsOf = rides.filter((b) => b.source === 'rail12306')
  // A ticket taking a leg known by its payment (claimable's second case) already has that payment.
  const paidTickets = new Set<BillLeg>()
  for (const c of claims.values()) if (c.slot.trip.legs[c.slot.index]!.bill) paidTickets.add(c.bill)
  const hasPayment = (t: BillLeg): boolean => paidTickets.has(t)
  const slots: Slot[] = []
  for (const trip of existing)
    trip.legs.forEach((l, index) => {
      if (payableSlot(l) && !claims.has(slotKey(trip.id, index))) slots.push({ trip, index })
    })
  const pairing = pairPurchases({
    purchases,
    tickets: ticketsOf.filter((t) => !hasPayment(t)),
    slots,
  })
  const record = (p: BillLeg, target: PairTarget): void => {
    if (target.kind === 'ticket')
      ticketPaid.set(billKey(target.bill.source, target.bill.orderNo), p)
    else
      slotPaid.set(slotKey(target.slot.trip.id, target.slot.index), { slot: target.slot, paid: p })
  }
  for (const p of purchases)
    for (const target of pairing.pairs.get(billKey(p.source, p.orderNo)) ?? []) record(p, target)

  // 4. A payment the user gave a travel date: that day's unpaid ticket, else the logged leg it
  //    fits, else a ride of its own. Without a date it waits in `undated`.
  plan.unpaired = pairing.unpaired
  for (const p of pairing.unpaired) {
    const date = input.travelDates?.[billKey(p.source, p.orderNo)]
    if (date === undefined || !isDateString(date) || date < p.date) {
      plan.undated.push(p)
      continue
    }
    const dated: BillLeg = { ...p, date, time: null }
    const ticket = ticketsOf.find(
      (t) =>
        t.date === date &&
        !hasPayment(t) &&
        !ticketPaid.has(billKey(t.source, t.orderNo)) &&
        sameJourney(t, dated),
    )
    if (ticket) {
      record(p, { kind: 'ticket', bill: ticket })
      continue
    }
    const slot = (byDate.get(date) ?? [])
      .flatMap((trip) => trip.legs.map((l, index) => ({ trip, index, l })))
      .find(
        ({ trip, index, l }) =>
          l.bill?.source === 'rail12306' &&
          payableSlot(l) &&
          !taken(trip.id, index) &&
          fits(l, dated),
      )
    if (slot) record(p, { kind: 'slot', slot })
    else if (!claimBest(dated, (l) => !l.bill)) rest.push(dated)
  }

  // 5. What each change does to its logged leg, and the new trips.
  const paidFor = (b: BillLeg): BillLeg[] => {
    const p = ticketPaid.get(billKey(b.source, b.orderNo))
    return p ? [p] : []
  }
  const edits: LegItem[] = []
  for (const { slot, bill } of claims.values()) {
    const before = slot.trip.legs[slot.index]!
    const [paid] = paidFor(bill)
    const after = withBill(before, bill, ctx.cards, paid)
    const kind =
      before.fareFen === after.fareFen ? 'same' : before.fareFen === 0 ? 'fill' : 'correct'
    edits.push(legItem(kind, slot, before, after, bill, paidFor(bill)))
  }
  for (const { slot, paid } of slotPaid.values()) {
    const before = slot.trip.legs[slot.index]!
    edits.push(legItem('paired', slot, before, withPayment(before, paid), paid, [paid]))
  }
  // In the log's order: by day, then each trip's legs in turn.
  const order = new Map(existing.map((t, i) => [t.id, i]))
  edits.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      order.get(a.tripId)! - order.get(b.tripId)! ||
      a.legIndex - b.legIndex,
  )
  for (const e of edits) {
    if (e.kind === 'same') {
      plan.same.push(e)
      plan.duplicates.push({ kind: 'logged', bill: e.bill })
    } else plan.items.push(e)
  }
  const touched = new Set(edits.map((e) => e.tripId))
  plan.logged = existing.filter((t) => touched.has(t.id))

  const news = groupNewTrips(rest, ticketPaid, ctx)
  for (const n of news)
    plan.items.push({
      kind: 'new',
      id: billKey(n.bills[0]!.source, n.bills[0]!.orderNo),
      ...n,
      payments: n.bills.flatMap(paidFor),
    })
  return plan
}

function legItem(
  kind: LegItem['kind'],
  slot: Slot,
  before: Leg,
  after: Leg,
  bill: BillLeg,
  payments: BillLeg[],
): LegItem {
  return {
    kind,
    id: billKey(bill.source, bill.orderNo),
    tripId: slot.trip.id,
    date: slot.trip.date,
    legIndex: slot.index,
    mode: before.mode,
    before,
    after,
    bill,
    payments,
  }
}
