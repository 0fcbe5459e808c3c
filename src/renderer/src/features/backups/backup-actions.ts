// "Back up now" with its messages, shared by the command, the menu and the Settings button.
import type { TFunction } from 'i18next'
import { platform } from '@renderer/app/platform'
import { takeBackup, type TakeBackupResult } from '@renderer/db/backup'
import { writeErrorText } from './messages'

/** What happened, in words; `ok` when the records are in a backup now. */
function outcome(t: TFunction, r: TakeBackupResult): { ok: boolean; message: string } {
  if (r.where === 'download')
    return { ok: true, message: t('backups:backup.downloaded', { name: r.name }) }
  const { result } = r
  switch (result.status) {
    case 'written':
      return { ok: true, message: t('backups:backup.saved', { name: result.name }) }
    case 'unchanged':
      return { ok: true, message: t('backups:backup.unchanged', { name: result.name }) }
    case 'empty':
      return { ok: false, message: t('backups:backup.empty') }
    case 'throttled':
      return {
        ok: false,
        message: t('backups:backup.throttled', { seconds: result.retryInSeconds }),
      }
  }
}

export async function backUpNow(
  t: TFunction,
  show: (o: { message: string }) => void,
): Promise<boolean> {
  try {
    const { ok, message } = outcome(t, await takeBackup(platform))
    show({ message })
    return ok
  } catch (e) {
    show({ message: t('backups:backup.failed', { message: writeErrorText(t, e) }) })
    return false
  }
}
