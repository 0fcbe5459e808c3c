import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'

export default function MedicalScreen() {
  const { t } = useTranslation('medical')
  return <Page title={t('title')} description={t('description')} />
}
