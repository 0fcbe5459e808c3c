// The dashboard's numbers for one period, in a single pass over the trips. Dates are compared as
// strings and looked up in a per-date table built beforehand (date-keys.ts): no date parsing per
// trip, so a year of a 100,000-trip log stays fast (measured by stats.bench.ts).
import {
  DIRECTIONS,
  MODES,
  type Direction,
  type Mode,
  type PayApp,
  type Trip,
} from '../trips/schema'
import { dateKeys } from './date-keys'
import type { Period } from './period'
import { tripTime, type TimeSource } from './trip-time'

export interface Totals {
  trips: number
  /** Trips to work or home. */
  commuteTrips: number
  fen: number
  /** Minutes of trips with any known time. */
  minutes: number
}

export interface DayTotals extends Totals {
  date: string
  weekday: number
}

export interface BucketTotals extends Totals {
  /** The week's Monday (yyyy-MM-dd) or the month (yyyy-MM). */
  key: string
  /** The bucket's first and last date inside the period (a period can cut a week or month). */
  from: string
  to: string
  /** Days in the bucket with a trip to work or home. */
  commuteDays: number
}

export interface DirectionTime {
  /** Trips whose whole duration is known (door-to-door times or every leg's minutes). */
  trips: number
  totalMinutes: number
  /** Rounded to the minute; null when no trip is timed. */
  averageMinutes: number | null
}

export interface RouteCount {
  /** The first leg's origin and the last leg's destination. */
  from: string
  to: string
  trips: number
  fen: number
}

export interface StationCount {
  name: string
  /** Trips that started, ended or changed there. */
  trips: number
}

export interface Stats {
  period: Period
  trips: number
  commuteTrips: number
  /** Days with any trip. */
  tripDays: number
  /** Days with a trip to work or home. */
  commuteDays: number
  spending: {
    totalFen: number
    /** What trips to work or home cost; the base of costPerCommuteDayFen. */
    commuteFen: number
    byMode: Record<Mode, number>
    /** Per card id, largest first; ids of deleted cards stay as they are. */
    byCard: { cardId: string; fen: number }[]
    cashFen: number
    ticketFen: number
    /** Paid by phone (Alipay, WeChat Pay, another app or statement) without a saved card. */
    byApp: Record<PayApp, number>
  }
  time: {
    totalMinutes: number
    /** How many trips were timed each way (see trip-time.ts). */
    bySource: Record<TimeSource, number>
  }
  doorToDoor: Record<Direction, DirectionTime>
  topRoutes: RouteCount[]
  topStations: StationCount[]
  /** commuteFen / commuteDays, rounded to the fen; null without commute days. */
  costPerCommuteDayFen: number | null
  /** Every date of the period, days without trips included. */
  days: DayTotals[]
  weeks: BucketTotals[]
  months: BucketTotals[]
}

export interface StatsOptions {
  /** How many routes and stations to list; 5 unless told. */
  top?: number
}

interface DayAcc extends DayTotals {
  week: string
  month: string
}

interface Acc {
  trips: number
  fen: number
}

export function computeStats(
  trips: readonly Trip[],
  period: Period,
  opts: StatsOptions = {},
): Stats {
  const top = opts.top ?? 5
  const days = new Map<string, DayAcc>()
  for (const k of dateKeys(period)) {
    days.set(k.date, { ...k, trips: 0, commuteTrips: 0, fen: 0, minutes: 0 })
  }

  // The hot loop below avoids per-leg work that looked cheap but was not on 100,000 trips: keyed
  // writes to an object by mode name (an index into an array instead), a Map get + set per card
  // (one get of a mutable counter), trimming every name (raw names are counted, and merged by
  // trimmed name afterwards), and a Map lookup per trip when trips come in date order.
  const modeFen = MODES.map(() => 0)
  const byCard = new Map<string, { fen: number }>()
  let cashFen = 0
  let ticketFen = 0
  const byApp: Record<PayApp, number> = { alipay: 0, wechat: 0, other: 0 }
  let commuteFen = 0
  const bySource: Record<TimeSource, number> = { times: 0, legs: 0, partialLegs: 0, none: 0 }
  const dirAcc = Object.fromEntries(DIRECTIONS.map((d) => [d, { trips: 0, minutes: 0 }])) as Record<
    Direction,
    { trips: number; minutes: number }
  >
  const routes = new Map<string, Map<string, Acc>>()
  const stations = new Map<string, { trips: number }>()
  const seen: Seen = { names: [], n: 0 }
  let lastDate = ''
  let day: DayAcc | undefined

  for (const trip of trips) {
    if (trip.date !== lastDate) {
      lastDate = trip.date
      day = days.get(lastDate)
    }
    if (!day) continue // outside the period
    let fen = 0
    seen.n = 0
    const legs = trip.legs
    for (let i = 0; i < legs.length; i++) {
      const leg = legs[i]!
      const f = leg.fareFen
      fen += f
      modeFen[MODES.indexOf(leg.mode)]! += f
      const pay = leg.payment
      if (pay.kind === 'card') {
        const c = byCard.get(pay.cardId)
        if (c) c.fen += f
        else byCard.set(pay.cardId, { fen: f })
      } else if (pay.kind === 'cash') cashFen += f
      else if (pay.kind === 'app') byApp[pay.app] += f
      else ticketFen += f
      countStation(leg.from, seen, stations)
      // A leg usually ends where the next begins: count its end only where the chain breaks.
      const next = legs[i + 1]
      if (!next || next.from !== leg.to) countStation(leg.to, seen, stations)
    }
    const time = tripTime(trip)
    bySource[time.source]++
    if (time.source === 'times' || time.source === 'legs') {
      const d = dirAcc[trip.direction]
      d.trips++
      d.minutes += time.minutes
    }

    day.trips++
    day.fen += fen
    day.minutes += time.minutes
    if (trip.direction !== 'other') {
      day.commuteTrips++
      commuteFen += fen
    }

    const from = legs[0]?.from ?? ''
    const to = legs[legs.length - 1]?.to ?? ''
    let byTo = routes.get(from)
    if (!byTo) routes.set(from, (byTo = new Map()))
    const r = byTo.get(to)
    if (r) {
      r.trips++
      r.fen += fen
    } else byTo.set(to, { trips: 1, fen })
  }

  const dayList: DayTotals[] = []
  let tripCount = 0
  let commuteTrips = 0
  let tripDays = 0
  let commuteDays = 0
  let totalFen = 0
  let totalMinutes = 0
  const weeks = new Map<string, BucketTotals>()
  const months = new Map<string, BucketTotals>()
  for (const d of days.values()) {
    const { week, month, ...totals } = d
    dayList.push(totals)
    tripCount += d.trips
    commuteTrips += d.commuteTrips
    if (d.trips > 0) tripDays++
    if (d.commuteTrips > 0) commuteDays++
    totalFen += d.fen
    totalMinutes += d.minutes
    addToBucket(weeks, week, d)
    addToBucket(months, month, d)
  }

  // Names merged by their trimmed form; a route with neither end named is left out.
  const routeAcc = new Map<string, RouteCount>()
  for (const [rawFrom, byTo] of routes) {
    const from = rawFrom.trim()
    for (const [rawTo, r] of byTo) {
      const to = rawTo.trim()
      if (from === '' && to === '') continue
      const key = `${from}\u0000${to}`
      const acc = routeAcc.get(key)
      if (acc) {
        acc.trips += r.trips
        acc.fen += r.fen
      } else routeAcc.set(key, { from, to, ...r })
    }
  }
  const stationAcc = new Map<string, number>()
  for (const [raw, c] of stations) {
    const name = raw.trim()
    if (name !== '') stationAcc.set(name, (stationAcc.get(name) ?? 0) + c.trips)
  }

  return {
    period,
    trips: tripCount,
    commuteTrips,
    tripDays,
    commuteDays,
    spending: {
      totalFen,
      commuteFen,
      byMode: Object.fromEntries(MODES.map((m, i) => [m, modeFen[i] ?? 0])) as Record<Mode, number>,
      byCard: [...byCard]
        .map(([cardId, c]) => ({ cardId, fen: c.fen }))
        .sort((a, b) => b.fen - a.fen || compare(a.cardId, b.cardId)),
      cashFen,
      ticketFen,
      byApp,
    },
    time: { totalMinutes, bySource },
    doorToDoor: Object.fromEntries(
      DIRECTIONS.map((dir) => {
        const a = dirAcc[dir]
        return [
          dir,
          {
            trips: a.trips,
            totalMinutes: a.minutes,
            averageMinutes: a.trips > 0 ? Math.round(a.minutes / a.trips) : null,
          },
        ]
      }),
    ) as Record<Direction, DirectionTime>,
    topRoutes: [...routeAcc.values()]
      .sort((a, b) => b.trips - a.trips || compare(a.from, b.from) || compare(a.to, b.to))
      .slice(0, top),
    topStations: [...stationAcc]
      .map(([name, trips]) => ({ name, trips }))
      .sort((a, b) => b.trips - a.trips || compare(a.name, b.name))
      .slice(0, top),
    costPerCommuteDayFen: commuteDays > 0 ? Math.round(commuteFen / commuteDays) : null,
    days: dayList,
    weeks: [...weeks.values()],
    months: [...months.values()],
  }
}

/** The names this trip already counted: a reused buffer, as a fresh array per trip cost more
 * than the counting. */
interface Seen {
  names: string[]
  n: number
}

function countStation(name: string, seen: Seen, stations: Map<string, { trips: number }>): void {
  if (name === '') return
  for (let i = 0; i < seen.n; i++) if (seen.names[i] === name) return
  seen.names[seen.n++] = name
  const c = stations.get(name)
  if (c) c.trips++
  else stations.set(name, { trips: 1 })
}

function addToBucket(buckets: Map<string, BucketTotals>, key: string, d: DayTotals): void {
  const b = buckets.get(key)
  if (!b) {
    buckets.set(key, {
      key,
      from: d.date,
      to: d.date,
      trips: d.trips,
      commuteTrips: d.commuteTrips,
      fen: d.fen,
      minutes: d.minutes,
      commuteDays: d.commuteTrips > 0 ? 1 : 0,
    })
    return
  }
  b.to = d.date
  b.trips += d.trips
  b.commuteTrips += d.commuteTrips
  b.fen += d.fen
  b.minutes += d.minutes
  if (d.commuteTrips > 0) b.commuteDays++
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
