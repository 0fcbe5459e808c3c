// Seeding and updating the service pack in Dexie. The shipped pack (resources/data/pack.json)
// loads lazily so it stays out of the first bundle. Every write replaces all pack tables and the
// packMeta row in ONE transaction, touching no user table: favourites, notes and cards that point
// into the pack survive, and a reference whose record has gone is reported by findMissing() (pack-queries.ts).
import { binaryKind, documentKind, nestsDeeperThan } from '@shared/files/kind'
import {
  validatePack,
  type Pack,
  type PackProblem,
  type PackProblemCode,
  type ProblemDetail,
} from '@shared/pack'
import type { Text } from '@shared/pack'
import { db as appDb, PACK_TABLES, type HujiaDb, type PackMeta } from './db'
import { migrateSavedPlaces } from './places'

/** Where the shipped pack comes from; tests pass their own loader. */
export type PackLoader = () => Promise<unknown>

export const loadShippedPack: PackLoader = async () =>
  (await import('../../../../resources/data/pack.json')).default

/**
 * The shipped pack's version, written in at build time (electron.vite.config.ts), so a start with
 * an up-to-date store does not load the whole pack just to compare versions. Undefined in tests.
 */
export const SHIPPED_PACK_VERSION: number | undefined =
  typeof __HUJIA_PACK_VERSION__ === 'number' ? __HUJIA_PACK_VERSION__ : undefined

export interface PackImportProblem {
  code: PackProblemCode | 'json' | 'version'
  path: string
  message: string
  detail?: ProblemDetail
}

export type PackWriteResult =
  { ok: true; meta: PackMeta } | { ok: false; problems: PackImportProblem[] }

export type SeedResult =
  { status: 'seeded' | 'upgraded'; meta: PackMeta } | { status: 'upToDate'; meta: PackMeta }

/** Pack files larger than this are refused before parsing. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024

export async function getPackMeta(db: HujiaDb): Promise<PackMeta | undefined> {
  return db.packMeta.get('current')
}

function metaFor(pack: Pack, origin: PackMeta['origin']): PackMeta {
  return {
    id: 'current',
    version: pack.version,
    asOf: pack.asOf,
    sha256: pack.sha256,
    origin,
    installedAt: new Date().toISOString(),
  }
}

/**
 * Replaces every pack table and the meta row in one transaction, and in the same transaction moves
 * a saved home or work whose place the new pack replaces (db/places.ts). `unlessNewer` re-checks
 * the stored version inside the transaction, so two starts racing cannot both write.
 */
async function writePack(
  db: HujiaDb,
  pack: Pack,
  origin: PackMeta['origin'],
  unlessNewer: (stored: PackMeta | undefined) => boolean = () => true,
): Promise<PackMeta | null> {
  const tables = [...PACK_TABLES.map((t) => db.table(t)), db.packMeta, db.settings]
  return db.transaction('rw', tables, async () => {
    const stored = await db.packMeta.get('current')
    if (!unlessNewer(stored)) return null
    const before = new Map(
      ((await db.places.toArray()) as { id: string; name: Text }[]).map((p) => [p.id, p.name]),
    )
    for (const name of PACK_TABLES) {
      const table = db.table(name)
      await table.clear()
      await table.bulkPut(pack[name])
    }
    await migrateSavedPlaces(db, pack.places, before)
    const meta = metaFor(pack, origin)
    await db.packMeta.put(meta)
    return meta
  })
}

function shippedIsNewer(stored: PackMeta | undefined, version: number): boolean {
  return stored === undefined || version > stored.version
}

/**
 * Loads the shipped pack on first start, and again whenever it is newer than the stored one
 * (whether the stored one was shipped or imported). Throws if the shipped pack is invalid: that
 * is a build error, and nothing is written.
 */
export async function seedShippedPack(
  db: HujiaDb,
  load: PackLoader = loadShippedPack,
  shippedVersion: number | undefined = SHIPPED_PACK_VERSION,
): Promise<SeedResult> {
  const before = await getPackMeta(db)
  if (before && shippedVersion !== undefined && !shippedIsNewer(before, shippedVersion)) {
    return { status: 'upToDate', meta: before }
  }
  const json = await load()
  const version = (json as { version?: unknown } | null)?.version
  if (before && typeof version === 'number' && !shippedIsNewer(before, version)) {
    return { status: 'upToDate', meta: before }
  }
  const result = await validatePack(json)
  if (!result.ok) {
    const first = result.problems[0]
    throw new Error(`the shipped service pack is invalid: ${first?.path} ${first?.message}`)
  }
  const meta = await writePack(db, result.pack, 'shipped', (stored) =>
    shippedIsNewer(stored, result.pack.version),
  )
  if (!meta) return { status: 'upToDate', meta: (await getPackMeta(db)) as PackMeta }
  return { status: before ? 'upgraded' : 'seeded', meta }
}

let starting: Promise<SeedResult> | null = null

/** Seeds the app's database once per run (startup calls it; screens that need the pack may too). */
export function ensureShippedPack(): Promise<SeedResult> {
  starting ??= seedShippedPack(appDb).catch((e: unknown) => {
    starting = null
    throw e
  })
  return starting
}

/**
 * Imports a pack file chosen by the user. It must parse, validate (shape, ids, references,
 * checksum) and be newer than the stored pack; otherwise nothing is written and every problem
 * found is returned with where it is.
 */
export async function importPackFile(db: HujiaDb, text: string): Promise<PackWriteResult> {
  if (text.length > MAX_PACK_BYTES)
    return refuse('the file is too large', { key: 'tooLarge', params: {} })
  let json: unknown
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (e) {
    // The parser's own words (English, about a character position) stay in the log message.
    const reason = e instanceof Error ? e.message : String(e)
    return refuse(`not JSON: ${reason}`, { key: 'notJson', params: {} })
  }
  if (nestsDeeperThan(json)) return refuse('nested too deep', { key: 'tooDeep', params: {} })
  // Another file of ours (a trips export, a backup) would otherwise be judged by its `version`.
  const kind = documentKind(json)
  if (kind !== 'pack')
    return refuse(`not a data pack but ${kind}`, { key: 'notPack', params: { kind } })
  const stored = await getPackMeta(db)
  const version = (json as { version?: unknown } | null)?.version
  if (stored && typeof version === 'number' && version <= stored.version) {
    return { ok: false, problems: [versionProblem(version, stored.version)] }
  }
  const result = await validatePack(json)
  if (!result.ok) return { ok: false, problems: result.problems }
  const meta = await writePack(db, result.pack, 'imported', (now) =>
    shippedIsNewer(now, result.pack.version),
  )
  if (!meta) {
    const now = await getPackMeta(db)
    return { ok: false, problems: [versionProblem(result.pack.version, now?.version ?? 0)] }
  }
  return { ok: true, meta }
}

/** A file refused as a whole: `message` for logs, `detail` for the interface. */
function refuse(message: string, detail: ProblemDetail): PackWriteResult {
  return { ok: false, problems: [{ code: 'json', path: '(file)', message, detail }] }
}

/** A picked pack file's bytes: refused unless they are UTF-8 text, then as importPackFile. */
export async function importPackBytes(db: HujiaDb, bytes: Uint8Array): Promise<PackWriteResult> {
  if (bytes.length > MAX_PACK_BYTES)
    return refuse('the file is too large', { key: 'tooLarge', params: {} })
  const kind = binaryKind(bytes)
  if (kind) return refuse(`not text but ${kind}`, { key: 'notText', params: { kind } })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse('not UTF-8 text', { key: 'notUtf8', params: {} })
  }
  return importPackFile(db, text)
}

function versionProblem(version: number, storedVersion: number): PackImportProblem {
  return {
    code: 'version',
    path: 'version',
    message: `version ${version} is not newer than the installed version ${storedVersion}`,
    detail: { key: 'notNewer', params: { version, installed: storedVersion } },
  }
}

/** Puts the shipped pack back, whatever is stored now (e.g. after importing a bad update). */
export async function resetToShippedPack(
  db: HujiaDb,
  load: PackLoader = loadShippedPack,
): Promise<PackMeta> {
  const result = await validatePack(await load())
  if (!result.ok) throw new Error('the shipped service pack is invalid')
  return (await writePack(db, result.pack, 'shipped')) as PackMeta
}

export type { PackProblem }
