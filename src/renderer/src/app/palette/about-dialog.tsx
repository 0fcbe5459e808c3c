import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import type { AppInfo } from '@shared/ipc/api'
import { platform } from '@renderer/app/platform'
import { db, SCHEMA_VERSION } from '@renderer/db/db'
import { version as buildVersion } from '../../../../../package.json'
import { Modal } from '@renderer/ui/modal'

/** App, Electron and data-pack versions: what a bug report needs. */
export default function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('palette')
  const [info, setInfo] = useState<AppInfo | null | undefined>(undefined)
  const pack = useLiveQuery(() => db.packMeta.get('current'), [], null)
  useEffect(() => {
    void platform.appInfo().then(setInfo, () => setInfo(null))
  }, [])
  const browser = t('about.inBrowser')
  const rows: [string, string][] = [
    [t('about.app'), info?.appVersion ?? buildVersion],
    [t('about.electron'), info ? info.electronVersion : browser],
    [t('about.chrome'), info ? info.chromeVersion : browser],
    [t('about.platform'), info ? info.platform : browser],
    [
      t('about.pack'),
      pack ? t('about.packValue', { version: pack.version, asOf: pack.asOf }) : t('about.packNone'),
    ],
    [t('about.schema'), String(SCHEMA_VERSION)],
  ]
  if (info) rows.push([t('about.dataFolder'), info.userDataPath])
  return (
    <Modal title={t('about.title')} onClose={onClose} testId="about-dialog">
      <p>{t('about.tagline')}</p>
      <dl className="about-list">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('about.sources')}</p>
    </Modal>
  )
}
