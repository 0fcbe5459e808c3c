// The saved home and work point at pack places. When a pack replaces a place (pack v2 made places
// the administrative divisions, so 上海虹桥站 became 闵行区), the saved id moves to the place that
// lists it in `replaces`, and a notice keeps the old name so the change is never silent. Runs in
// the caller's transaction: the pack write (db/pack.ts) and a restore (db/backup-restore.ts).
import type { Place, Text } from '@shared/pack'
import { db as appDb, type HujiaDb } from './db'

export type PlaceRole = 'home' | 'work'
const KEYS: Record<PlaceRole, 'homePlaceId' | 'workPlaceId'> = {
  home: 'homePlaceId',
  work: 'workPlaceId',
}

/** A saved place that a pack update moved: what it was called, and where it now points. */
export interface PlaceNotice {
  role: PlaceRole
  fromId: string
  from: Text
  toId: string
}

const PLACE_NOTICES_KEY = 'placeNotices'

/**
 * Moves saved home/work ids that `places` replaces. `before`: the names of the places stored
 * before this write (id → name), or null when unknown (a restore). A place that keeps its id but
 * widens its meaning (a village that became its town) lists its own id; the user is told only
 * when the stored pack still had the old meaning. Returns the notices written.
 */
export async function migrateSavedPlaces(
  db: HujiaDb,
  places: readonly Place[],
  before: ReadonlyMap<string, Text> | null,
): Promise<PlaceNotice[]> {
  const byId = new Map(places.map((p) => [p.id, p]))
  const notices: PlaceNotice[] = []
  for (const role of ['home', 'work'] as const) {
    const id = (await db.settings.get(KEYS[role]))?.value
    if (typeof id !== 'string') continue
    const by = places.find((p) => p.replaces.some((r) => r.id === id))
    const entry = by?.replaces.find((r) => r.id === id)
    if (!by || !entry) continue
    if (by.id === id && before?.get(id)?.zh !== entry.name.zh) continue
    if (by.id !== id && byId.has(id)) continue
    await db.settings.put({ key: KEYS[role], value: by.id })
    notices.push({ role, fromId: id, from: entry.name, toId: by.id })
  }
  if (notices.length > 0) {
    const kept = ((await db.settings.get(PLACE_NOTICES_KEY))?.value ?? []) as PlaceNotice[]
    const roles = new Set(notices.map((n) => n.role))
    await db.settings.put({
      key: PLACE_NOTICES_KEY,
      value: [...kept.filter((n) => !roles.has(n.role)), ...notices],
    })
  }
  return notices
}

/** Dismisses the notice for one role (also done when the user picks a new place). */
export async function dismissPlaceNotice(role: PlaceRole, db: HujiaDb = appDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const kept = ((await db.settings.get(PLACE_NOTICES_KEY))?.value ?? []) as PlaceNotice[]
    await db.settings.put({ key: PLACE_NOTICES_KEY, value: kept.filter((n) => n.role !== role) })
  })
}
