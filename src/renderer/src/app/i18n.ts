// Translations: the shell's own strings are the `common` namespace; each feature folder has
// locales/zh-CN.json and locales/en.json, loaded as the namespace named after the folder.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '@renderer/db/settings'
import commonZh from './locales/zh-CN.json'
import commonEn from './locales/en.json'

export const LANGUAGES: Language[] = ['zh-CN', 'en']

type Resources = Record<Language, Record<string, object>>

function featureResources(): Resources {
  const files = import.meta.glob<{ default: object }>('../features/*/locales/*.json', {
    eager: true,
  })
  const out: Resources = { 'zh-CN': { common: commonZh }, en: { common: commonEn } }
  for (const [path, mod] of Object.entries(files)) {
    const m = /features\/([^/]+)\/locales\/(zh-CN|en)\.json$/.exec(path)
    if (m) out[m[2] as Language][m[1] as string] = mod.default
  }
  return out
}

export async function initI18n(language: Language): Promise<typeof i18n> {
  const resources = featureResources()
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: Object.keys(resources['zh-CN']),
    defaultNS: 'common',
    // Shared labels (modes, directions, validation messages) live once, in common.
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18n
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language)
  document.documentElement.lang = language
}

export { i18n }
