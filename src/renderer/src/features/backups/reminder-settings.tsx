import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setSetting, useSetting } from '@renderer/db/settings'
import { platform } from '@renderer/app/platform'

const DEFAULT_TIME = '09:30'

/** The optional daily "log your commute" reminder (checked while the app runs: see reminders.ts). */
export function ReminderSettings() {
  const { t } = useTranslation('backups')
  const stored = useSetting('reminderTime')
  // What the user just chose, shown at once rather than after the write comes back.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined)
  // Once the write comes back, the stored value is the truth again (a restore may change it).
  if (chosen !== undefined && stored === chosen) setChosen(undefined)
  const id = useId()
  const time = chosen !== undefined ? chosen : stored
  if (time === undefined) return null
  const on = time !== null
  const save = (value: string | null) => {
    setChosen(value)
    void setSetting('reminderTime', value)
  }
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reminder.title')}</h2>
      <div className="form-grid">
        <label htmlFor={`${id}-on`}>{t('reminder.enable')}</label>
        <input
          id={`${id}-on`}
          type="checkbox"
          className="checkbox"
          checked={on}
          onChange={(e) => {
            // Ask for permission now, while the user is clicking; the toast works without it.
            if (e.target.checked) void platform.allowNotifications()
            save(e.target.checked ? DEFAULT_TIME : null)
          }}
        />
        <label htmlFor={`${id}-time`}>{t('reminder.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          disabled={!on}
          value={time ?? DEFAULT_TIME}
          onChange={(e) => {
            if (/^\d{2}:\d{2}$/.test(e.target.value)) save(e.target.value)
          }}
        />
      </div>
      <p className="muted">{t('reminder.help')}</p>
      <p role="status" data-testid="reminder-status">
        {on ? t('reminder.on', { time }) : t('reminder.off')}
      </p>
    </section>
  )
}
