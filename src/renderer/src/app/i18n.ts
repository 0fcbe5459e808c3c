// Translations: the shell's own strings are the `common` namespace; each feature folder has
// locales/zh-CN.json and locales/en.json, loaded as the namespace named after the folder. The
// Chinese strings are part of the first bundle (the app is Chinese first); the English ones are
// fetched only when English is chosen.
import i18n from 'i18next'
import { useEffect, useReducer } from 'react'
import { initReactI18next } from 'react-i18next'
import type { Language } from '@renderer/db/settings'
import zhCN from './translations/zh-CN'

export const LANGUAGES: Language[] = ['zh-CN', 'en']

async function loadBundle(language: Language): Promise<Record<string, object>> {
  return language === 'zh-CN' ? zhCN : (await import('./translations/en')).default
}

export async function initI18n(language: Language): Promise<typeof i18n> {
  const bundle = await loadBundle(language)
  await i18n.use(initReactI18next).init({
    resources: { [language]: bundle },
    lng: language,
    fallbackLng: false,
    ns: Object.keys(bundle),
    defaultNS: 'common',
    // Shared labels (modes, directions, validation messages) live once, in common.
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18n
}

/** Makes a language's strings available, without switching the interface to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return
  const bundle = await loadBundle(language)
  for (const [ns, strings] of Object.entries(bundle)) i18n.addResourceBundle(language, ns, strings)
}

/**
 * For a view in another language than the interface (a report in English, the palette matching
 * labels in both): true once that language's strings are loaded, loading them on first use.
 */
export function useLanguageLoaded(language: Language): boolean {
  const loaded = i18n.hasResourceBundle(language, 'common')
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (loaded) return
    let live = true
    loadLanguage(language).then(
      () => live && rerender(),
      (e: unknown) => console.error(`the ${language} strings could not be loaded`, e),
    )
    return () => {
      live = false
    }
  }, [language, loaded])
  return loaded
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  await i18n.changeLanguage(language)
  document.documentElement.lang = language
}

export { i18n }
