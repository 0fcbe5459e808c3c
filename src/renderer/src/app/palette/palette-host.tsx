// Always mounted (app.tsx): the app's one global shortcut listener (it runs the command
// registry's shortcuts), and the palette, shortcuts and About dialogs with their commands.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { handleShortcutKey, registerCommands, type Command } from '@renderer/app/commands'
import { platform } from '@renderer/app/platform'
import { ShortcutsDialog } from './shortcuts-dialog'
import './palette.css'

type Dialog = 'palette' | 'shortcuts' | 'about' | null

// The palette carries the pinyin search: kept out of the first bundle, fetched once the app is
// idle so Ctrl/Cmd+K opens it at once (keys typed while it loads would be lost).
const loadPalette = () => import('./palette')
const CommandPalette = lazy(loadPalette)
const AboutDialog = lazy(() => import('./about-dialog'))

export function PaletteHost() {
  const [open, setOpen] = useState<Dialog>(null)
  const electron = platform.kind === 'electron'

  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'commandPalette',
        label: 'palette:commands.commandPalette',
        group: 'action',
        shortcuts: ['Mod+K'],
        menuAccelerator: 'Mod+K',
        run: () => setOpen((o) => (o === 'palette' ? null : 'palette')),
      },
      {
        id: 'showShortcuts',
        label: 'palette:commands.showShortcuts',
        group: 'action',
        shortcuts: ['F1', '?'],
        menuAccelerator: 'F1',
        run: () => setOpen('shortcuts'),
      },
      {
        id: 'showAbout',
        label: 'palette:commands.showAbout',
        group: 'action',
        run: () => setOpen('about'),
      },
    ],
    [],
  )

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

  // A dialog's close event can arrive after another dialog was asked for: close only itself.
  const closer = (which: Dialog) => () => setOpen((o) => (o === which ? null : o))
  return (
    <Suspense fallback={null}>
      {open === 'palette' && <CommandPalette onClose={closer('palette')} />}
      {open === 'shortcuts' && <ShortcutsDialog onClose={closer('shortcuts')} />}
      {open === 'about' && <AboutDialog onClose={closer('about')} />}
    </Suspense>
  )
}
