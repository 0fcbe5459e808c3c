// Long work on the page's one thread (reading a 600,000-row import) must let the page paint its
// progress and take a click on "stop", without paying a frame every few rows.
import type { Progress } from '@shared/trips/import'

const nextTask = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0))

/**
 * A Progress for work outside a database transaction: reports at most every `ms` and then yields
 * one task (the browser paints there when a frame is due). `report` throws to stop the work.
 */
export function pacedProgress(report: (done: number, total: number) => void, ms = 100): Progress {
  let last = 0
  return async (done, total) => {
    const now = performance.now()
    if (now - last < ms) return
    last = now
    report(done, total)
    await nextTask()
    report(done, total)
  }
}
