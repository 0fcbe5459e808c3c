import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'

export default function HospitalsScreen() {
  const { t } = useTranslation('hospitals')
  return <Page title={t('title')} description={t('description')} />
}
