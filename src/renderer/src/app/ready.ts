// The "app interactive" marker: set once, when the first screen has rendered. Tests and the
// benchmark wait for it instead of sleeping; work that is not needed for the first screen waits
// for it too (whenReady), so it does not compete with the start.
let marked = false
let resolveReady: () => void = () => {}
const ready = new Promise<void>((resolve) => (resolveReady = resolve))

export const READY_MARK = 'hujia:interactive'

export function markInteractive(): void {
  if (marked) return
  marked = true
  performance.mark(READY_MARK)
  document.documentElement.dataset['ready'] = 'true'
  window.dispatchEvent(new Event(READY_MARK))
  resolveReady()
}

/** Resolves once the first screen is interactive (at once if it already is). */
export function whenReady(): Promise<void> {
  return ready
}

export type BackgroundTask = 'commute-reminder' | 'backup-reminder' | 'daily-backup'

/**
 * Background work that has decided (whether a reminder is due, what the daily backup did), as
 * `<html data-<task>="outcome">`: tests wait for the decision instead of sleeping, then assert.
 */
export function markDecided(task: BackgroundTask, outcome: string): void {
  document.documentElement.setAttribute(`data-${task}`, outcome)
}
