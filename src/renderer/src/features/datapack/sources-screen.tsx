import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'

export default function SourcesScreen() {
  const { t } = useTranslation()
  return <Page title={t('nav.sources')} />
}
