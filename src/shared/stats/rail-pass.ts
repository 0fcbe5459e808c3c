// "Would a rail pass have paid off?" Replays the user's high-speed-rail legs under a pass's rules.
// The defaults are China Railway's general multi-ride / period pass rules as reported for the
// Guangzhou group's routes; no source names a Shanghai–Jiaxing pass, so the UI must say they may
// not apply (facts.md 1f).
import { addDays } from 'date-fns'
import { z } from 'zod'
import { parseDate, toDateString } from '../calendar/dates'
import type { Trip } from '../trips/schema'

export const PASS_KINDS = ['count', 'period'] as const
export type PassKind = (typeof PASS_KINDS)[number]

export const passRulesSchema = z.object({
  kind: z.enum(PASS_KINDS),
  rides: z
    .number({ message: 'validation.passRides' })
    .int({ message: 'validation.passRides' })
    .min(1, { message: 'validation.passRides' })
    .max(100, { message: 'validation.passRides' }),
  validDays: z
    .number({ message: 'validation.passDays' })
    .int({ message: 'validation.passDays' })
    .min(1, { message: 'validation.passDays' })
    .max(366, { message: 'validation.passDays' }),
  /** Percent off the normal fare, e.g. 10 means the pass costs 90% of rides × fare. */
  discountPercent: z
    .number({ message: 'validation.passDiscount' })
    .min(0, { message: 'validation.passDiscount' })
    .max(99, { message: 'validation.passDiscount' }),
  /** Days after purchase within which the pass must be activated. Shown, not replayed: the
   * replay buys each pass on the day of its first ride. */
  activationDays: z
    .number({ message: 'validation.passDays' })
    .int({ message: 'validation.passDays' })
    .min(0, { message: 'validation.passDays' })
    .max(366, { message: 'validation.passDays' }),
  /** Whether one pass covers both directions between two stations. The source does not say, so
   * this is the user's assumption; off by default, the cautious reading. */
  bothDirections: z.boolean(),
})
export type PassRules = z.infer<typeof passRulesSchema>

export const PASS_SOURCE = {
  publisher: 'Shenzhen Daily',
  url: 'http://www.szdaily.com/content/2025-09/09/content_31686492.htm',
  date: '2025-09-09',
  confidence: 'high',
  /** Where the source applies; it says nothing of Shanghai–Jiaxing. */
  scope: 'China Railway Guangzhou Group routes',
} as const

/** The pass rules the source gives, as presets. "60 rides in 30 days" is quoted as cutting the
 * fare "to as little as 62%", i.e. at most 38% off. */
export const PASS_PRESETS = [
  {
    id: 'count10',
    rules: { kind: 'count', rides: 10, validDays: 90, discountPercent: 10, activationDays: 30 },
  },
  {
    id: 'count20',
    rules: { kind: 'count', rides: 20, validDays: 90, discountPercent: 10, activationDays: 30 },
  },
  {
    id: 'period10',
    rules: { kind: 'period', rides: 10, validDays: 30, discountPercent: 15, activationDays: 30 },
  },
  {
    id: 'period60',
    rules: { kind: 'period', rides: 60, validDays: 30, discountPercent: 38, activationDays: 30 },
  },
] as const satisfies readonly { id: string; rules: Omit<PassRules, 'bothDirections'> }[]
export type PassPresetId = (typeof PASS_PRESETS)[number]['id']

export const DEFAULT_PASS_RULES: PassRules = { ...PASS_PRESETS[0].rules, bothDirections: false }

/** One high-speed-rail leg as the replay sees it. */
export interface RailRide {
  date: string
  /** Departure time of the trip, for ordering rides on one day; '' when unknown. */
  time: string
  from: string
  to: string
  fareFen: number
}

/** The high-speed-rail legs (mode 'hsr') with a fare, in date order. Free legs are left out. */
export function railRides(trips: readonly Trip[]): RailRide[] {
  const rides: RailRide[] = []
  for (const t of trips) {
    for (const leg of t.legs) {
      if (leg.mode !== 'hsr' || leg.fareFen <= 0) continue
      rides.push({
        date: t.date,
        time: t.departTime ?? '',
        from: leg.from.trim(),
        to: leg.to.trim(),
        fareFen: leg.fareFen,
      })
    }
  }
  return rides.sort((a, b) => cmp(a.date, b.date) || cmp(a.time, b.time))
}

export interface PassMonth {
  /** yyyy-MM */
  month: string
  rides: number
  /** What the rides cost at the fares paid. */
  normalFen: number
  /** Their share of the pass prices, plus the value of rides left on passes that expired this
   * month. */
  withPassFen: number
  /** normalFen − withPassFen: positive saves, negative costs. */
  savingFen: number
  passesBought: number
  expiredRides: number
}

export interface PassRoute {
  from: string
  to: string
  fareFen: number
  rides: number
  passesBought: number
}

export interface PassReplay {
  rules: PassRules
  months: PassMonth[]
  routes: PassRoute[]
  rides: number
  normalFen: number
  passesBought: number
  /** The sum of every pass's price. */
  paidFen: number
  /** Rides left on passes that expired unused. */
  expiredRides: number
  /** Rides, and their prepaid value, on passes still valid after the replay's end date. */
  openRides: number
  openFen: number
  /** The months' savings summed: normalFen − (paidFen − openFen). */
  savingFen: number
}

interface ActivePass {
  validUntil: string
  shares: number[]
  used: number
}

/**
 * Replays rides as if every one went on a pass: a rider with no valid pass (none yet, expired, or
 * rides used up) buys one on the day of the ride and activates it at once. A pass covers one
 * route at one fare (a different fare means another seat class or train type).
 * @param endDate the last day replayed (today, or the period's end); passes valid past it are open.
 */
export function replayPass(
  rides: readonly RailRide[],
  rules: PassRules,
  endDate: string,
): PassReplay {
  const months = new Map<string, PassMonth>()
  const routes = new Map<string, PassRoute & { active: ActivePass | null }>()
  const month = (m: string): PassMonth => {
    let acc = months.get(m)
    if (!acc) {
      acc = {
        month: m,
        rides: 0,
        normalFen: 0,
        withPassFen: 0,
        savingFen: 0,
        passesBought: 0,
        expiredRides: 0,
      }
      months.set(m, acc)
    }
    return acc
  }
  const expire = (p: ActivePass): void => {
    const left = p.shares.length - p.used
    if (left === 0) return
    const acc = month(p.validUntil.slice(0, 7))
    acc.expiredRides += left
    acc.withPassFen += sum(p.shares.slice(p.used))
  }

  // A pass bought on a given day always runs to the same date: date-fns once per start day.
  const validUntil = new Map<string, string>()
  const lastValidDay = (start: string): string => {
    let end = validUntil.get(start)
    if (end === undefined) {
      end = toDateString(addDays(parseDate(start), rules.validDays - 1))
      validUntil.set(start, end)
    }
    return end
  }

  let paidFen = 0
  let passesBought = 0
  for (const ride of rides) {
    if (ride.date > endDate) continue
    const [a, b] =
      rules.bothDirections && ride.to < ride.from ? [ride.to, ride.from] : [ride.from, ride.to]
    const key = `${a}\u0000${b}\u0000${ride.fareFen}`
    let route = routes.get(key)
    if (!route) {
      route = { from: a, to: b, fareFen: ride.fareFen, rides: 0, passesBought: 0, active: null }
      routes.set(key, route)
    }
    let pass = route.active
    if (pass && (ride.date > pass.validUntil || pass.used === pass.shares.length)) {
      expire(pass)
      pass = null
    }
    const acc = month(ride.date.slice(0, 7))
    if (!pass) {
      const price = passPriceFen(rules, ride.fareFen)
      pass = {
        validUntil: lastValidDay(ride.date),
        shares: splitFen(price, rules.rides),
        used: 0,
      }
      route.active = pass
      route.passesBought++
      acc.passesBought++
      passesBought++
      paidFen += price
    }
    acc.rides++
    acc.normalFen += ride.fareFen
    acc.withPassFen += pass.shares[pass.used] ?? 0
    pass.used++
    route.rides++
  }

  let openRides = 0
  let openFen = 0
  for (const route of routes.values()) {
    const p = route.active
    if (!p) continue
    if (p.validUntil <= endDate) expire(p)
    else {
      openRides += p.shares.length - p.used
      openFen += sum(p.shares.slice(p.used))
    }
  }

  const monthList = [...months.values()].sort((x, y) => cmp(x.month, y.month))
  let normalFen = 0
  let rideCount = 0
  let expiredRides = 0
  let savingFen = 0
  for (const m of monthList) {
    m.savingFen = m.normalFen - m.withPassFen
    normalFen += m.normalFen
    rideCount += m.rides
    expiredRides += m.expiredRides
    savingFen += m.savingFen
  }
  return {
    rules,
    months: monthList,
    routes: [...routes.values()]
      .map(({ active: _active, ...r }) => r)
      .sort((x, y) => y.rides - x.rides || cmp(x.from, y.from) || cmp(x.to, y.to)),
    rides: rideCount,
    normalFen,
    passesBought,
    paidFen,
    expiredRides,
    openRides,
    openFen,
    savingFen,
  }
}

/** rides × fare × (100 − discount)%, rounded to the fen. */
export function passPriceFen(
  rules: Pick<PassRules, 'rides' | 'discountPercent'>,
  fareFen: number,
): number {
  return Math.round((rules.rides * fareFen * (100 - rules.discountPercent)) / 100)
}

/** Splits a price into n integer shares that add up to it; the first shares take the odd fen. */
export function splitFen(total: number, n: number): number[] {
  const base = Math.floor(total / n)
  const extra = total - base * n
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0))
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
