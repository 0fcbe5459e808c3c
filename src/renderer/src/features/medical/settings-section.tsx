// Settings shows the user's recorded filing and links to where it is edited.
import { useTranslation } from 'react-i18next'
import { currentFiling } from '@shared/medical/filing'
import { hrefFor } from '@renderer/app/router'
import { FilingSummary } from './filing-view'
import { useFilings } from './use-medical-data'

export default function SettingsSection() {
  const { t } = useTranslation('medical')
  const filings = useFilings()
  const current = filings ? currentFiling(filings) : null
  return (
    <section className="card" aria-labelledby="settings-medical">
      <h2 id="settings-medical">{t('settings.title')}</h2>
      {filings === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : current ? (
        <p>
          <FilingSummary filing={current} />
        </p>
      ) : (
        <p className="muted">{t('settings.noFiling')}</p>
      )}
      <a href={hrefFor('medical', { tab: 'filing' })}>
        {current ? t('settings.edit') : t('settings.add')}
      </a>
    </section>
  )
}
