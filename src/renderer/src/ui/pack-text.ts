// The one way to show a pack text ({ zh, en }) in a language: Chinese for any zh-* interface,
// English otherwise.
import { useTranslation } from 'react-i18next'
import type { Text } from '@shared/pack'

export function pick(text: Text, language: string): string {
  return language.startsWith('zh') ? text.zh : text.en
}

/** `pick` bound to the interface language. */
export function usePick(): (text: Text) => string {
  const { i18n } = useTranslation()
  const language = i18n.language
  return (text) => pick(text, language)
}
