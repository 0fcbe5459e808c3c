// This feature's sentences: backup and write errors explained, file sizes.
import type { TFunction } from 'i18next'
import type { BackupError } from '@shared/backup'
import { describeWriteError } from '@renderer/db/backup'

/** A backup error (an i18n key in the backups namespace plus params) as a sentence. */
export function backupErrorText(t: TFunction, error: BackupError): string {
  const params: Record<string, string | number> = { ...error.params }
  if (typeof params['table'] === 'string')
    params['table'] = t(`backups:restore.tables.${params['table']}`)
  if (typeof params['reason'] === 'string')
    params['reason'] = t(`common:${params['reason']}`, { defaultValue: params['reason'] })
  return t(`backups:${error.message}`, params)
}

/** A failed write, explained (a full disk says so). */
export function writeErrorText(t: TFunction, e: unknown): string {
  const d = describeWriteError(e)
  return t(d.key, d.params)
}

export function formatSize(bytes: number, language: string): string {
  const kb = bytes / 1024
  const fmt = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
  return kb < 1024 ? `${fmt.format(kb)} KB` : `${fmt.format(kb / 1024)} MB`
}
