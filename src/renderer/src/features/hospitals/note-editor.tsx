// The user's favourite star and private note for one hospital. Kept in db.hospitalNotes, which
// pack upgrades never touch.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HospitalNote } from '@renderer/db/db'
import { saveNote, setFavourite } from '@renderer/db/hospitals'
import { useToast } from '@renderer/ui/toast'
import { formatDateTime, langOf } from '@renderer/ui/format'

export function NoteEditor(props: {
  hospitalId: string
  name: string
  note: HospitalNote | undefined
}) {
  const { t, i18n } = useTranslation('hospitals')
  const toast = useToast()
  const { hospitalId, note } = props
  const [draft, setDraft] = useState(note?.note ?? '')
  const [error, setError] = useState<string | null>(null)
  const favourite = note?.favourite ?? false
  const dirty = draft.trim() !== (note?.note ?? '')

  const toggle = async () => {
    const result = await setFavourite(hospitalId, !favourite)
    if (!result.ok) return setError(result.error)
    setError(null)
    toast.show({
      message: t(favourite ? 'notes.favouriteRemoved' : 'notes.favouriteAdded', {
        name: props.name,
      }),
    })
  }

  const save = async () => {
    const result = await saveNote(hospitalId, draft)
    if (!result.ok) return setError(result.error)
    setError(null)
    setDraft(draft.trim())
    toast.show({ message: t('notes.saved') })
  }

  return (
    <div className="note-editor">
      <button
        type="button"
        className={favourite ? 'primary fav-button' : 'fav-button'}
        aria-pressed={favourite}
        onClick={toggle}
      >
        {favourite ? `★ ${t('notes.favourited')}` : `☆ ${t('notes.favourite')}`}
      </button>
      <label htmlFor="hospital-note">{t('notes.note')}</label>
      <textarea
        id="hospital-note"
        rows={4}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'hospital-note-error' : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      {error && (
        <p id="hospital-note-error" className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={save} disabled={!dirty}>
          {t('notes.save')}
        </button>
        {note && (
          <span className="muted small">
            {t('notes.updated', { date: formatDateTime(note.updatedAt, langOf(i18n.language)) })}
          </span>
        )}
      </div>
    </div>
  )
}
