// A rail payment in Alipay, WeChat Pay or a statement is dated the day the ticket was bought, not
// the day of the journey. It is paired here with the 12306 ticket(s) it paid for — tickets of the
// same import or rail legs already logged — by amount (one ticket's fare, or a whole order's) and a
// window: the journey on or after the purchase and at most RAIL_PURCHASE_WINDOW_DAYS later. No
// source in the app states 12306's presale period (it has changed over the years), so the window
// is the app's own, and the preview says so. A payment that pairs with nothing is never turned
// into a leg on the purchase date: the preview asks for the travel date or skips it.
import { addDays } from 'date-fns'
import { parseDate, toDateString } from '../calendar/dates'
import type { Leg, Trip } from '../trips/schema'
import { isRailMode } from '../trips/schema'
import { billKey, type BillLeg } from './legs'
import { normaliseName } from './names'

/** The app's own window, stated in the preview: a ticket is looked for up to 30 days ahead. */
export const RAIL_PURCHASE_WINDOW_DAYS = 30

/** A rail payment from a phone bill or statement, rather than a 12306 ticket. */
export function isRailPurchase(b: Pick<BillLeg, 'source' | 'operator'>): boolean {
  return b.operator === 'rail' && b.source !== 'rail12306'
}

/** "G7501", "K1234", "5124": a train number; anything else (an operator's name) is not one. */
export function trainOf(line: string): string | null {
  const t = line.trim().toUpperCase()
  return /^[GDCKTZSYL]?\d{1,5}$/.test(t) ? t : null
}

function sameStop(a: string, b: string): boolean {
  return a === '' || b === '' || normaliseName(a) === normaliseName(b)
}

/** Whether two rail records may be the same journey: the same train and stops where both say. */
export function sameJourney(
  a: Pick<Leg, 'from' | 'to' | 'line'>,
  b: Pick<Leg, 'from' | 'to' | 'line'>,
): boolean {
  const ta = trainOf(a.line)
  const tb = trainOf(b.line)
  return (
    (ta === null || tb === null || ta === tb) && sameStop(a.from, b.from) && sameStop(a.to, b.to)
  )
}

/** A logged leg, by trip and position. */
export interface Slot {
  trip: Trip
  index: number
}

export function slotKey(tripId: string, index: number): string {
  return `${tripId}#${index}`
}

/** Where a paid ticket is: in this import (by its bill key) or in the log. */
export type PairTarget = { kind: 'ticket'; bill: BillLeg } | { kind: 'slot'; slot: Slot }

interface Candidate {
  target: PairTarget
  key: string
  date: string
  time: string | null
  fareFen: number
  /** The order it was bought in, when known, and what the whole order came to. */
  order: string | null
  orderFen: number
  boughtOn: string | null
  leg: Pick<Leg, 'from' | 'to' | 'line'>
}

function compareWhen(a: { date: string; time: string | null }, b: typeof a): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  const ta = a.time ?? ''
  const tb = b.time ?? ''
  return ta < tb ? -1 : ta > tb ? 1 : 0
}

function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000)
}

/** The last travel date a purchase on `date` is paired with. */
export function windowEnd(date: string): string {
  return toDateString(addDays(parseDate(date), RAIL_PURCHASE_WINDOW_DAYS))
}

function inWindow(p: BillLeg, c: Candidate): boolean {
  if (c.date < p.date || c.date > windowEnd(p.date)) return false
  if (c.date === p.date && p.time !== null && c.time !== null && c.time < p.time) return false
  // A 12306 mail says when its order was bought: the payment is that day (or just after midnight).
  if (c.boughtOn !== null) {
    const d = daysBetween(c.boughtOn, p.date)
    if (d < 0 || d > 1) return false
  }
  return true
}

export interface PairingInput {
  /** Rail payments, not yet imported. */
  purchases: readonly BillLeg[]
  /** 12306 tickets of this import that no payment has yet. */
  tickets: readonly BillLeg[]
  /** Logged rail legs that may be paid: a 12306 ticket without a payment, or typed by hand. */
  slots: readonly Slot[]
}

export interface Pairing {
  /** Each paired purchase's key → the ticket(s) it paid for. */
  pairs: Map<string, PairTarget[]>
  unpaired: BillLeg[]
}

/**
 * Each purchase, in the order bought, takes the earliest unpaid ticket in its window whose fare
 * is the amount paid — or every ticket of an order when the amount is the order's total. Fares
 * are equal, so which of two identical tickets a payment takes changes no figure.
 */
export function pairPurchases(input: PairingInput): Pairing {
  const candidates: Candidate[] = [
    ...input.tickets.map((b) => ({
      target: { kind: 'ticket', bill: b } as const,
      key: billKey(b.source, b.orderNo),
      date: b.date,
      time: b.time,
      fareFen: b.fareFen,
      order: b.order ? `ticket:${b.order.no}` : null,
      // Every passenger's tickets: the one payment for the order paid for them all.
      orderFen: b.order?.totalFen ?? 0,
      boughtOn: b.order?.boughtOn ?? null,
      leg: b,
    })),
    ...input.slots.map(({ trip, index }) => {
      const leg = trip.legs[index]!
      const order = leg.bill?.source === 'rail12306' ? leg.bill.orderNo.split('/')[0]! : ''
      return {
        target: { kind: 'slot', slot: { trip, index } } as const,
        key: slotKey(trip.id, index),
        date: trip.date,
        time: trip.departTime,
        fareFen: leg.fareFen,
        order: order ? `slot:${order}` : null,
        orderFen: 0,
        boughtOn: null,
        leg,
      }
    }),
  ].sort(compareWhen)
  // Only the user's own tickets of an order are logged: their sum is what the log knows of it.
  const logged = new Map<string, number>()
  for (const c of candidates)
    if (c.target.kind === 'slot' && c.order)
      logged.set(c.order, (logged.get(c.order) ?? 0) + c.fareFen)
  for (const c of candidates)
    if (c.target.kind === 'slot' && c.order) c.orderFen = logged.get(c.order)!

  const taken = new Set<string>()
  const pairs = new Map<string, PairTarget[]>()
  const unpaired: BillLeg[] = []
  for (const p of [...input.purchases].sort(compareWhen)) {
    const fit = candidates.find(
      (c) =>
        !taken.has(c.key) &&
        inWindow(p, c) &&
        sameJourney(p, c.leg) &&
        (c.fareFen === p.fareFen || (c.order !== null && c.orderFen === p.fareFen)),
    )
    if (!fit) {
      unpaired.push(p)
      continue
    }
    // The whole order when the amount is its total (and the single fare is not).
    const group =
      fit.order !== null && fit.fareFen !== p.fareFen
        ? candidates.filter((c) => c.order === fit.order && !taken.has(c.key))
        : [fit]
    for (const c of group) taken.add(c.key)
    pairs.set(
      billKey(p.source, p.orderNo),
      group.map((c) => c.target),
    )
  }
  return { pairs, unpaired }
}

/** Logged rail legs a payment may pair with: a ticket without a payment, or one typed by hand. */
export function payableSlot(leg: Leg): boolean {
  return (
    isRailMode(leg.mode) &&
    leg.paidBy === undefined &&
    (leg.bill === undefined || leg.bill.source === 'rail12306')
  )
}
