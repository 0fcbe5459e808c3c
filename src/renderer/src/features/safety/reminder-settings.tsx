import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { setSetting, useSetting } from '@renderer/db/settings'

const DEFAULT_TIME = '09:30'

/** The optional daily "log your commute" reminder (checked while the app runs: see reminders.ts). */
export function ReminderSettings() {
  const { t } = useTranslation('safety')
  const time = useSetting('reminderTime')
  const id = useId()
  if (time === undefined) return null
  const on = time !== null
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
          onChange={(e) => void setSetting('reminderTime', e.target.checked ? DEFAULT_TIME : null)}
        />
        <label htmlFor={`${id}-time`}>{t('reminder.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          disabled={!on}
          value={time ?? DEFAULT_TIME}
          onChange={(e) => {
            if (/^\d{2}:\d{2}$/.test(e.target.value)) void setSetting('reminderTime', e.target.value)
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
