import { useEffect } from 'react'
import { useSetting } from '@renderer/db/settings'
import { ToastProvider } from '@renderer/ui/toast'
import { Layout } from './layout'
import { useTheme } from './theme'
import { navigate } from './router'
import { platform } from './platform'

export function App() {
  useTheme(useSetting('theme'))
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'showSources') navigate('sources')
      }),
    [],
  )
  return (
    <ToastProvider>
      <Layout />
    </ToastProvider>
  )
}
