// "Data as of …": the stored pack's date and version, for any screen that shows pack facts.
import { useTranslation } from 'react-i18next'
import { usePackMeta } from '@renderer/db/pack-queries'

export function DataAsOf({ detailed = false }: { detailed?: boolean }) {
  const { t } = useTranslation('datapack')
  const meta = usePackMeta()
  if (meta === undefined) return null
  if (meta === null) return <p className="muted data-as-of">{t('asOf.none')}</p>
  return (
    <p className="muted data-as-of" data-testid="data-as-of">
      {t('asOf.line', { asOf: meta.asOf, version: meta.version })}
      {detailed && ` · ${t(`asOf.origin.${meta.origin}`)}`}
    </p>
  )
}
