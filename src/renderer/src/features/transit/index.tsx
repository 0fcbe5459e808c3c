import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'

export default function TransitScreen() {
  const { t } = useTranslation('transit')
  return <Page title={t('title')} description={t('description')} />
}
