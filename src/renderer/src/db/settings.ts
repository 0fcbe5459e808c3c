// Settings are rows of the `settings` table, typed here. Add a key to SettingValues to add a setting.
import { useLiveQuery } from 'dexie-react-hooks'
import type { SavedChecklist } from '@shared/medical/checklist'
import type { PassRules } from '@shared/stats/rail-pass'
import { db } from './db'

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
  /** The date (yyyy-MM-dd) the daily reminder last fired, so it fires once a day. */
  reminderNotifiedOn: string | null
  /** Result of navigator.storage.persist(). */
  storagePersisted: boolean | null
  /** The medical wizard's answer saved as a checklist, with the user's ticks. */
  medicalChecklist: SavedChecklist | null
  /** The rail-pass calculator's rules as the user last left them (null: the sourced defaults). */
  passRules: PassRules | null
}

export const SETTING_DEFAULTS: SettingValues = {
  language: 'zh-CN',
  theme: 'system',
  homePlaceId: null,
  workPlaceId: null,
  reminderTime: null,
  lastBackupAt: null,
  reminderNotifiedOn: null,
  storagePersisted: null,
  medicalChecklist: null,
  passRules: null,
}

export async function getSetting<K extends keyof SettingValues>(key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key)
  return row ? (row.value as SettingValues[K]) : SETTING_DEFAULTS[key]
}

/** Several settings in one read (one transaction). */
export async function getSettings<K extends keyof SettingValues>(
  keys: readonly K[],
): Promise<Pick<SettingValues, K>> {
  const rows = await db.settings.bulkGet([...keys])
  return Object.fromEntries(
    keys.map((key, i) => [key, rows[i] ? rows[i].value : SETTING_DEFAULTS[key]]),
  ) as Pick<SettingValues, K>
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
