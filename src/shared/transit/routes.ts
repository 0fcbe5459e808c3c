// Route options between two pack places, built from pack records only: rail links between the
// stations that serve them, bus lines that serve them, and the connections the bus lines list.
// Every figure is the sourced one; a missing figure stays null and makes the total partial.
import type { UserCard } from '../cards/schema'
import type {
  BusLine,
  CardType,
  Fact,
  Fare,
  Measure,
  Place,
  RailLink,
  Station,
} from '../pack/schema'
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
  /** Span of the sourced fares in fen, or null: not sourced. */
  fareFen: Range | null
  minuteFacts: Measure[]
  fares: Fare[]
  cards: CardOnLeg[]
  notes: Fact[]
  sourceIds: string[]
}

/** A piece of the trip no pack record covers: reaching the first station, leaving the last one, or changing. */
export type RouteGap =
  | { kind: 'access'; place: Place; station: Station }
  | { kind: 'egress'; place: Place; station: Station }
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
}

export type RoutePlan =
  | { status: 'unset'; missing: ('home' | 'work')[] }
  | { status: 'placeGone'; missing: ('home' | 'work')[] }
  | { status: 'samePlace'; home: Place }
  | { status: 'ok'; home: Place; work: Place; routes: RouteOption[] }

export const DEFAULT_MAX_LEGS = 3

type Node = { kind: 'station'; station: Station } | { kind: 'bus'; line: BusLine }
type Step = { node: Node; via: RailLink | null }

const nodeKey = (n: Node) => (n.kind === 'station' ? `s:${n.station.id}` : `b:${n.line.id}`)

interface Graph {
  stations: Map<string, Station>
  lines: Map<string, BusLine>
  data: TransitData
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
      const station = other ? g.stations.get(other) : undefined
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
    const station = c.stationId ? g.stations.get(c.stationId) : undefined
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

function startNodes(g: Graph, place: Place): Node[] {
  const nodes: Node[] = []
  for (const id of place.stationIds) {
    const station = g.stations.get(id)
    if (station) nodes.push({ kind: 'station', station })
  }
  for (const id of place.busLineIds) {
    const line = g.lines.get(id)
    if (line) nodes.push({ kind: 'bus', line })
  }
  return nodes
}

/** Every simple path of at most maxLegs legs from a home node to a work node. */
function findPaths(g: Graph, home: Place, work: Place, maxLegs: number): Step[][] {
  const starts = startNodes(g, home)
  const goals = new Set(startNodes(g, work).map(nodeKey))
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
): RouteLeg[] {
  const legs: RouteLeg[] = []
  path.forEach((step, i) => {
    const prev = path[i - 1]
    const next = path[i + 1]
    if (step.via && prev && prev.node.kind === 'station' && step.node.kind === 'station') {
      const link = step.via
      legs.push({
        kind: 'rail',
        mode: link.kind,
        railLink: link,
        busLine: null,
        from: endpointOf(prev.node),
        to: endpointOf(step.node),
        system: link.system,
        minutes: minutesRange(link.minutes),
        fareFen: fareRange(link.fares),
        minuteFacts: link.minutes,
        fares: link.fares,
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
        cards: cardsFor(line.system),
        notes: [...line.discountNotes, ...line.notes],
        sourceIds: line.sourceIds,
      })
    }
  })
  return legs
}

function gapsOfPath(path: Step[], legs: RouteLeg[], home: Place, work: Place): RouteGap[] {
  const gaps: RouteGap[] = []
  const first = path[0]?.node
  const last = path[path.length - 1]?.node
  // A place that is itself a station needs no way to reach it; a district or town does.
  if (first?.kind === 'station' && home.kind !== 'station') {
    gaps.push({ kind: 'access', place: home, station: first.station })
  }
  legs.slice(1).forEach((leg) => gaps.push({ kind: 'transfer', at: leg.from }))
  if (last?.kind === 'station' && work.kind !== 'station') {
    gaps.push({ kind: 'egress', place: work, station: last.station })
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

function compareRoutes(a: RouteOption, b: RouteOption): number {
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

  const g: Graph = {
    stations: new Map(data.stations.map((s) => [s.id, s])),
    lines: new Map(data.busLines.map((l) => [l.id, l])),
    data,
  }
  const index = indexAcceptance(data.acceptance)
  const types = new Map(data.cardTypes.map((t) => [t.id, t]))
  const cardsFor = (system: TransitSystem) => cardsOnLeg(input.cards, types, index, system)

  const routes = findPaths(g, home, work, input.maxLegs ?? DEFAULT_MAX_LEGS).map((path) => {
    const legs = legsOfPath(path, home, work, cardsFor)
    const gaps = gapsOfPath(path, legs, home, work)
    return { id: routeId(path), legs, gaps, total: totalOf(legs, gaps) }
  })
  return { status: 'ok', home, work, routes: routes.sort(compareRoutes) }
}
