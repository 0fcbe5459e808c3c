// The route screen's own figures (features/transit/routes-view.tsx via db/personal.ts) over the
// stored log: the indexed reads and the computation, timed as the screen runs them
// (readRouteFigures), against the same reads alone in the same run (the floor). Home and work are
// the shipped pack's places of 上海虹桥 and 嘉兴南; the generated log never names those stations,
// so the legs find nothing in the window and the whole log is read, as for a leg never travelled.
import { loadShippedPack } from '@renderer/db/pack'
import { otherTrips, readRouteFigures, windowTrips } from '@renderer/db/personal'
import { matcherFor, packLegTarget } from '@shared/personal'
import type { Pack } from '@shared/pack'
import { planRoutes } from '@shared/transit/routes'

async function routeQuery(today: string) {
  const pack = (await loadShippedPack()) as Pack
  const placeOf = (stationId: string) => {
    const p = pack.places.find((x) => x.stationIds.includes(stationId))
    if (!p) throw new Error(`no place of station ${stationId} in the shipped pack`)
    return p.id
  }
  const plan = planRoutes({
    data: { ...pack, plannedLines: pack.plannedLines },
    homePlaceId: placeOf('sh-hongqiao'),
    workPlaceId: placeOf('jx-jiaxing-south'),
    cards: [],
  })
  if (plan.status !== 'ok' || plan.routes.length === 0) throw new Error('no route to measure')
  return {
    matcher: matcherFor(pack),
    direction: 'toWork' as const,
    legs: plan.routes.flatMap((r) => r.legs.map(packLegTarget)),
    today,
  }
}

/** `runs` timed runs of the figures and of the floor, alternating, after one cold run of each. */
async function personalStats(
  today: string,
  runs: number,
): Promise<{ ms: number[]; floorMs: number[]; readAll: boolean; trips: number; legs: number }> {
  const q = await routeQuery(today)
  let readAll = false
  let trips = 0
  const full = async () => {
    const t0 = performance.now()
    const r = await readRouteFigures(q)
    readAll = r.readAll
    return performance.now() - t0
  }
  const floor = async () => {
    const t0 = performance.now()
    const recent = await windowTrips(today)
    const rest = readAll ? await otherTrips(today) : []
    trips = recent.length + rest.length
    return performance.now() - t0
  }
  await full()
  await floor()
  const ms: number[] = []
  const floorMs: number[] = []
  for (let i = 0; i < runs; i++) {
    ms.push(await full())
    floorMs.push(await floor())
  }
  return { ms, floorMs, readAll, trips, legs: q.legs.length }
}

export const personalApi = { personalStats }
