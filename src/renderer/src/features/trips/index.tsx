import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'

export default function TripsScreen() {
  const { t } = useTranslation('trips')
  return <Page title={t('title')} description={t('description')} />
}
