import { useEffect } from 'react'
import { useSetting } from '@renderer/db/settings'
import { ToastProvider } from '@renderer/ui/toast'
// Eager: its shortcut listener and commands must work from the first keystroke.
import { SafetyHost } from '@renderer/features/safety/safety-host'
import { Layout } from './layout'
import { useTheme } from './theme'
import { runCommand } from './commands'
import { platform } from './platform'

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
      <SafetyHost />
    </ToastProvider>
  )
}
