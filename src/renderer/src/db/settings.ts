// Settings are rows of the `settings` table, typed here. Add a key to SettingValues to add a setting.
import { useLiveQuery } from 'dexie-react-hooks'
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
  /** Result of navigator.storage.persist(). */
  storagePersisted: boolean | null
}

export const SETTING_DEFAULTS: SettingValues = {
  language: 'zh-CN',
  theme: 'system',
  homePlaceId: null,
  workPlaceId: null,
  reminderTime: null,
  lastBackupAt: null,
  storagePersisted: null,
}

export async function getSetting<K extends keyof SettingValues>(key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key)
  return row ? (row.value as SettingValues[K]) : SETTING_DEFAULTS[key]
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
