// Always mounted (app.tsx): the safety feature's commands and shortcuts, the menu's commands,
// the daily backup, the reminders, and the palette, shortcuts and About dialogs.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { backupReminderDue, daysSinceBackup } from '@shared/backup'
import { handleShortcutKey, registerCommands, type Command } from '@renderer/app/commands'
import { navigate } from '@renderer/app/router'
import { platform } from '@renderer/app/platform'
import { dailyBackupIfDue, hasUserData } from '@renderer/db/backup'
import { getSetting } from '@renderer/db/settings'
import { useToast } from '@renderer/ui/toast'
import { backUpNow } from './backup-actions'
import { writeErrorText } from './format'
import { checkCommuteReminder } from './reminders'
import { ShortcutsDialog } from './shortcuts-dialog'
import './safety.css'

type Open = 'palette' | 'shortcuts' | 'about' | null

const MINUTE = 60_000

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
        run: () => void backUpNow(t, toast.show),
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

  // Electron: today's daily backup, at start and (for a window left open overnight) every hour.
  useEffect(() => {
    if (!platform.backups) return
    const run = () =>
      dailyBackupIfDue(platform).catch((e: unknown) =>
        toast.show({ message: t('backup.autoFailed', { message: writeErrorText(t, e) }), timeoutMs: 15_000 }),
      )
    void run()
    const id = setInterval(run, 60 * MINUTE)
    return () => clearInterval(id)
  }, [t, toast])

  // Browser: once per session, remind to download a backup when none was taken for 7 days.
  useEffect(() => {
    if (platform.backups) return
    let cancelled = false
    void (async () => {
      const last = await getSetting('lastBackupAt')
      if (cancelled || !backupReminderDue(last, await hasUserData(), new Date())) return
      const days = daysSinceBackup(last, new Date())
      toast.show({
        message: days === null ? t('backup.reminderNever') : t('backup.reminder', { count: days }),
        action: { label: t('backup.download'), onClick: () => void backUpNow(t, toast.show) },
        timeoutMs: 30_000,
      })
    })()
    return () => {
      cancelled = true
    }
  }, [t, toast])

  // The daily commute reminder, checked each minute while the app runs.
  useEffect(() => {
    const fire = async () => {
      await platform.notify(t('reminder.notifyTitle'), t('reminder.notifyBody'))
      toast.show({
        message: `${t('reminder.notifyTitle')}: ${t('reminder.notifyBody')}`,
        action: { label: t('reminder.logNow'), onClick: () => navigate('trips') },
        timeoutMs: 60_000,
      })
    }
    const check = () => void checkCommuteReminder(new Date(), fire).catch((e: unknown) => console.warn('reminder', e))
    check()
    const id = setInterval(check, MINUTE)
    return () => clearInterval(id)
  }, [t, toast])

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
