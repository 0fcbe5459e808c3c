// Rides that match nothing in the log become trips: a day's rides that fit a saved commute's
// paid legs, in order, become one trip in that commute's shape; every other ride a trip of its own.
// A ride without a time (a rail payment given a travel date) fits wherever the commute needs it.
import { timeToMinutes } from '../calendar/dates'
import { bodyOf } from '../trips/draft'
import type { NewRecordOptions } from '../trips/quick-entry'
import { isRailMode, type CommuteTemplate, type Mode, type Trip } from '../trips/schema'
import { legFromBill, withBill, type Cards } from './bill-legs'
import { billKey, type BillLeg } from './legs'
import { sameJourney, trainOf } from './rail-pairing'

export interface GroupContext extends NewRecordOptions {
  templates: readonly CommuteTemplate[]
  cards: Cards
}

export interface NewTrip {
  trip: Trip
  /** The saved commute whose shape the trip took, or null for a single ride. */
  commute: string | null
  /** The rides it holds, in the trip's order. */
  bills: BillLeg[]
}

/** Modes a payment can be for; a saved commute's walk or bike legs are not looked for in a bill. */
const PAID_MODES: ReadonlySet<Mode> = new Set(['metro', 'cityBus', 'crossBus', 'hsr', 'train'])

export function minutesApart(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0
  const d = Math.abs(timeToMinutes(a) - timeToMinutes(b))
  return Math.min(d, 24 * 60 - d)
}

export function compareBills(a: BillLeg, b: BillLeg): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  const ta = a.time ?? ''
  const tb = b.time ?? ''
  return ta < tb ? -1 : ta > tb ? 1 : a.at - b.at
}

/**
 * Whether a ride may be this leg: the same mode (high-speed or conventional rail counts as one
 * when either names no train), and the same train and stops where both name them.
 */
export function fits(
  logged: Pick<CommuteTemplate['legs'][number], 'mode' | 'from' | 'to' | 'line'>,
  b: BillLeg,
): boolean {
  const mode =
    logged.mode === b.mode ||
    (isRailMode(logged.mode) &&
      isRailMode(b.mode) &&
      (trainOf(logged.line) === null || trainOf(b.line) === null))
  return mode && sameJourney(logged, b)
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
  const free = (i: number): boolean => !used.has(i) && !picks.includes(i)
  for (const leg of template.legs) {
    if (!PAID_MODES.has(leg.mode)) {
      picks.push(-1)
      continue
    }
    let found = -1
    for (let i = next; i < day.length; i++)
      if (day[i]!.time !== null && free(i) && fits(leg, day[i]!)) {
        found = i
        break
      }
    if (found === -1) found = day.findIndex((b, i) => b.time === null && free(i) && fits(leg, b))
    if (found === -1) return null
    picks.push(found)
    if (day[found]!.time !== null) next = found + 1
    count++
  }
  if (count === 0) return null
  const timed = picks.find((p) => p !== -1 && day[p]!.time !== null)
  const distance = timed === undefined ? 0 : minutesApart(template.departTime, day[timed]!.time)
  return { template, picks, count, distance }
}

/** `paidBy`: the rail purchase each ticket (by bill key) was paid with, when known. */
export function groupNewTrips(
  rest: readonly BillLeg[],
  paidBy: ReadonlyMap<string, BillLeg>,
  ctx: GroupContext,
): NewTrip[] {
  const at = (ctx.now ?? new Date()).toISOString()
  const newId = ctx.newId ?? (() => crypto.randomUUID())
  const paid = (b: BillLeg): BillLeg | undefined => paidBy.get(billKey(b.source, b.orderNo))
  const out: NewTrip[] = []
  const days = new Map<string, BillLeg[]>()
  for (const b of [...rest].sort(compareBills)) {
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
        return withBill(leg, day[p]!, ctx.cards, paid(day[p]!))
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
          legs: [legFromBill(b, ctx.cards, paid(b))],
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
