// The partner-hospital directory: search, filters, a district diagram, and each hospital's
// detail with the user's favourite and note. State lives in the URL hash (params.ts).
import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'
import { useHospitalNotes } from '@renderer/db/hospitals'
import { useHospitalsParams } from './params'
import { useDirectory } from './use-directory'
import { DirectoryView } from './directory-view'
import { HospitalDetail } from './hospital-detail'
import './hospitals.css'

export default function HospitalsScreen() {
  const { t } = useTranslation('hospitals')
  const params = useHospitalsParams()
  const data = useDirectory()
  const notes = useHospitalNotes()
  if (!data || !notes) {
    return (
      <Page title={t('title')} description={t('description')}>
        <p className="loading" role="status">
          {t('loading')}
        </p>
      </Page>
    )
  }
  if (params.id) {
    return (
      <HospitalDetail key={params.id} id={params.id} params={params} data={data} notes={notes} />
    )
  }
  return <DirectoryView params={params} data={data} notes={notes} />
}
