// What a plan writes once the user has left some of its items out, and the counts the preview
// shows for that choice. Items are left out by id (reconcile.ts), so the choice survives the plan
// being worked out again (another passenger, a travel date given, the commit's own read).
import type { Trip } from '../trips/schema'
import { billKey } from './legs'
import type { BillPlan, LegItem, PlanItem } from './reconcile'

export interface BillWrites {
  newTrips: Trip[]
  /** Logged trips as they will be written. */
  updated: Trip[]
  /** The same trips as they are now, for undo. */
  originals: Trip[]
  /** Fares filled or corrected. */
  fares: number
}

export interface PlanCounts {
  newTrips: number
  fills: number
  corrections: number
  /** Rail payments recorded on the ticket(s) they bought, in the import or the log. */
  paired: number
  duplicates: number
  /** Items the user left out. */
  excluded: number
  /** Rail payments no ticket matched and without a travel date: skipped. */
  undated: number
}

/** `set` with `key` in it or out of it (the user's ticks), as a new set. */
export function withMember<T>(set: ReadonlySet<T>, key: T, member: boolean): Set<T> {
  const out = new Set(set)
  if (member) out.add(key)
  else out.delete(key)
  return out
}

export function isIncluded(item: PlanItem, excluded: ReadonlySet<string>): boolean {
  return !excluded.has(item.id)
}

export function planWrites(
  plan: BillPlan,
  excluded: ReadonlySet<string>,
  now: Date = new Date(),
): BillWrites {
  const at = now.toISOString()
  const chosen = plan.items.filter((i) => isIncluded(i, excluded))
  const edits: LegItem[] = [...plan.same]
  const newTrips: Trip[] = []
  for (const item of chosen) {
    if (item.kind === 'new') newTrips.push(item.trip)
    else edits.push(item)
  }
  const byTrip = new Map<string, LegItem[]>()
  for (const e of edits) byTrip.set(e.tripId, [...(byTrip.get(e.tripId) ?? []), e])
  const originals = plan.logged.filter((t) => byTrip.has(t.id))
  const updated = originals.map((t) => {
    const legs = [...t.legs]
    for (const e of byTrip.get(t.id)!) legs[e.legIndex] = e.after
    return { ...t, legs, updatedAt: at }
  })
  const fares = chosen.filter((i) => i.kind === 'fill' || i.kind === 'correct').length
  return { newTrips, updated, originals, fares }
}

export function planCounts(plan: BillPlan, excluded: ReadonlySet<string>): PlanCounts {
  const chosen = plan.items.filter((i) => isIncluded(i, excluded))
  const paid = new Set<string>()
  for (const item of [...chosen, ...plan.same])
    for (const p of item.payments) paid.add(billKey(p.source, p.orderNo))
  return {
    newTrips: chosen.filter((i) => i.kind === 'new').length,
    fills: chosen.filter((i) => i.kind === 'fill').length,
    corrections: chosen.filter((i) => i.kind === 'correct').length,
    paired: paid.size,
    duplicates: plan.duplicates.length,
    excluded: new Set(plan.items.filter((i) => !isIncluded(i, excluded)).map((i) => i.id)).size,
    undated: plan.undated.length,
  }
}
