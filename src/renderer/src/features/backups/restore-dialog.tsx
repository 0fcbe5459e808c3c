// The restore preview: what the backup holds against what it replaces, then one transaction.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidBackup } from '@shared/backup'
import { platform } from '@renderer/app/platform'
import { changeLanguage } from '@renderer/app/i18n'
import { backupJson } from '@renderer/db/backup'
import { restoreBackup, type RestorePreview } from '@renderer/db/backup-restore'
import { getSetting } from '@renderer/db/settings'
import { toDateString } from '@shared/calendar/dates'
import { writeErrorText } from './messages'
import { formatDateTime, langOf } from '@renderer/ui/format'
import { Modal } from '@renderer/ui/modal'

export interface RestoreCandidate {
  name: string
  backup: ValidBackup
  preview: RestorePreview
}

export function RestoreDialog(props: {
  candidate: RestoreCandidate
  onClose: () => void
  onRestored: (message: string) => void
}) {
  const { t, i18n } = useTranslation('backups')
  const { candidate, onClose, onRestored } = props
  const { preview } = candidate
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      // In Electron, keep what is about to be replaced as a manual backup, so a restore can be
      // undone. Main may find nothing to keep (no records, or already backed up); too soon after
      // another manual backup, nothing is restored.
      const kept = platform.backups && (await platform.backups.write(await backupJson(), 'manual'))
      if (kept && kept.status === 'throttled') {
        setError(
          t('restore.failed', {
            message: t('backup.throttled', { seconds: kept.retryInSeconds }),
          }),
        )
        setBusy(false)
        return
      }
      await restoreBackup(candidate.backup)
      const language = await getSetting('language')
      await changeLanguage(language)
      await platform.setMenuLanguage(language)
      onRestored(t('restore.done', { trips: candidate.backup.tables.trips.length }))
      onClose()
    } catch (e) {
      setError(t('restore.failed', { message: writeErrorText(t, e) }))
      setBusy(false)
    }
  }

  const downloadCurrent = async () => {
    await platform.saveFile(
      `hujia-backup-${toDateString(new Date())}.json`,
      await backupJson(),
      'json',
    )
  }

  return (
    <Modal title={t('restore.title')} onClose={onClose} testId="restore-dialog">
      <p>
        {t('restore.source', { name: candidate.name })}
        <br />
        {t('restore.takenAt', { when: formatDateTime(preview.exportedAt, langOf(i18n.language)) })}
        {preview.appVersion && <> · {t('restore.appVersion', { version: preview.appVersion })}</>}
      </p>
      {preview.upgradedFrom !== null && (
        <p className="notice">{t('restore.upgraded', { from: preview.upgradedFrom })}</p>
      )}
      {preview.tripDates && <p>{t('restore.tripDates', preview.tripDates)}</p>}
      <table className="table" data-testid="restore-preview">
        <thead>
          <tr>
            <th scope="col">{t('restore.table')}</th>
            <th scope="col" className="num">
              {t('restore.incoming')}
            </th>
            <th scope="col" className="num">
              {t('restore.current')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.tables.map((row) => (
            <tr key={row.table} data-table={row.table}>
              <th scope="row">{t(`restore.tables.${row.table}`)}</th>
              <td className="num">{row.incoming}</td>
              <td className="num">{row.current}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="warning">{t('restore.warning')}</p>
      <p className="muted">
        {platform.backups ? t('restore.safetyElectron') : t('restore.safetyBrowser')}
      </p>
      {error && (
        <p className="backup-alert" role="alert">
          {error}
        </p>
      )}
      <div className="row modal-actions">
        {!platform.backups && (
          <button type="button" onClick={downloadCurrent} disabled={busy}>
            {t('restore.downloadCurrent')}
          </button>
        )}
        <button type="button" className="primary danger-fill" onClick={confirm} disabled={busy}>
          {busy ? t('restore.working') : t('restore.confirm')}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </Modal>
  )
}
