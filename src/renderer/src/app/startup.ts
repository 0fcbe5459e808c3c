// Work that runs once per start, after the first screen is on its way. Each task is independent
// and must never block or break the UI: failures are logged, not thrown.
import { setSetting } from '@renderer/db/settings'
import { ensureShippedPack } from '@renderer/db/pack'

async function requestPersistentStorage(): Promise<void> {
  if (!navigator.storage?.persist) return setSetting('storagePersisted', false)
  const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist())
  await setSetting('storagePersisted', persisted)
}

const tasks: { name: string; run: () => Promise<void> }[] = [
  // Loads the shipped service pack on first start and whenever the app ships a newer one.
  { name: 'service pack', run: async () => void (await ensureShippedPack()) },
  { name: 'persistent storage', run: requestPersistentStorage },
]

export function runStartupTasks(): void {
  for (const task of tasks) {
    task.run().catch((e: unknown) => console.warn(`startup task "${task.name}" failed`, e))
  }
}
