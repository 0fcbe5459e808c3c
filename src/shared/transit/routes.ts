// Route options between two pack places, built from pack records only: rail links between the
// stations that serve them (entries.ts says which, and on what grounds), bus lines that serve
// them, and the connections the bus lines list. Every figure is the sourced one; a missing figure
// stays null and makes the total partial. A leg whose fares follow a rule (the 2024 floating HSR
// fares) has no current fare: its sourced fares are history, shown with their dates.
import type { UserCard } from '../cards/schema'
import type {
  Access,
  BusLine,
  CardType,
  Fact,
  Fare,
  FareRule,
  Measure,
  Place,
  RailLink,
  Station,
} from '../pack/schema'
import { today as todayString } from '../calendar/dates'
import {
  closureOn,
  ENTRY_BASES,
  entryKey,
  placeEntries,
  type ClosedStation,
  type Entry,
  type EntryBasis,
} from './entries'
import type { TransitSystem } from '../pack/vocabulary'
import { addRanges, fareRange, minutesRange } from './figures'
import {
  cellFor,
  indexAcceptance,
  type AcceptanceIndex,
  type CellStatus,
  type MatrixCell,
} from './matrix'
import type { Range, TransitData } from './types'

export type Endpoint =
  | { kind: 'place'; place: Place }
  | { kind: 'station'; station: Station }
  | { kind: 'busLine'; line: BusLine }

export interface CardOnLeg {
  card: UserCard
  cardType: CardType | null
  status: CellStatus
  /** 'typeGone': the card's type left the pack. */
  basis: MatrixCell['basis'] | 'typeGone'
  cell: MatrixCell | null
}

export interface RouteLeg {
  kind: 'rail' | 'bus'
  mode: RailLink['kind'] | BusLine['kind']
  railLink: RailLink | null
  busLine: BusLine | null
  from: Endpoint
  to: Endpoint
  /** The acceptance column the leg's cards are checked against: the record's own `system`. */
  system: TransitSystem
  /** Span of the sourced minutes, or null: not sourced. For a bus it is the line's figure. */
  minutes: Range | null
  /** Span of the sourced fares in fen, or null: not sourced, or the fare follows a rule. */
  fareFen: Range | null
  minuteFacts: Measure[]
  /** The sourced fares; history (shown with their dates) when `fareRules` is not empty. */
  fares: Fare[]
  /** Rules the fare follows instead of a number (check today's fare where the rule says). */
  fareRules: FareRule[]
  cards: CardOnLeg[]
  notes: Fact[]
  sourceIds: string[]
}

/**
 * A piece of the trip no pack record covers: reaching the first station, leaving the last one, or
 * changing. `basis` says why that station (in the place, sourced link, the division above it, or
 * only because nothing in the pack serves the place); `access` is the sourced link, if any.
 */
export type RouteGap =
  | {
      kind: 'access' | 'egress'
      place: Place
      station: Station
      basis: EntryBasis
      access: Access | null
    }
  | { kind: 'transfer'; at: Endpoint }

export interface RouteTotal {
  /** Sum of the legs that have a sourced figure; null when none has. */
  minutes: Range | null
  fareFen: Range | null
  /** False when a leg has no sourced minutes or a gap (access, transfer) has no time. */
  minutesComplete: boolean
  /** False when a leg has no sourced fare or getting to/from a station is not covered. */
  fareComplete: boolean
}

export interface RouteOption {
  id: string
  legs: RouteLeg[]
  gaps: RouteGap[]
  total: RouteTotal
  /** On what grounds the route starts and ends where it does. */
  basis: { home: EntryBasis; work: EntryBasis }
}

export type RoutePlan =
  | { status: 'unset'; missing: ('home' | 'work')[] }
  | { status: 'placeGone'; missing: ('home' | 'work')[] }
  | { status: 'samePlace'; home: Place }
  | {
      status: 'ok'
      home: Place
      work: Place
      routes: RouteOption[]
      /** Stations of either end that are closed today (shown, never routed through). */
      closed: ClosedStation[]
    }

export const DEFAULT_MAX_LEGS = 3

type Node = { kind: 'station'; station: Station } | { kind: 'bus'; line: BusLine }
type Step = { node: Node; via: RailLink | null }

const nodeKey = entryKey

interface Graph {
  stations: Map<string, Station>
  lines: Map<string, BusLine>
  data: TransitData
  /** Stations closed today: no route passes through them. */
  closed: Set<string>
}

function neighbours(g: Graph, node: Node): Step[] {
  const out: Step[] = []
  if (node.kind === 'station') {
    const id = node.station.id
    for (const link of g.data.railLinks) {
      const other =
        link.fromStationId === id
          ? link.toStationId
          : link.toStationId === id
            ? link.fromStationId
            : null
      const station = other && !g.closed.has(other) ? g.stations.get(other) : undefined
      if (station) out.push({ node: { kind: 'station', station }, via: link })
    }
    for (const line of g.data.busLines) {
      if (line.connections.some((c) => c.stationId === id))
        out.push({ node: { kind: 'bus', line }, via: null })
    }
    return out
  }
  const line = node.line
  for (const c of line.connections) {
    const station =
      c.stationId && !g.closed.has(c.stationId) ? g.stations.get(c.stationId) : undefined
    if (station) out.push({ node: { kind: 'station', station }, via: null })
    const other = c.busLineId ? g.lines.get(c.busLineId) : undefined
    if (other) out.push({ node: { kind: 'bus', line: other }, via: null })
  }
  // A connection may be listed on either line or both; a line that names this one connects back.
  for (const other of g.data.busLines) {
    if (other.id !== line.id && other.connections.some((c) => c.busLineId === line.id)) {
      out.push({ node: { kind: 'bus', line: other }, via: null })
    }
  }
  // One step per neighbour, however many connections name it: the same change is one route.
  const unique = new Map(out.map((step) => [nodeKey(step.node), step]))
  return [...unique.values()]
}

/** Every simple path of at most maxLegs legs from a home entry to a work entry. */
function findPaths(
  g: Graph,
  homeEntries: Entry[],
  workEntries: Entry[],
  maxLegs: number,
): Step[][] {
  const starts = homeEntries.map((e) => e.node)
  const goals = new Set(workEntries.map((e) => nodeKey(e.node)))
  const startKeys = new Set(starts.map(nodeKey))
  const paths: Step[][] = []
  const legsOf = (step: Step) => (step.node.kind === 'bus' || step.via ? 1 : 0)

  const walk = (path: Step[], seen: Set<string>, legs: number) => {
    const last = path[path.length - 1]
    if (!last) return
    if (goals.has(nodeKey(last.node))) {
      if (legs > 0) paths.push([...path])
      return
    }
    for (const next of neighbours(g, last.node)) {
      const key = nodeKey(next.node)
      // Passing through another home node means a shorter route starts there instead.
      if (seen.has(key) || startKeys.has(key)) continue
      // Two legs on the same line means staying on (or doubling back along) one line through
      // the shared station; the pack has no figure for that trip, so it is not offered.
      if (next.via && last.via && next.via.line.zh === last.via.line.zh) continue
      const nextLegs = legs + legsOf(next)
      if (nextLegs > maxLegs) continue
      seen.add(key)
      path.push(next)
      walk(path, seen, nextLegs)
      path.pop()
      seen.delete(key)
    }
  }
  for (const start of starts) {
    const first: Step = { node: start, via: null }
    walk([first], new Set([nodeKey(start)]), legsOf(first))
  }
  return paths
}

function cardsOnLeg(
  cards: readonly UserCard[],
  types: Map<string, CardType>,
  index: AcceptanceIndex,
  system: TransitSystem,
): CardOnLeg[] {
  return cards.map((card) => {
    const cardType = types.get(card.typeId) ?? null
    if (!cardType) return { card, cardType, status: 'unknown', basis: 'typeGone', cell: null }
    const cell = cellFor(index, cardType.id, system)
    return { card, cardType, status: cell.status, basis: cell.basis, cell }
  })
}

const endpointOf = (node: Node): Endpoint =>
  node.kind === 'station'
    ? { kind: 'station', station: node.station }
    : { kind: 'busLine', line: node.line }

function legsOfPath(
  path: Step[],
  home: Place,
  work: Place,
  cardsFor: (system: TransitSystem) => CardOnLeg[],
  fareRules: (ids: readonly string[]) => FareRule[],
): RouteLeg[] {
  const legs: RouteLeg[] = []
  path.forEach((step, i) => {
    const prev = path[i - 1]
    const next = path[i + 1]
    if (step.via && prev && prev.node.kind === 'station' && step.node.kind === 'station') {
      const link = step.via
      const rules = fareRules(link.fareRuleIds)
      legs.push({
        kind: 'rail',
        mode: link.kind,
        railLink: link,
        busLine: null,
        from: endpointOf(prev.node),
        to: endpointOf(step.node),
        system: link.system,
        minutes: minutesRange(link.minutes),
        fareFen: rules.length > 0 ? null : fareRange(link.fares),
        minuteFacts: link.minutes,
        fares: link.fares,
        fareRules: rules,
        cards: cardsFor(link.system),
        notes: link.notes,
        sourceIds: link.sourceIds,
      })
    }
    if (step.node.kind === 'bus') {
      const line = step.node.line
      legs.push({
        kind: 'bus',
        mode: line.kind,
        railLink: null,
        busLine: line,
        from: prev ? endpointOf(prev.node) : { kind: 'place', place: home },
        to: next ? endpointOf(next.node) : { kind: 'place', place: work },
        system: line.system,
        minutes: minutesRange(line.minutes),
        fareFen: fareRange(line.fares),
        minuteFacts: line.minutes,
        fares: line.fares,
        fareRules: [],
        cards: cardsFor(line.system),
        notes: [...line.discountNotes, ...line.notes],
        sourceIds: line.sourceIds,
      })
    }
  })
  return legs
}

function gapsOfPath(
  path: Step[],
  legs: RouteLeg[],
  ends: { home: Place; work: Place; homeEntry: Entry; workEntry: Entry },
): RouteGap[] {
  const gaps: RouteGap[] = []
  const first = path[0]?.node
  const last = path[path.length - 1]?.node
  const { home, work, homeEntry, workEntry } = ends
  // A place that is itself a station (format 1) needs no way to reach it; a division does.
  if (first?.kind === 'station' && home.kind !== 'station') {
    const { basis, access } = homeEntry
    gaps.push({ kind: 'access', place: home, station: first.station, basis, access })
  }
  legs.slice(1).forEach((leg) => gaps.push({ kind: 'transfer', at: leg.from }))
  if (last?.kind === 'station' && work.kind !== 'station') {
    const { basis, access } = workEntry
    gaps.push({ kind: 'egress', place: work, station: last.station, basis, access })
  }
  return gaps
}

function totalOf(legs: RouteLeg[], gaps: RouteGap[]): RouteTotal {
  let minutes: Range | null = null
  let fareFen: Range | null = null
  for (const leg of legs) {
    if (leg.minutes) minutes = minutes ? addRanges(minutes, leg.minutes) : leg.minutes
    if (leg.fareFen) fareFen = fareFen ? addRanges(fareFen, leg.fareFen) : leg.fareFen
  }
  return {
    minutes,
    fareFen,
    minutesComplete: legs.every((l) => l.minutes) && gaps.length === 0,
    fareComplete: legs.every((l) => l.fareFen) && gaps.every((g) => g.kind === 'transfer'),
  }
}

const routeId = (path: Step[]) =>
  path.map((s) => (s.via ? `${s.via.id}>${nodeKey(s.node)}` : nodeKey(s.node))).join('|')

/** Worse grounds sort later: a route through a sourced station before one through a fallback. */
const basisRank = (r: RouteOption) => {
  const [h, w] = [ENTRY_BASES.indexOf(r.basis.home), ENTRY_BASES.indexOf(r.basis.work)]
  return Math.max(h, w) * 10 + h + w
}

function compareRoutes(a: RouteOption, b: RouteOption): number {
  if (basisRank(a) !== basisRank(b)) return basisRank(a) - basisRank(b)
  const am = a.total.minutes?.min ?? Number.POSITIVE_INFINITY
  const bm = b.total.minutes?.min ?? Number.POSITIVE_INFINITY
  if (am !== bm) return am - bm
  if (a.legs.length !== b.legs.length) return a.legs.length - b.legs.length
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export interface PlanInput {
  data: TransitData
  homePlaceId: string | null
  workPlaceId: string | null
  cards: readonly UserCard[]
  maxLegs?: number
  /** yyyy-MM-dd: which stations are closed; defaults to the local date. */
  today?: string
}

export function planRoutes(input: PlanInput): RoutePlan {
  const { data, homePlaceId, workPlaceId } = input
  const unset = [homePlaceId ? null : 'home', workPlaceId ? null : 'work'].filter(
    (x): x is 'home' | 'work' => x !== null,
  )
  if (unset.length > 0) return { status: 'unset', missing: unset }
  const home = data.places.find((p) => p.id === homePlaceId)
  const work = data.places.find((p) => p.id === workPlaceId)
  if (!home || !work) {
    const missing = [home ? null : 'home', work ? null : 'work'].filter(
      (x): x is 'home' | 'work' => x !== null,
    )
    return { status: 'placeGone', missing }
  }
  if (home.id === work.id) return { status: 'samePlace', home }

  const today = input.today ?? todayString()
  const g: Graph = {
    stations: new Map(data.stations.map((s) => [s.id, s])),
    lines: new Map(data.busLines.map((l) => [l.id, l])),
    data,
    closed: new Set(data.stations.filter((s) => closureOn(s, today)).map((s) => s.id)),
  }
  const index = indexAcceptance(data.acceptance)
  const types = new Map(data.cardTypes.map((t) => [t.id, t]))
  const cardsFor = (system: TransitSystem) => cardsOnLeg(input.cards, types, index, system)
  const rulesById = new Map(data.fareRules.map((r) => [r.id, r]))
  const fareRules = (ids: readonly string[]) =>
    ids.map((id) => rulesById.get(id)).filter((r): r is FareRule => r !== undefined)
  const entryOf = (entries: Entry[], node: Node) =>
    entries.find((e) => nodeKey(e.node) === nodeKey(node))!

  const maxLegs = input.maxLegs ?? DEFAULT_MAX_LEGS
  let homeSide = placeEntries(data, home, today)
  let workSide = placeEntries(data, work, today)
  let paths = findPaths(g, homeSide.entries, workSide.entries, maxLegs)
  // An end whose own stations lead nowhere (上海站 has no sourced link toward Jiaxing) gets its
  // side's network stations, each marked as a fallback: home first, then work, then both.
  for (const [h, w] of [
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    if (paths.length > 0) break
    homeSide = placeEntries(data, home, today, h)
    workSide = placeEntries(data, work, today, w)
    paths = findPaths(g, homeSide.entries, workSide.entries, maxLegs)
  }
  const closed = [...homeSide.closed, ...workSide.closed]
  const routes = paths.map((path): RouteOption => {
    const homeEntry = entryOf(homeSide.entries, path[0]!.node)
    const workEntry = entryOf(workSide.entries, path[path.length - 1]!.node)
    const legs = legsOfPath(path, home, work, cardsFor, fareRules)
    const gaps = gapsOfPath(path, legs, { home, work, homeEntry, workEntry })
    return {
      id: routeId(path),
      legs,
      gaps,
      total: totalOf(legs, gaps),
      basis: { home: homeEntry.basis, work: workEntry.basis },
    }
  })
  return { status: 'ok', home, work, routes: routes.sort(compareRoutes), closed }
}
