import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '@shared/ipc/api'
import { formatSize } from './messages'

/** Electron: the backups in <userData>/backups, newest first, each restorable. */
export function BackupList(props: { entries: BackupEntry[]; onRestore: (e: BackupEntry) => void }) {
  const { t, i18n } = useTranslation('backups')
  if (props.entries.length === 0) return <p className="muted">{t('backup.listEmpty')}</p>
  return (
    <div className="backup-list">
      <table className="table" aria-label={t('backup.list')}>
        <thead>
          <tr>
            <th scope="col">{t('backup.colDate')}</th>
            <th scope="col">{t('backup.colKind')}</th>
            <th scope="col" className="num">
              {t('backup.colSize')}
            </th>
            <th scope="col">{t('backup.colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.name}>
              <td>{e.date}</td>
              <td>{t(`backup.kind.${e.kind}`)}</td>
              <td className="num">{formatSize(e.size, i18n.language)}</td>
              <td>
                <button
                  type="button"
                  aria-label={t('backup.restoreThisLabel', {
                    date: e.date,
                    kind: t(`backup.kind.${e.kind}`),
                  })}
                  onClick={() => props.onRestore(e)}
                >
                  {t('backup.restoreThis')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
