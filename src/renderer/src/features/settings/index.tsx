import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Page } from '@renderer/ui/page'
import { setSetting, useSetting, type Language, type ThemeChoice } from '@renderer/db/settings'
import { changeLanguage, LANGUAGES } from '@renderer/app/i18n'
import { platform } from '@renderer/app/platform'
import DataPackSection from '@renderer/features/datapack/settings-section'
import TransitSection from '@renderer/features/transit/settings-section'
import MedicalSection from '@renderer/features/medical/settings-section'
import BackupsSection from '@renderer/features/backups/settings-section'
import SyncSection from '@renderer/features/sync/settings-section'
import { HelpSection } from '@renderer/app/palette/help-section'

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文（简体）', en: 'English' }

function AppearanceSection() {
  const { t } = useTranslation()
  const language = useSetting('language')
  const theme = useSetting('theme')
  return (
    <section className="card" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance">{t('settings.appearance')}</h2>
      <div className="form-grid">
        <label htmlFor="settings-language">{t('settings.language')}</label>
        <select
          id="settings-language"
          value={language ?? 'zh-CN'}
          onChange={async (e) => {
            const lang = e.target.value as Language
            await setSetting('language', lang)
            await changeLanguage(lang)
            await platform.setMenuLanguage(lang)
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <label htmlFor="settings-theme">{t('settings.theme')}</label>
        <select
          id="settings-theme"
          value={theme ?? 'system'}
          onChange={(e) => setSetting('theme', e.target.value as ThemeChoice)}
        >
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
      </div>
    </section>
  )
}

function StorageSection() {
  const { t } = useTranslation()
  const persisted = useSetting('storagePersisted')
  const [dataPath, setDataPath] = useState<string | null>(null)
  useEffect(() => {
    void platform.appInfo().then((info) => setDataPath(info?.userDataPath ?? null))
  }, [])
  const status =
    persisted === true
      ? t('settings.storagePersisted')
      : persisted === false
        ? t('settings.storageNotPersisted')
        : t('settings.storageUnknown')
  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage')}</h2>
      <p data-testid="storage-status">{status}</p>
      <p>
        {dataPath
          ? t('settings.dataLocationElectron', { path: dataPath })
          : t('settings.dataLocationBrowser')}
      </p>
    </section>
  )
}

export default function SettingsScreen() {
  const { t } = useTranslation()
  return (
    <Page title={t('settings.title')} description={t('settings.description')}>
      <AppearanceSection />
      <TransitSection />
      <MedicalSection />
      <StorageSection />
      <BackupsSection />
      <SyncSection />
      <HelpSection />
      <DataPackSection />
    </Page>
  )
}
