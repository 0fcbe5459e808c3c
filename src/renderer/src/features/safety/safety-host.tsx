// Always mounted (app.tsx): the safety feature's commands and shortcuts, the menu's commands,
// the daily backup, the reminders, and the palette, shortcuts and About dialogs.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { handleShortcutKey, registerCommands, type Command } from '@renderer/app/commands'
import { navigate } from '@renderer/app/router'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { loadJobs, useBackgroundTasks } from './background-tasks'
import { ShortcutsDialog } from './shortcuts-dialog'
import './safety.css'

type Open = 'palette' | 'shortcuts' | 'about' | null

// The palette carries the pinyin search: kept out of the first bundle, fetched once the app is
// idle so Ctrl/Cmd+K opens it at once (keys typed while it loads would be lost).
const loadPalette = () => import('./palette')
const CommandPalette = lazy(loadPalette)
const AboutDialog = lazy(() => import('./about-dialog'))

export function SafetyHost() {
  const { t } = useTranslation('safety')
  const toast = useToast()
  const [open, setOpen] = useState<Open>(null)
  const electron = platform.kind === 'electron'

  const commands = useMemo<Command[]>(() => {
    const list: Command[] = [
      {
        id: 'commandPalette',
        label: 'safety:commands.commandPalette',
        group: 'action',
        shortcuts: ['Mod+K'],
        menuAccelerator: 'Mod+K',
        run: () => setOpen((o) => (o === 'palette' ? null : 'palette')),
      },
      {
        id: 'showShortcuts',
        label: 'safety:commands.showShortcuts',
        group: 'action',
        shortcuts: ['F1', '?'],
        menuAccelerator: 'F1',
        run: () => setOpen('shortcuts'),
      },
      {
        id: 'showAbout',
        label: 'safety:commands.showAbout',
        group: 'action',
        run: () => setOpen('about'),
      },
      {
        id: 'backupNow',
        label: 'safety:commands.backupNow',
        group: 'action',
        shortcuts: ['Mod+Shift+B'],
        menuAccelerator: 'Mod+Shift+B',
        run: () => void loadJobs().then((jobs) => jobs.backUpNow(t, toast.show)),
      },
      {
        id: 'restoreBackup',
        label: 'safety:commands.restore',
        group: 'action',
        run: () => navigate('settings', { section: 'backups' }),
      },
    ]
    if (platform.backups)
      list.push({
        id: 'openBackups',
        label: 'safety:commands.openBackups',
        group: 'action',
        run: () => void platform.backups?.openFolder(),
      })
    return list
  }, [t, toast.show])

  useEffect(() => registerCommands(commands), [commands])

  useEffect(() => {
    const id = setTimeout(() => void loadPalette(), 1500)
    return () => clearTimeout(id)
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleShortcutKey(e, electron)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [electron])

  useBackgroundTasks()

  // A dialog's close event can arrive after another dialog was asked for: close only itself.
  const closer = (which: Open) => () => setOpen((o) => (o === which ? null : o))
  return (
    <Suspense fallback={null}>
      {open === 'palette' && <CommandPalette onClose={closer('palette')} />}
      {open === 'shortcuts' && <ShortcutsDialog onClose={closer('shortcuts')} />}
      {open === 'about' && <AboutDialog onClose={closer('about')} />}
    </Suspense>
  )
}
