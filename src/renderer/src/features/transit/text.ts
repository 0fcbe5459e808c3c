// Small helpers shared by the transit views.
import { useTranslation } from 'react-i18next'
import type { Text } from '@shared/pack'

/** The pack's text in the current language. */
export function pick(text: Text, language: string): string {
  return language.startsWith('zh') ? text.zh : text.en
}

/** `pick` bound to the current language. */
export function usePick(): (text: Text) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return (text) => pick(text, lang)
}

/** DOM id of a record's element, for search results and in-page links. */
export function anchorId(kind: string, id: string): string {
  return `transit-${kind}-${id}`
}
