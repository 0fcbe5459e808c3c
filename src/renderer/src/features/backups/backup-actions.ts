// "Back up now" with its messages, shared by the command, the menu and the Settings button.
import type { TFunction } from 'i18next'
import { platform } from '@renderer/app/platform'
import { takeBackup } from '@renderer/db/backup'
import { writeErrorText } from './format'

export async function backUpNow(
  t: TFunction,
  show: (o: { message: string }) => void,
): Promise<boolean> {
  try {
    const r = await takeBackup(platform)
    show({
      message:
        r.where === 'folder'
          ? t('backups:backup.saved', { name: r.result.name })
          : t('backups:backup.downloaded', { name: r.name }),
    })
    return true
  } catch (e) {
    show({ message: t('backups:backup.failed', { message: writeErrorText(t, e) }) })
    return false
  }
}
