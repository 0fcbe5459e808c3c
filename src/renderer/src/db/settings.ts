// Settings are rows of the `settings` table, typed here. Add a key to SettingValues to add a setting.
import { useLiveQuery } from 'dexie-react-hooks'
import type { SavedChecklist } from '@shared/medical/checklist'
import type { PassRules } from '@shared/stats/rail-pass'
import type { ColumnMapping } from '@shared/bills/mapped-csv'
import { db, DB_NAME, type Setting } from './db'
import type { PlaceNotice } from './places'

export type Language = 'zh-CN' | 'en'
export type ThemeChoice = 'system' | 'light' | 'dark'

export interface SettingValues {
  language: Language
  theme: ThemeChoice
  /** Pack place ids chosen in Settings (transit guide). */
  homePlaceId: string | null
  workPlaceId: string | null
  /** Daily reminder time "HH:mm", or null when off. */
  reminderTime: string | null
  /** ISO time of the last backup the user took or the app wrote. */
  lastBackupAt: string | null
  /**
   * ISO time the backup reminder counts from when later than lastBackupAt: when this profile was
   * first seen holding data, or the last restore (shared/backup/schedule.ts).
   */
  backupClockFrom: string | null
  /** The date (yyyy-MM-dd) the daily reminder last fired, so it fires once a day. */
  reminderNotifiedOn: string | null
  /** Result of navigator.storage.persist(). */
  storagePersisted: boolean | null
  /** The medical wizard's answer saved as a checklist, with the user's ticks. */
  medicalChecklist: SavedChecklist | null
  /** The rail-pass calculator's rules as the user last left them (null: the sourced defaults). */
  passRules: PassRules | null
  /** The date (yyyy-MM-dd) the e-invoice reminder last fired, so it fires once a day. */
  invoiceNotifiedOn: string | null
  /** Column mappings of bank statements the user imported, by the file's header (headerKey). */
  billMappings: Record<string, ColumnMapping>
  /** Saved places a pack update moved, until the user dismisses the notice (db/places.ts). */
  placeNotices: PlaceNotice[]
  /**
   * When the user wants to arrive at work and at home ("HH:mm", null: not set), for leave-by.
   * Personal settings: they belong to the user, not to this device, and sync with the log.
   */
  targetArriveWork: string | null
  targetArriveHome: string | null
  /** Which passenger of a 12306 mail is the user, as a hash of the name (shared/bills/passenger). */
  railPassenger: string | null
}

export const SETTING_DEFAULTS: SettingValues = {
  language: 'zh-CN',
  theme: 'system',
  homePlaceId: null,
  workPlaceId: null,
  reminderTime: null,
  lastBackupAt: null,
  backupClockFrom: null,
  reminderNotifiedOn: null,
  storagePersisted: null,
  medicalChecklist: null,
  passRules: null,
  invoiceNotifiedOn: null,
  billMappings: {},
  placeNotices: [],
  targetArriveWork: null,
  targetArriveHome: null,
  railPassenger: null,
}

/**
 * Settings that describe this device's state rather than the user's data: never written to a
 * backup, so a backup restored and backed up again is the same file.
 */
export const DEVICE_SETTINGS: readonly (keyof SettingValues)[] = [
  'backupClockFrom',
  'railPassenger',
]

export async function getSetting<K extends keyof SettingValues>(key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key)
  return row ? (row.value as SettingValues[K]) : SETTING_DEFAULTS[key]
}

type FirstRenderSettings = Pick<SettingValues, 'language' | 'theme'>

/**
 * Language and theme for the first render, read with IndexedDB itself rather than Dexie: Dexie's
 * open checks every table's schema (about 6 ms of script on the benchmark machine) and the first
 * frame needs none of it. Opens the database at its current version, reads, and closes at once,
 * so Dexie's own open (and any upgrade it runs) is never blocked. Creates nothing: a database or
 * table that does not exist yet gives the defaults. A database that cannot be opened rejects.
 */
export function readFirstRenderSettings(name: string = DB_NAME): Promise<FirstRenderSettings> {
  const keys = ['language', 'theme'] as const
  const defaults: FirstRenderSettings = {
    language: SETTING_DEFAULTS.language,
    theme: SETTING_DEFAULTS.theme,
  }
  return new Promise((resolve, reject) => {
    let fresh = false
    const request = indexedDB.open(name)
    request.onupgradeneeded = () => {
      // The database does not exist: leave creating it to Dexie (aborting deletes it again).
      fresh = true
      request.transaction?.abort()
    }
    request.onerror = () => (fresh ? resolve(defaults) : reject(request.error))
    request.onsuccess = () => {
      const idb = request.result
      idb.onversionchange = () => idb.close()
      if (!idb.objectStoreNames.contains('settings')) {
        idb.close()
        return resolve(defaults)
      }
      const store = idb.transaction('settings', 'readonly').objectStore('settings')
      const out = { ...defaults }
      for (const key of keys) {
        const get = store.get(key)
        get.onsuccess = () => {
          const row = get.result as Setting | undefined
          if (row) Object.assign(out, { [key]: row.value })
        }
      }
      store.transaction.oncomplete = () => {
        idb.close()
        resolve(out)
      }
      // Fires after a failed read too.
      store.transaction.onabort = () => {
        idb.close()
        reject(store.transaction.error ?? new Error('reading the settings was aborted'))
      }
    }
  })
}

export async function setSetting<K extends keyof SettingValues>(
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value })
}

/** The live value; undefined while loading. */
export function useSetting<K extends keyof SettingValues>(key: K): SettingValues[K] | undefined {
  return useLiveQuery(async () => getSetting(key), [key])
}
