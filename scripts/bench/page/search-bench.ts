// Hospital search over 5,000 hospitals: the shipped pack plus generated ones, installed through
// the app's own pack import (db/pack.ts importPackFile), read and indexed the way the hospitals
// screen does (features/hospitals/use-directory.ts), then each keystroke does what
// features/hospitals/directory-view.tsx does on a keystroke: search, keep the hits that pass the
// filters, count the filter options.
import { db } from '@renderer/db/db'
import { importPackFile, loadShippedPack } from '@renderer/db/pack'
import { getPackRecords } from '@renderer/db/pack-queries'
import { filtersOf, parseHospitalsParams } from '@renderer/features/hospitals/params'
import { packChecksum, type Pack } from '@shared/pack'
import { buildSearchIndex, search, type SearchIndex } from '@shared/search'
import {
  buildDirectory,
  facetCounts,
  matchesFilters,
  type Directory,
  type DirectoryEntry,
} from '@shared/hospitals'
import { BENCH_SOURCE, generateHospitals } from './generate'
import queries from './queries.json'

/** What a user types, one keystroke at a time: hanzi (as an IME commits them), pinyin, initials. */
export const TYPED_QUERIES: readonly string[] = queries

/** Installs a pack holding `total` hospitals (the shipped ones plus generated ones). */
async function installHospitalPack(total: number): Promise<number> {
  const shipped = (await loadShippedPack()) as Pack
  const extra = generateHospitals(Math.max(0, total - shipped.hospitals.length))
  const pack: Pack = {
    ...shipped,
    version: shipped.version + 1_000_000,
    sources: [...shipped.sources, BENCH_SOURCE],
    hospitals: [...shipped.hospitals, ...extra],
  }
  pack.sha256 = await packChecksum(pack)
  const r = await importPackFile(db, JSON.stringify(pack))
  if (!r.ok)
    throw new Error(`the bench pack was refused: ${JSON.stringify(r.problems.slice(0, 3))}`)
  built = null
  return db.hospitals.count()
}

let built: { directory: Directory; index: SearchIndex; buildMs: number } | null = null

async function directoryAndIndex(): Promise<NonNullable<typeof built>> {
  if (!built) {
    const tables = {
      hospitals: await getPackRecords('hospitals'),
      partnerships: await getPackRecords('partnerships'),
      medicalRules: await getPackRecords('medicalRules'),
    }
    const t0 = performance.now()
    const directory = buildDirectory(tables)
    const index = buildSearchIndex(directory.searchDocs)
    built = { directory, index, buildMs: performance.now() - t0 }
  }
  return built
}

/** One run: every query typed into an empty box; the time of each keystroke's update. */
async function searchRun(): Promise<{
  ms: number[]
  buildMs: number
  hits: number
  hospitals: number
}> {
  const { directory, index, buildMs } = await directoryAndIndex()
  const filters = filtersOf(parseHospitalsParams(new URLSearchParams()))
  const favourites = new Set<string>()
  const ms: number[] = []
  let hits = 0
  for (const query of TYPED_QUERIES) {
    search(index, '')
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now()
      const matched = search(index, query.slice(0, i)).map((hit) => ({
        hit,
        entry: directory.entries[hit.docIndex] as DirectoryEntry,
      }))
      const shown = matched.filter((m) => matchesFilters(m.entry, filters, favourites))
      facetCounts(
        matched.map((m) => m.entry),
        filters,
        favourites,
      )
      ms.push(performance.now() - t)
      hits += shown.length
    }
  }
  return { ms, buildMs, hits, hospitals: directory.entries.length }
}

export const searchApi = { installHospitalPack, searchRun }
