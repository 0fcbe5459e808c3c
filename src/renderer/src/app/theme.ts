import { useEffect } from 'react'
import type { ThemeChoice } from '@renderer/db/settings'

const dark = () => window.matchMedia('(prefers-color-scheme: dark)')

export function applyTheme(choice: ThemeChoice): void {
  const effective = choice === 'system' ? (dark().matches ? 'dark' : 'light') : choice
  document.documentElement.dataset['theme'] = effective
  document.documentElement.style.colorScheme = effective
}

/** Applies the choice and follows the OS while the choice is "system". */
export function useTheme(choice: ThemeChoice | undefined): void {
  useEffect(() => {
    if (!choice) return
    applyTheme(choice)
    if (choice !== 'system') return
    const mq = dark()
    const onChange = () => applyTheme('system')
    mq.addEventListener('change', onChange)
    return () => mq.removeEventListener('change', onChange)
  }, [choice])
}
