// Settings → sync: what it does, the setup screen, the recovery key (once), and the status: where,
// last synced, next try and why, files that could not be read, "sync now" always at hand.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '@renderer/ui/modal'
import { SetupDialog } from './setup-dialog'
import { getView, startSync, subscribe, syncPlatform } from './service'
import type { SyncPlatform } from '@renderer/app/platform'
import { SyncStatusPanel } from './status-panel'
import './sync.css'

function RecoveryKeyDialog(props: { recoveryKey: string; onClose: () => void }) {
  const { t } = useTranslation('sync')
  const [saved, setSaved] = useState(false)
  const [copied, setCopied] = useState(false)
  return (
    <Modal
      title={t('recovery.title')}
      onClose={() => saved && props.onClose()}
      testId="sync-recovery-key"
    >
      <p>{t('recovery.text')}</p>
      <p className="sync-recovery-key" data-testid="recovery-key">
        {props.recoveryKey}
      </p>
      <div className="row">
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(props.recoveryKey).catch(() => {})
            setCopied(true)
          }}
        >
          {copied ? t('recovery.copied') : t('recovery.copy')}
        </button>
      </div>
      <label className="sync-check">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />{' '}
        {t('recovery.saved')}
      </label>
      <div className="row">
        <button type="button" className="primary" disabled={!saved} onClick={props.onClose}>
          {t('recovery.done')}
        </button>
      </div>
    </Modal>
  )
}

export default function SyncSection() {
  const { t } = useTranslation('sync')
  const view = useSyncExternalStore(subscribe, getView)
  const [setupWith, setSetupWith] = useState<SyncPlatform | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)

  useEffect(() => {
    if (getView().state === 'loading') void startSync()
  }, [])

  return (
    <section className="card sync" aria-labelledby="settings-sync" data-testid="sync-section">
      <h2 id="settings-sync">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="notice">{t('encrypted')}</p>
      <p className="muted">{t('notWhat')}</p>
      {view.state === 'off' && (
        <button
          type="button"
          className="primary"
          onClick={async () => setSetupWith(await syncPlatform())}
        >
          {t('setUp')}
        </button>
      )}
      {view.state === 'on' && <SyncStatusPanel view={view} />}
      {setupWith && (
        <SetupDialog
          sync={setupWith}
          onClose={() => setSetupWith(null)}
          onDone={(key) => {
            setSetupWith(null)
            if (key) setRecoveryKey(key)
          }}
        />
      )}
      {recoveryKey && (
        <RecoveryKeyDialog recoveryKey={recoveryKey} onClose={() => setRecoveryKey(null)} />
      )}
    </section>
  )
}
