// The checklist the user saved from a wizard answer; ticks are kept in their data.
import { useTranslation } from 'react-i18next'
import type { SavedChecklist } from '@shared/medical/checklist'
import { setSetting, useSetting } from '@renderer/db/settings'
import { Checklist } from './checklist'
import { answersSummary } from './messages'

export function ChecklistView() {
  const { t } = useTranslation('medical')
  const saved = useSetting('medicalChecklist')
  if (!saved) return null
  const toggle = (id: string, done: boolean) =>
    setSetting('medicalChecklist', {
      ...saved,
      items: saved.items.map((i) => (i.id === id ? { ...i, done } : i)),
    } satisfies SavedChecklist)
  return (
    <section
      className="card no-print"
      aria-labelledby="checklist-title"
      data-testid="saved-checklist"
    >
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <p className="muted">
        {t('checklist.for', {
          answers: answersSummary(t, saved.answers),
          date: saved.savedAt.slice(0, 10),
        })}
      </p>
      {saved.items.length === 0 ? (
        <p className="muted">{t('sourcesSilent')}</p>
      ) : (
        <Checklist items={saved.items} onToggle={(id, done) => void toggle(id, done)} />
      )}
      <p className="medical-official">{t('result.official')}</p>
      <button
        type="button"
        className="no-print"
        onClick={() => void setSetting('medicalChecklist', null)}
      >
        {t('checklist.remove')}
      </button>
    </section>
  )
}
