// "Your usual way": of the user's trips in one direction (over the window, window.ts), the
// sequence of legs they took most often — same families and the same stops, leg by leg (legs.ts)
// — and the saved commute that goes that way, if any. With no trips yet, the first saved commute
// of the direction is the usual way.
import type { CommuteTemplate, Leg, Trip } from '../trips/schema'
import type { CommuteDirection } from './door-to-door'
import { familyOf, type Matcher } from './legs'
import { applyWindow, type DateWindow } from './window'

export type WayLeg = Pick<Leg, 'mode' | 'from' | 'to' | 'line'>

export interface UsualWay {
  direction: CommuteDirection
  /** The legs as the user wrote them: from the saved commute, else from the latest trip. */
  legs: WayLeg[]
  template: Pick<CommuteTemplate, 'id' | 'name'> | null
  /** Trips that went this way, of `of` trips in the direction. */
  trips: number
  of: number
  /** Other ways the user went in that direction. */
  otherWays: number
  window: DateWindow | null
}

export function wayKey(legs: readonly WayLeg[], m: Matcher): string {
  return legs
    .map((l) => {
      const family = familyOf(l.mode)
      return `${family}|${m.stopOf(l.from, family) ?? ''}|${m.stopOf(l.to, family) ?? ''}`
    })
    .join('>')
}

const wayLegs = (legs: readonly Leg[]): WayLeg[] =>
  legs.map(({ mode, from, to, line }) => ({ mode, from, to, line }))

interface Group {
  key: string
  count: number
  latest: Trip
}

export function usualWay(
  trips: readonly Trip[],
  templates: readonly CommuteTemplate[],
  direction: CommuteDirection,
  m: Matcher,
  w: DateWindow,
): UsualWay | null {
  const saved = templates.filter((t) => t.direction === direction).sort((a, b) => a.order - b.order)
  const savedByKey = new Map<string, CommuteTemplate>()
  for (const t of saved) {
    const key = wayKey(t.legs, m)
    if (!savedByKey.has(key)) savedByKey.set(key, t)
  }
  const { items, window } = applyWindow(
    trips.filter((t) => t.direction === direction),
    w,
  )
  const groups = new Map<string, Group>()
  for (const t of items) {
    const key = wayKey(t.legs, m)
    const g = groups.get(key)
    if (!g) groups.set(key, { key, count: 1, latest: t })
    else {
      g.count++
      if (t.date > g.latest.date) g.latest = t
    }
  }
  const better = (g: Group, b: Group): boolean =>
    g.count !== b.count
      ? g.count > b.count
      : savedByKey.has(g.key) !== savedByKey.has(b.key)
        ? savedByKey.has(g.key)
        : g.latest.date > b.latest.date
  let best: Group | null = null
  for (const g of groups.values()) if (!best || better(g, best)) best = g
  if (best) {
    const template = savedByKey.get(best.key) ?? null
    return {
      direction,
      legs: wayLegs(template ? template.legs : best.latest.legs),
      template: template && { id: template.id, name: template.name },
      trips: best.count,
      of: items.length,
      otherWays: groups.size - 1,
      window,
    }
  }
  const first = saved[0]
  if (!first) return null
  return {
    direction,
    legs: wayLegs(first.legs),
    template: { id: first.id, name: first.name },
    trips: 0,
    of: 0,
    otherWays: 0,
    window,
  }
}
