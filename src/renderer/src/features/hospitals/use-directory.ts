// The directory's data, live from Dexie: the pack's hospitals, partnerships, rules and places
// (seeded on first start), built once into the directory model and the search index.
import { useEffect, useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { buildSearchIndex, type SearchIndex } from '@shared/search'
import { buildDirectory, type Directory } from '@shared/hospitals'
import type { ContextNote, Place } from '@shared/pack'
import { db } from '@renderer/db/db'
import { ensureShippedPack } from '@renderer/db/pack'
import { getPackRecords } from '@renderer/db/pack-queries'

export interface DirectoryData {
  directory: Directory
  index: SearchIndex
  places: Place[]
  /** What the lists leave out (context notes on hospitals), with the official lookup. */
  gaps: ContextNote[]
}

// One read of every table the directory needs, so it never sees a half-updated pack.
async function readTables() {
  return db.transaction(
    'r',
    [db.packMeta, db.hospitals, db.partnerships, db.medicalRules, db.places, db.contextNotes],
    async () => ({
      meta: await db.packMeta.get('current'),
      hospitals: await getPackRecords('hospitals'),
      partnerships: await getPackRecords('partnerships'),
      medicalRules: await getPackRecords('medicalRules'),
      places: await getPackRecords('places'),
      notes: await getPackRecords('contextNotes'),
    }),
  )
}

/** undefined while loading (including while the first start seeds the pack). */
export function useDirectory(): DirectoryData | undefined {
  useEffect(() => {
    ensureShippedPack().catch((e: unknown) => console.error(e))
  }, [])
  const tables = useLiveQuery(readTables, [])
  return useMemo(() => {
    if (!tables?.meta) return undefined
    const directory = buildDirectory(tables)
    // Built once per pack: a keystroke only runs the search.
    return {
      directory,
      index: buildSearchIndex(directory.searchDocs),
      places: tables.places,
      gaps: tables.notes.filter((n) => n.topic === 'hospitals'),
    }
  }, [tables])
}
