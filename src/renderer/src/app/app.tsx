import { lazy, Suspense, useEffect } from 'react'
import { useSetting } from '@renderer/db/settings'
import { ToastProvider } from '@renderer/ui/toast'
import { Layout } from './layout'
import { useTheme } from './theme'
import { runCommand } from './commands'
import { platform } from './platform'

// Shortcuts, palette, reminders and backups arrive just after the first screen: they bring zod
// and the holiday calendar, which the first paint does not need.
const SafetyHost = lazy(() =>
  import('@renderer/features/safety/safety-host').then((m) => ({ default: m.SafetyHost })),
)

export function App() {
  useTheme(useSetting('theme'))
  // Native menu items are commands of the registry under their MenuCommand names.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (!runCommand(command)) console.warn(`menu command "${command}" has no handler`)
      }),
    [],
  )
  return (
    <ToastProvider>
      <Layout />
      <Suspense fallback={null}>
        <SafetyHost />
      </Suspense>
    </ToastProvider>
  )
}
