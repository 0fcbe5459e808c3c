// Settings → backups and restore, and the daily reminder.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { daysSinceBackup, MAX_BACKUP_BYTES } from '@shared/backup'
import type { BackupEntry } from '@shared/ipc/api'
import { platform } from '@renderer/app/platform'
import { useRoute } from '@renderer/app/router'
import { backupReminder } from '@renderer/db/backup'
import { previewRestore, readBackupBytes } from '@renderer/db/backup-restore'
import { useSetting } from '@renderer/db/settings'
import { useToast } from '@renderer/ui/toast'
import { backUpNow } from './backup-actions'
import { backupErrorText } from './messages'
import { formatDateTime, langOf } from '@renderer/ui/format'
import { BackupList } from './backup-list'
import { RestoreDialog, type RestoreCandidate } from './restore-dialog'
import { ReminderSettings } from './reminder-settings'
import './backups.css'

type Status = { kind: 'ok' | 'error'; text: string } | null

export default function SettingsSection() {
  const { t, i18n } = useTranslation('backups')
  const toast = useToast()
  const lastBackupAt = useSetting('lastBackupAt')
  const clockFrom = useSetting('backupClockFrom')
  const [entries, setEntries] = useState<BackupEntry[] | null>(null)
  const [status, setStatus] = useState<Status>(null)
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null)
  // Whether to remind to download a backup; null until worked out (the desktop app backs up itself).
  const [remind, setRemind] = useState<boolean | null>(null)
  const electron = platform.backups !== null
  const heading = useRef<HTMLHeadingElement>(null)
  const section = useRoute().params.get('section')

  // "Restore from a backup" in the palette lands here (#/settings?section=backups).
  useEffect(() => {
    if (section !== 'backups') return
    const id = setTimeout(() => {
      heading.current?.scrollIntoView({ block: 'start' })
      heading.current?.focus()
    }, 100)
    return () => clearTimeout(id)
  }, [section])

  const [listed, setListed] = useState(0)
  const refresh = useCallback(() => setListed((n) => n + 1), [])

  // The folder's backups, listed again after each backup or restore.
  useEffect(() => {
    let cancelled = false
    void platform.backups?.list().then((list) => {
      if (!cancelled) setEntries(list)
    })
    return () => {
      cancelled = true
    }
  }, [listed, lastBackupAt])

  useEffect(() => {
    if (electron || lastBackupAt === undefined || clockFrom === undefined) return
    void backupReminder().then((r) => setRemind(r.due))
  }, [electron, lastBackupAt, clockFrom])

  const open = async (name: string, bytes: () => Promise<Uint8Array | string>) => {
    setStatus(null)
    try {
      const data = await bytes()
      const read = await readBackupBytes(
        typeof data === 'string' ? new TextEncoder().encode(data) : data,
      )
      if (!read.ok) {
        setStatus({
          kind: 'error',
          text: t('restore.refused', { message: backupErrorText(t, read.error) }),
        })
        return
      }
      setCandidate({ name, backup: read.backup, preview: await previewRestore(read.backup) })
    } catch (e) {
      setStatus({ kind: 'error', text: t('restore.refused', { message: (e as Error).message }) })
    }
  }

  const restoreFromFile = async () => {
    const picked = await platform.openFile(
      [{ name: 'JSON', extensions: ['json'] }],
      MAX_BACKUP_BYTES,
    )
    if (picked.status === 'canceled') return
    if (picked.status === 'tooLarge' || picked.status === 'notAFile') {
      const message =
        picked.status === 'tooLarge'
          ? t('restore.errors.tooLarge', { mb: MAX_BACKUP_BYTES / 1024 / 1024 })
          : t('common:error.notAFile', { name: picked.name })
      setStatus({ kind: 'error', text: t('restore.refused', { message }) })
      return
    }
    await open(picked.name, async () => picked.bytes)
  }

  const days = daysSinceBackup(lastBackupAt ?? null, new Date())
  return (
    <>
      <section
        className="card"
        aria-labelledby="settings-backups"
        data-reminder={
          electron ? 'not-due' : remind === null ? undefined : remind ? 'due' : 'not-due'
        }
      >
        <h2 id="settings-backups" ref={heading} tabIndex={-1}>
          {t('backup.title')}
        </h2>
        <p>{electron ? t('backup.electronAuto') : t('backup.browserManual')}</p>
        {remind && (
          <p className="warning" data-testid="backup-reminder">
            {days === null ? t('backup.reminderNever') : t('backup.reminder', { count: days })}
          </p>
        )}
        <p data-testid="last-backup">
          {lastBackupAt
            ? t('backup.last', { when: formatDateTime(lastBackupAt, langOf(i18n.language)) })
            : t('backup.never')}
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => void backUpNow(t, toast.show)}>
            {electron ? t('backup.backUpNow') : t('backup.download')}
          </button>
          {platform.backups && (
            <button
              type="button"
              onClick={async () => {
                if (!(await platform.backups?.openFolder()))
                  setStatus({ kind: 'error', text: t('backup.openFolderFailed') })
              }}
            >
              {t('backup.openFolder')}
            </button>
          )}
          <button type="button" onClick={() => void restoreFromFile()}>
            {t('restore.fromFile')}
          </button>
        </div>
        {status && (
          <p
            className={status.kind === 'error' ? 'backup-alert' : 'notice'}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="restore-status"
          >
            {status.text}
          </p>
        )}
        {electron && entries && (
          <>
            <h3>{t('backup.list')}</h3>
            <BackupList
              entries={entries}
              onRestore={(e) => void open(e.name, () => platform.backups!.read(e.name))}
            />
          </>
        )}
      </section>
      <ReminderSettings />
      {candidate && (
        <RestoreDialog
          candidate={candidate}
          onClose={() => setCandidate(null)}
          onRestored={(text) => {
            setStatus({ kind: 'ok', text })
            toast.show({ message: text })
            refresh()
          }}
        />
      )}
    </>
  )
}
