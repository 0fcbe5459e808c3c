// Everything the guide shows from the user's own log, in one pass over the trips it is given:
// door to door and leave-by per direction, the usual way with its legs' figures, and the figures
// of every pack leg on screen. The caller reads the window's trips first; when a figure had to
// fall back to all trips (`needsAllTrips`), it reads the rest and computes again.
import type { CommuteTemplate, Trip } from '../trips/schema'
import { doorToDoor, type CommuteDirection, type DoorToDoor } from './door-to-door'
import { legFigures, type LegFigures } from './leg-figures'
import { leaveBy, type LeaveBy } from './leave-by'
import {
  indexLegs,
  matchLegs,
  targetKey,
  userLegTarget,
  type LegIndex,
  type LegTarget,
  type Matcher,
} from './legs'
import { usualWay, type UsualWay } from './usual-way'
import { windowBefore, type DateWindow } from './window'

export interface DoorFigures {
  door: DoorToDoor | null
  /** Null when no target time is set or no timed trip is logged. */
  leaveBy: LeaveBy | null
}

export function doorFigures(
  trips: readonly Trip[],
  direction: CommuteDirection,
  target: string | null,
  today: string,
): DoorFigures {
  const door = doorToDoor(trips, direction, windowBefore(today))
  return { door, leaveBy: door && target ? leaveBy(door, target, today) : null }
}

export interface UsualWayFigures {
  way: UsualWay
  /** One per leg of the way; null where the user never logged that leg with its stops. */
  legs: (LegFigures | null)[]
}

export interface RouteFigures extends DoorFigures {
  usual: UsualWayFigures | null
  /** By targetKey(): the figures of each pack leg the user has travelled. */
  legs: Map<string, LegFigures | null>
}

export interface RouteFiguresInput {
  trips: readonly Trip[]
  templates: readonly CommuteTemplate[]
  matcher: Matcher
  direction: CommuteDirection
  target: string | null
  today: string
  legs: readonly LegTarget[]
}

function figuresOf(index: LegIndex, target: LegTarget, w: DateWindow): LegFigures | null {
  // A leg whose stop was not written down matches nothing (see userLegTarget).
  return legFigures(matchLegs(index, target), w)
}

export function routeFigures(input: RouteFiguresInput): RouteFigures {
  const w = windowBefore(input.today)
  const index = indexLegs(input.trips, input.matcher)
  const way = usualWay(input.trips, input.templates, input.direction, input.matcher, w)
  const legs = new Map<string, LegFigures | null>()
  for (const t of input.legs) {
    const key = targetKey(t)
    if (!legs.has(key)) legs.set(key, figuresOf(index, t, w))
  }
  return {
    ...doorFigures(input.trips, input.direction, input.target, input.today),
    usual: way && {
      way,
      legs: way.legs.map((l) => figuresOf(index, userLegTarget(l, input.matcher), w)),
    },
    legs,
  }
}

type Windowed = { window: DateWindow | null } | null

/**
 * True when figures computed from the window's trips alone may change once the older (and
 * today's) trips are read: a figure that found fewer than five trips in the window, or none.
 */
export function needsAllTrips(f: DoorFigures & Partial<RouteFigures>): boolean {
  const all: Windowed[] = [f.door, ...(f.legs?.values() ?? [])]
  if (f.usual !== undefined) all.push(f.usual && f.usual.way, ...(f.usual?.legs ?? []))
  return all.some((x) => x === null || x.window === null)
}
