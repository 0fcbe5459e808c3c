// Small helpers shared by the hospital screens.
import type { Text } from '@shared/pack'

/** The pack's text in the current language. */
export function pick(text: Text, language: string): string {
  return language.startsWith('zh') ? text.zh : text.en
}

/** When the user last changed a note, in their language. */
export function shortDateTime(iso: string, language: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return d.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' })
}
