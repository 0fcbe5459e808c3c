// The medical insurance guide: the settlement wizard, my filing, and my visits and claims.
import { useTranslation } from 'react-i18next'
import { currentFiling } from '@shared/medical/filing'
import { hrefFor, useRoute } from '@renderer/app/router'
import { Page } from '@renderer/ui/page'
import { ChecklistView } from './checklist-view'
import { FilingView } from './filing-view'
import { VisitsView } from './visits-view'
import { Wizard } from './wizard'
import { useFilings } from './use-medical-data'
import './medical.css'

const TABS = ['wizard', 'filing', 'visits'] as const
type Tab = (typeof TABS)[number]

function WizardTab({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('medical')
  const filings = useFilings()
  if (filings === undefined) return <p className="loading">{t('common:loading')}</p>
  return (
    <>
      <Wizard params={params} filing={currentFiling(filings)} />
      <ChecklistView />
    </>
  )
}

export default function MedicalScreen() {
  const { t } = useTranslation('medical')
  const route = useRoute()
  const asked = route.params.get('tab')
  const tab: Tab = (TABS as readonly string[]).includes(asked ?? '') ? (asked as Tab) : 'wizard'
  return (
    <Page title={t('title')} description={t('description')}>
      <nav className="tabs no-print" aria-label={t('tabs.label')}>
        {TABS.map((id) => (
          <a
            key={id}
            href={hrefFor('medical', { tab: id })}
            aria-current={tab === id ? 'page' : undefined}
          >
            {t(`tabs.${id}`)}
          </a>
        ))}
      </nav>
      {tab === 'wizard' && <WizardTab params={route.params} />}
      {tab === 'filing' && <FilingView />}
      {tab === 'visits' && <VisitsView />}
    </Page>
  )
}
