import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'

export default function StatsScreen() {
  const { t } = useTranslation('stats')
  return <Page title={t('title')} description={t('description')} />
}
