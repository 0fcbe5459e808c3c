// Always mounted (app.tsx): resumes syncing once the first screen is ready (the sync code loads
// then, not before), and offers "sync now" in the command palette.
import { useEffect, useMemo } from 'react'
import { registerCommands, type Command } from '@renderer/app/commands'
import { whenReady } from '@renderer/app/ready'

const load = () => import('./service')

export function SyncHost() {
  useEffect(() => {
    let cancelled = false
    void whenReady()
      .then(load)
      .then((s) => {
        if (!cancelled && s.getView().state === 'loading') return s.startSync()
      })
      .catch((e: unknown) => console.warn('sync start', e))
    return () => {
      cancelled = true
    }
  }, [])
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'syncNow',
        label: 'sync:commands.syncNow',
        group: 'action',
        run: () => void load().then((s) => s.syncNow()),
      },
    ],
    [],
  )
  useEffect(() => registerCommands(commands), [commands])
  return null
}
