// Work that runs once per start, once the first screen is interactive (main.tsx). Each task is independent
// and must never block or break the UI: failures are logged, not thrown.
import { setSetting } from '@renderer/db/settings'

async function requestPersistentStorage(): Promise<void> {
  if (!navigator.storage?.persist) return setSetting('storagePersisted', false)
  const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist())
  await setSetting('storagePersisted', persisted)
}

const tasks: { name: string; run: () => Promise<void> }[] = [
  // Loads the shipped service pack on first start and whenever the app ships a newer one.
  // Imported here rather than at the top so the pack code (and zod) stay out of the first load.
  {
    name: 'service pack',
    run: async () => void (await (await import('@renderer/db/pack')).ensureShippedPack()),
  },
  { name: 'persistent storage', run: requestPersistentStorage },
]

export function runStartupTasks(): void {
  for (const task of tasks) {
    task.run().catch((e: unknown) => console.warn(`startup task "${task.name}" failed`, e))
  }
}
