// Typed reads of the service pack for screens. Pack rows were validated before they were
// written (db/pack.ts), so the casts here restore the types the schema guarantees.
import { useLiveQuery } from 'dexie-react-hooks'
import {
  PACK_SECTIONS,
  type PackRecordOf,
  type PackSection,
  type PackTables,
  type Source,
} from '@shared/pack'
import { db as appDb, type HujiaDb, type PackMeta, type PackTable } from './db'

export async function getPackRecords<S extends PackSection>(
  section: S,
  db: HujiaDb = appDb,
): Promise<PackRecordOf<S>[]> {
  return (await db.table(section).toArray()) as PackRecordOf<S>[]
}

export async function getPackRecord<S extends PackSection>(
  section: S,
  id: string,
  db: HujiaDb = appDb,
): Promise<PackRecordOf<S> | undefined> {
  return (await db.table(section).get(id)) as PackRecordOf<S> | undefined
}

/** Sources by id, in the order asked; unknown ids are left out. */
export async function getSources(ids: readonly string[], db: HujiaDb = appDb): Promise<Source[]> {
  const rows = (await db.sources.bulkGet([...new Set(ids)])) as (Source | undefined)[]
  return rows.filter((s): s is Source => s !== undefined)
}

/** A whole pack table, live; undefined while loading. */
export function usePackRecords<S extends PackSection>(section: S): PackRecordOf<S>[] | undefined {
  return useLiveQuery(() => getPackRecords(section), [section])
}

/** The stored pack's version and date, live; null when no pack is stored, undefined while loading. */
export function usePackMeta(): PackMeta | null | undefined {
  return useLiveQuery(async () => (await appDb.packMeta.get('current')) ?? null, [])
}

/** The sources behind a fact, live; undefined while loading. */
export function useSources(ids: readonly string[]): Source[] | undefined {
  const key = ids.join('|')
  // `key` stands for `ids`: a new array with the same ids must not re-run the query.
  return useLiveQuery(() => getSources(ids), [key])
}

/** Every source of the stored pack by id, live (a screen's marks and source lines); undefined while loading. */
export function useSourceMap(): ReadonlyMap<string, Source> | undefined {
  return useLiveQuery(async () => {
    const rows = (await appDb.sources.toArray()) as Source[]
    return new Map(rows.map((s) => [s.id, s]))
  }, [])
}

/**
 * The ids among `ids` that are no longer in the pack, live (e.g. a favourite hospital removed by
 * an update: show it as "no longer in the data"). undefined while loading.
 */
export function useMissingPackRecords(
  table: PackTable,
  ids: readonly string[],
): Set<string> | undefined {
  const key = ids.join('|')
  return useLiveQuery(() => findMissing(appDb, table, ids), [table, key])
}

/** Every pack table at once (the Data sources page); undefined while loading. */
export function usePackTables(): PackTables | undefined {
  return useLiveQuery(async () => {
    const rows = await Promise.all(PACK_SECTIONS.map((s) => getPackRecords(s)))
    return Object.fromEntries(PACK_SECTIONS.map((s, i) => [s, rows[i]])) as unknown as PackTables
  }, [])
}

/** The ids among `ids` that are no longer in a pack table ("no longer in the data"). */
export async function findMissing(
  db: HujiaDb,
  table: PackTable,
  ids: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(ids)]
  const found = await db.table(table).bulkGet(unique)
  return new Set(unique.filter((_, i) => found[i] === undefined))
}

/** Does this pack record still exist? For one reference; use findMissing for many. */
export async function packRecordExists(
  db: HujiaDb,
  table: PackTable,
  id: string,
): Promise<boolean> {
  return (await db.table(table).get(id)) !== undefined
}
