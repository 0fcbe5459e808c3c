import { useEffect } from 'react'
import { useSetting } from '@renderer/db/settings'
import { ToastProvider } from '@renderer/ui/toast'
// Eager: the shortcut listener and the commands must work from the first keystroke.
import { BackupsHost } from '@renderer/features/backups/backups-host'
import { SyncHost } from '@renderer/features/sync/sync-host'
import { PaletteHost } from './palette/palette-host'
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
      <PaletteHost />
      <BackupsHost />
      <SyncHost />
    </ToastProvider>
  )
}
