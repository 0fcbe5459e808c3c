// The one Dexie database. Versions are declared in order and never edited once shipped; each
// upgrade has a test that opens a database written at the previous version (tests/unit/db).
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import type { MetaRow } from '@shared/sync/rows'
import { captureChanges } from './sync-capture'
import type { CommuteTemplate, Trip } from '@shared/trips/schema'
import type { UserCard } from '@shared/cards/schema'
import { BACKUP_TABLES } from '@shared/backup/format'
import { withInvoiceFlag } from '@shared/bills/invoice'
import { withAppPayment } from '@shared/bills/payment'
import { PACK_SECTIONS } from '@shared/pack/vocabulary'
import { FORMAT_1_UPGRADED, upgradeFormat1Row } from '@shared/pack/format1'
import type { Filing, Visit } from '@shared/medical/schema'
import { pauseLargeWritesForTests } from './write-pause'

export const DB_NAME = 'hujia-commute'

/** A key/value setting: language, theme, home/work places, reminder time … */
export interface Setting {
  key: string
  value: unknown
}

/** The user's favourite hospitals and notes on them; kept across service-pack upgrades. */
export interface HospitalNote {
  hospitalId: string
  favourite: boolean
  note: string
  updatedAt: string
}

/** The one row describing the service pack currently stored. */
export interface PackMeta {
  id: 'current'
  version: number
  asOf: string
  sha256: string
  origin: 'shipped' | 'imported'
  installedAt: string
}

/** Every service-pack record has a string id; the concrete shapes live in @shared/pack. */
export interface PackRecord {
  id: string
  [field: string]: unknown
}

/** Service-pack tables: one per section of the pack file (@shared/pack), in its order. */
export const PACK_TABLES = PACK_SECTIONS
export type PackTable = (typeof PACK_TABLES)[number]

/**
 * Tables that hold what the user wrote; backups, restore and "export all" cover exactly these.
 * The list lives with the backup format (@shared/backup/format), which the database must match.
 */
export const USER_TABLES = BACKUP_TABLES
export type UserTable = (typeof USER_TABLES)[number]

/** Sync's own bookkeeping on this device (field clocks, state, own frames): never backed up. */
export const SYNC_TABLES = ['syncMeta', 'syncState', 'syncFrames'] as const

export type HujiaDb = Dexie & {
  trips: EntityTable<Trip, 'id'>
  templates: EntityTable<CommuteTemplate, 'id'>
  cards: EntityTable<UserCard, 'id'>
  settings: EntityTable<Setting, 'key'>
  hospitalNotes: EntityTable<HospitalNote, 'hospitalId'>
  filings: EntityTable<Filing, 'id'>
  visits: EntityTable<Visit, 'id'>
  packMeta: EntityTable<PackMeta, 'id'>
  syncMeta: EntityTable<MetaRow, 'id'>
  syncState: EntityTable<{ key: string; value: unknown }, 'key'>
  syncFrames: Table<{ file: string; index: number; bytes: Uint8Array }, [string, number]>
} & { [T in PackTable]: EntityTable<PackRecord, 'id'> }

const packStores = {
  sources: 'id',
  cardTypes: 'id',
  acceptance: 'id, cardTypeId, system',
  stations: 'id',
  railLinks: 'id',
  busLines: 'id',
  plannedLines: 'id',
  places: 'id',
  medicalRules: 'id',
  hospitals: 'id, city',
  partnerships: 'id, hospitalId, partnerId',
}
/** Pack sections added by format 2 (schema v4). */
const packStoresV4 = { fareRules: 'id', workCalendars: 'id', contextNotes: 'id' }

interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<unknown>
}

/** Schema history. Append a version; never change one that has shipped. */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    // v1: the foundation's tables.
    version: 1,
    stores: {
      trips: 'id, date',
      templates: 'id, order',
      cards: 'id, typeId',
      settings: 'key',
      hospitalNotes: 'hospitalId',
      packMeta: 'id',
      ...packStores,
    },
  },
  {
    // v2: medical filings and visits; trips written before tags existed get an empty tag list.
    version: 2,
    stores: { filings: 'id, date', visits: 'id, date' },
    upgrade: (tx) =>
      tx
        .table('trips')
        .toCollection()
        .modify((trip: { tags?: unknown }) => {
          if (!Array.isArray(trip.tags)) trip.tags = []
        }),
  },
  {
    // v3: legs may carry the bill they were imported from (source and order number) and, on rail
    // legs, whether the 12306 e-invoice was requested. Rail legs logged before get an explicit
    // "not requested", so the 180-day invoice warning covers them too.
    version: 3,
    stores: {},
    upgrade: (tx) =>
      tx
        .table('trips')
        .toCollection()
        .modify((trip: { legs?: unknown }) => {
          if (Array.isArray(trip.legs)) trip.legs = trip.legs.map(withInvoiceFlag)
        }),
  },
  {
    // v4: the service pack's format-2 sections (fare rules, working-day calendars, context
    // notes), empty until the shipped pack v2 replaces every pack table; meanwhile the stored
    // format-1 rows get the fields format 2 reads, so the screens can show them.
    version: 4,
    stores: packStoresV4,
    upgrade: async (tx) => {
      for (const section of FORMAT_1_UPGRADED) {
        await tx
          .table(section)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = upgradeFormat1Row(section, row)
          })
      }
    },
  },
  {
    // v5: sync. Field clocks and tombstones (syncMeta, by local change counter), this device's
    // sync state, and its own encrypted log frames. The user tables are unchanged.
    version: 5,
    stores: { syncMeta: 'id, seq', syncState: 'key', syncFrames: '[file+index]' },
  },
  {
    // v6: a payment kind for phone payments ({ kind: 'app', app }) and, on rail legs, the bill
    // payment of a 12306 ticket (paidBy). Legs that an earlier bill import recorded as cash
    // although the bill shows an Alipay, WeChat or statement payment become app payments.
    version: 6,
    stores: {},
    upgrade: (tx) =>
      tx
        .table('trips')
        .toCollection()
        .modify((trip: { legs?: unknown }) => {
          if (Array.isArray(trip.legs)) trip.legs = trip.legs.map(withAppPayment)
        }),
  },
]

/** Declares versions 1…upTo (tests open older versions to write fixtures). */
export function declareVersions(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break
    const version = db.version(v.version).stores(v.stores)
    if (v.upgrade) version.upgrade(v.upgrade)
  }
}

export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version

export function openDb(name: string = DB_NAME): HujiaDb {
  const db = new Dexie(name) as HujiaDb
  declareVersions(db)
  // Every write to a user table records its field clocks for sync (a no-op until sync is set up).
  db.use(captureChanges)
  return db
}

/** The app's database. Tests open their own with openDb(uniqueName). */
export const db: HujiaDb = openDb()
db.use(pauseLargeWritesForTests)
