// A bill's rides against the log, before anything is written: a ride already imported (same
// source and order number) is a duplicate; a ride that a logged trip of that day already holds as
// a leg of the same mode fills its missing fare, corrects a different one, or is the same payment;
// the rest become trips — grouped into a saved commute's shape where a day's rides fit one, else
// one trip per ride.
import { timeToMinutes } from '../calendar/dates'
import { bodyOf } from '../trips/draft'
import type { NewRecordOptions } from '../trips/quick-entry'
import {
  isRailMode,
  type CommuteTemplate,
  type Leg,
  type Mode,
  type Payment,
  type Trip,
} from '../trips/schema'
import { billKey, type BillLeg } from './legs'
import { normaliseName } from './names'
import type { OperatorId } from './operators'

export type FareChangeKind = 'fill' | 'correct'

export interface FareChange {
  kind: FareChangeKind
  tripId: string
  date: string
  legIndex: number
  mode: Mode
  fromFen: number
  toFen: number
  bill: BillLeg
}

export interface NewBillTrip {
  trip: Trip
  /** The saved commute whose shape the trip took, or null for a single ride. */
  commute: string | null
  bills: BillLeg[]
}

export type DuplicateKind = 'imported' | 'logged'

export interface BillPlan {
  newTrips: NewBillTrip[]
  changes: FareChange[]
  duplicates: { kind: DuplicateKind; bill: BillLeg }[]
  /** Logged trips as they will be written (fares filled or corrected, bill numbers added). */
  updated: Trip[]
  /** The same trips as they are now, for undo. */
  originals: Trip[]
}

export interface ReconcileContext extends NewRecordOptions {
  templates: readonly CommuteTemplate[]
  /** The user's cards and codes, to name the ride code a payment went through. */
  cards: readonly { id: string; typeId: string }[]
}

/** Modes a payment can be for; a saved commute's walk or bike legs are not looked for in a bill. */
const PAID_MODES: ReadonlySet<Mode> = new Set(['metro', 'cityBus', 'crossBus', 'hsr', 'train'])

/** The ride codes (pack card types) each operator's payments go through, most likely first. */
const RIDE_CODES: Record<OperatorId, readonly string[]> = {
  shCard: ['sh-ride-code'],
  shMetro: ['metro-daduhui', 'sh-ride-code'],
  shBus: ['sh-ride-code'],
  jxBus: ['jiatongxing'],
  rideCode: ['sh-ride-code', 'metro-daduhui', 'jiatongxing'],
  rail: [],
}

/** Rail is a ticket; other rides name the user's ride code when they keep one, else cash. */
export function billPayment(b: BillLeg, cards: ReconcileContext['cards']): Payment {
  if (isRailMode(b.mode)) return { kind: 'ticket' }
  for (const type of b.operator ? RIDE_CODES[b.operator] : []) {
    const card = cards.find((c) => c.typeId === type)
    if (card) return { kind: 'card', cardId: card.id }
  }
  return { kind: 'cash' }
}

export function legFromBill(b: BillLeg, cards: ReconcileContext['cards']): Leg {
  const leg: Leg = {
    mode: b.mode,
    from: b.from,
    to: b.to,
    line: b.line,
    payment: billPayment(b, cards),
    fareFen: b.fareFen,
    minutes: null,
    bill: { source: b.source, orderNo: b.orderNo },
  }
  if (isRailMode(b.mode)) leg.invoice = false
  return leg
}

function sameStop(a: string, b: string): boolean {
  return a === '' || b === '' || normaliseName(a) === normaliseName(b)
}

function fits(logged: Pick<Leg, 'mode' | 'from' | 'to'>, b: BillLeg): boolean {
  return logged.mode === b.mode && sameStop(logged.from, b.from) && sameStop(logged.to, b.to)
}

function minutesApart(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0
  const d = Math.abs(timeToMinutes(a) - timeToMinutes(b))
  return Math.min(d, 24 * 60 - d)
}

/** A leg keeps what the user typed and gains what the bill knows. */
function withBill(leg: Leg, b: BillLeg): Leg {
  const out: Leg = {
    ...leg,
    from: leg.from || b.from,
    to: leg.to || b.to,
    line: leg.line || b.line,
    fareFen: b.fareFen,
    bill: { source: b.source, orderNo: b.orderNo },
  }
  if (isRailMode(leg.mode) && out.invoice === undefined) out.invoice = false
  return out
}

function byDateTime(a: BillLeg, b: BillLeg): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return (a.time ?? '') < (b.time ?? '') ? -1 : (a.time ?? '') > (b.time ?? '') ? 1 : a.at - b.at
}

/**
 * `existing` must hold every logged trip on the bill's dates (a wider set is fine). Pure: the
 * same inputs give the same plan, and nothing is written.
 */
export function reconcileBill(
  bills: readonly BillLeg[],
  existing: readonly Trip[],
  ctx: ReconcileContext,
): BillPlan {
  const now = (ctx.now ?? new Date()).toISOString()
  const plan: BillPlan = { newTrips: [], changes: [], duplicates: [], updated: [], originals: [] }
  const seen = new Set<string>()
  const byDate = new Map<string, Trip[]>()
  for (const t of existing) {
    for (const l of t.legs) if (l.bill) seen.add(billKey(l.bill.source, l.bill.orderNo))
    const list = byDate.get(t.date)
    if (list) list.push(t)
    else byDate.set(t.date, [t])
  }
  const edited = new Map<string, Trip>()
  const claimed = new Set<string>()
  const rest: BillLeg[] = []

  for (const b of [...bills].sort(byDateTime)) {
    const key = billKey(b.source, b.orderNo)
    if (seen.has(key)) {
      plan.duplicates.push({ kind: 'imported', bill: b })
      continue
    }
    seen.add(key)
    let best: { trip: Trip; index: number; score: number } | null = null
    for (const trip of byDate.get(b.date) ?? []) {
      const current = edited.get(trip.id) ?? trip
      current.legs.forEach((l, index) => {
        if (l.bill || claimed.has(`${trip.id}#${index}`) || !fits(l, b)) return
        // Nearest in time wins; an equal fare is worth two hours, a missing one one hour.
        const penalty = l.fareFen === b.fareFen ? 0 : l.fareFen === 0 ? 60 : 120
        const score = minutesApart(trip.departTime ?? trip.arriveTime, b.time) + penalty
        if (best === null || score < best.score) best = { trip, index, score }
      })
    }
    if (best === null) {
      rest.push(b)
      continue
    }
    const { trip, index } = best as { trip: Trip; index: number }
    claimed.add(`${trip.id}#${index}`)
    const current = edited.get(trip.id) ?? trip
    const logged = current.legs[index]!
    const legs = current.legs.map((l, i) => (i === index ? withBill(l, b) : l))
    edited.set(trip.id, { ...current, legs, updatedAt: now })
    if (logged.fareFen === b.fareFen) plan.duplicates.push({ kind: 'logged', bill: b })
    else
      plan.changes.push({
        kind: logged.fareFen === 0 ? 'fill' : 'correct',
        tripId: trip.id,
        date: trip.date,
        legIndex: index,
        mode: logged.mode,
        fromFen: logged.fareFen,
        toFen: b.fareFen,
        bill: b,
      })
  }
  for (const t of existing)
    if (edited.has(t.id)) {
      plan.originals.push(t)
      plan.updated.push(edited.get(t.id)!)
    }
  plan.newTrips = newTrips(rest, ctx)
  return plan
}

interface Fit {
  template: CommuteTemplate
  /** Index into the day's rides for each of the template's legs (-1: not a paid leg). */
  picks: number[]
  count: number
  distance: number
}

/** The earliest rides of the day, in order, that fill the template's paid legs; null if none. */
function fitTemplate(
  template: CommuteTemplate,
  day: readonly BillLeg[],
  used: ReadonlySet<number>,
): Fit | null {
  const picks: number[] = []
  let next = 0
  let count = 0
  for (const leg of template.legs) {
    if (!PAID_MODES.has(leg.mode)) {
      picks.push(-1)
      continue
    }
    let found = -1
    for (let i = next; i < day.length; i++)
      if (!used.has(i) && fits(leg, day[i]!)) {
        found = i
        break
      }
    if (found === -1) return null
    picks.push(found)
    next = found + 1
    count++
  }
  if (count === 0) return null
  const first = day[picks.find((p) => p !== -1)!]!
  return { template, picks, count, distance: minutesApart(template.departTime, first.time) }
}

function newTrips(rest: readonly BillLeg[], ctx: ReconcileContext): NewBillTrip[] {
  const at = (ctx.now ?? new Date()).toISOString()
  const newId = ctx.newId ?? (() => crypto.randomUUID())
  const out: NewBillTrip[] = []
  const days = new Map<string, BillLeg[]>()
  for (const b of rest) {
    const d = days.get(b.date)
    if (d) d.push(b)
    else days.set(b.date, [b])
  }
  for (const [date, day] of days) {
    const used = new Set<number>()
    for (;;) {
      let best: Fit | null = null
      for (const template of ctx.templates) {
        const fit = fitTemplate(template, day, used)
        if (
          fit &&
          (best === null ||
            fit.count > best.count ||
            (fit.count === best.count && fit.distance < best.distance))
        )
          best = fit
      }
      if (best === null) break
      const body = bodyOf(best.template)
      const bills: BillLeg[] = []
      body.legs = body.legs.map((leg, i) => {
        const p = best.picks[i]!
        if (p === -1) return leg
        used.add(p)
        bills.push(day[p]!)
        return withBill(leg, day[p]!)
      })
      out.push({
        trip: { ...body, id: newId(), date, createdAt: at, updatedAt: at },
        commute: best.template.name,
        bills,
      })
    }
    day.forEach((b, i) => {
      if (used.has(i)) return
      out.push({
        trip: {
          id: newId(),
          date,
          direction: 'other',
          legs: [legFromBill(b, ctx.cards)],
          departTime: b.time,
          arriveTime: null,
          note: '',
          tags: [],
          createdAt: at,
          updatedAt: at,
        },
        commute: null,
        bills: [b],
      })
    })
  }
  return out
}
