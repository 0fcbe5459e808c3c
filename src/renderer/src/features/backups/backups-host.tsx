// Always mounted (app.tsx): the backup commands (palette, shortcut, menu) and the background
// tasks (daily backup, backup and commute reminders).
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { registerCommands, type Command } from '@renderer/app/commands'
import { navigate } from '@renderer/app/router'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { loadJobs, useBackgroundTasks } from './use-background-tasks'

export function BackupsHost() {
  const { t } = useTranslation('backups')
  const toast = useToast()

  const commands = useMemo<Command[]>(() => {
    const list: Command[] = [
      {
        id: 'backupNow',
        label: 'backups:commands.backupNow',
        group: 'action',
        shortcuts: ['Mod+Shift+B'],
        menuAccelerator: 'Mod+Shift+B',
        run: () => void loadJobs().then((jobs) => jobs.backUpNow(t, toast.show)),
      },
      {
        id: 'restoreBackup',
        label: 'backups:commands.restore',
        group: 'action',
        run: () => navigate('settings', { section: 'backups' }),
      },
    ]
    if (platform.backups)
      list.push({
        id: 'openBackups',
        label: 'backups:commands.openBackups',
        group: 'action',
        run: () => void platform.backups?.openFolder(),
      })
    return list
  }, [t, toast.show])

  useEffect(() => registerCommands(commands), [commands])
  useBackgroundTasks()
  return null
}
