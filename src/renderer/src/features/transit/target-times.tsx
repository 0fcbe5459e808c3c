// Settings: when the user wants to arrive at work (and, if they like, at home). The guide's
// leave-by is this time minus their own 90th-percentile door-to-door time.
import { useTranslation } from 'react-i18next'
import { TIME_RE } from '@shared/calendar/dates'
import { setSetting } from '@renderer/db/settings'
import { useTargets } from '@renderer/db/personal'

function TimeInput(props: {
  id: string
  label: string
  value: string | null
  onChange: (value: string | null) => void
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="time"
        value={props.value ?? ''}
        onChange={(e) => {
          const v = e.target.value
          // A time input gives "HH:mm" or "" (cleared); anything else is not stored.
          if (v === '' || TIME_RE.test(v)) props.onChange(v || null)
        }}
      />
    </>
  )
}

export function TargetTimes() {
  const { t } = useTranslation('transit')
  const targets = useTargets()
  if (!targets) return null
  return (
    <>
      <h3 id="settings-targets">{t('targets.title')}</h3>
      <p className="muted">{t('targets.intro')}</p>
      <div className="form-grid" role="group" aria-labelledby="settings-targets">
        <TimeInput
          id="settings-target-work"
          label={t('targets.work')}
          value={targets.toWork}
          onChange={(v) => void setSetting('targetArriveWork', v)}
        />
        <TimeInput
          id="settings-target-home"
          label={t('targets.home')}
          value={targets.toHome}
          onChange={(v) => void setSetting('targetArriveHome', v)}
        />
      </div>
    </>
  )
}
