// Which settings follow the user to their other computers through sync, and which belong to this
// computer. Typed over every setting, so a new one cannot be added without choosing. The settings
// that backups leave out (DEVICE_SETTINGS, this device's own state) stay here too.
import type { SettingValues } from './settings'

export const SETTING_SCOPE: Record<keyof SettingValues, 'synced' | 'device'> = {
  // How this screen looks is this computer's business.
  language: 'device',
  theme: 'device',
  // Where the user lives and works, and their own rules and checklists, are theirs everywhere.
  homePlaceId: 'synced',
  workPlaceId: 'synced',
  medicalChecklist: 'synced',
  passRules: 'synced',
  // How the user's bank statements map to trips: the same statements reach either computer.
  billMappings: 'synced',
  // When the user wants to arrive (leave-by): their commute, whichever computer shows it.
  targetArriveWork: 'synced',
  targetArriveHome: 'synced',
  // Reminders and backups run on each computer by itself.
  reminderTime: 'device',
  lastBackupAt: 'device',
  reminderNotifiedOn: 'device',
  storagePersisted: 'device',
  invoiceNotifiedOn: 'device',
  backupClockFrom: 'device',
  // A pack update moves saved places on each computer as it installs the pack.
  placeNotices: 'device',
  // Which 12306 passenger is the user: a hash kept on this computer only, like backups leave it.
  railPassenger: 'device',
}

/** Whether a settings row syncs; keys this version does not know stay on the device. */
export const isSyncedSetting = (key: string): boolean =>
  (SETTING_SCOPE as Record<string, string | undefined>)[key] === 'synced'
