// Favourites and notes whose hospital is no longer in the service pack: still the user's, still
// shown, and only removed when the user says so.
import { useTranslation } from 'react-i18next'
import type { HospitalNote } from '@renderer/db/db'
import { deleteHospitalNote } from '@renderer/db/hospitals'
import { useToast } from '@renderer/ui/toast'
import { hospitalsHref } from './params'
import { formatDateTime, langOf } from '@renderer/ui/format'

export function OrphanNotes({ notes }: { notes: HospitalNote[] }) {
  const { t, i18n } = useTranslation('hospitals')
  const toast = useToast()
  return (
    <section className="card orphan-notes" aria-labelledby="orphan-notes-title">
      <h2 id="orphan-notes-title">{t('notes.orphansTitle')}</h2>
      <p className="muted small">{t('notes.orphansHint')}</p>
      <ul>
        {notes.map((n) => (
          <li key={n.hospitalId}>
            <a href={hospitalsHref({ id: n.hospitalId })}>
              {t('notes.orphanName', { id: n.hospitalId })}
            </a>{' '}
            <span className="chip status-unknown">{t('notes.noLongerInData')}</span>
            {n.favourite && <span className="fav-mark"> ★</span>}
            {n.note && <p className="orphan-note-text">{n.note}</p>}
            <p className="muted small">
              {t('notes.updated', { date: formatDateTime(n.updatedAt, langOf(i18n.language)) })}{' '}
              <button
                type="button"
                className="danger"
                onClick={async () => {
                  await deleteHospitalNote(n.hospitalId)
                  toast.show({ message: t('notes.deleted') })
                }}
              >
                {t('notes.delete')}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
