// The desktop fixture: the built main process, its window and page (tests/shell/harness), started
// per test and stopped after it; a test fails when main did something the harness does not model,
// when a dialog went unanswered, or when the page logged an error.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { launchShell, type Shell, type ShellOptions } from './harness/shell'
import type { ShellWindow } from './harness/window'
import { waitReady } from '../e2e/fixtures'

export interface Desktop {
  shell: Shell
  win: ShellWindow
  page: Page
}

type Launch = (options?: Omit<ShellOptions, 'browser'>) => Promise<Desktop>

export const test = base.extend<{ launch: Launch; desktop: Desktop }>({
  launch: async ({ browser }, use, testInfo) => {
    const shells: Shell[] = []
    await use(async (options = {}) => {
      // Each start gets its own data folder unless the test names one (kept with the test's
      // results, so a failure can be looked at).
      const userData = testInfo.outputPath(`user-data-${shells.length + 1}`)
      const shell = await launchShell({ browser, userData, ...options })
      shells.push(shell)
      const win = await shell.window()
      await waitReady(win.page)
      return { shell, win, page: win.page }
    })
    // Later shells may share an earlier one's browser context: stop them first.
    for (const shell of [...shells].reverse()) await shell.stop()
    for (const shell of shells) {
      expect(shell.problems, 'what main did that the harness does not model').toEqual([])
      for (const w of shell.windows) expect(w.errors, 'page errors').toEqual([])
    }
  },
  desktop: async ({ launch }, use) => use(await launch()),
})

export { expect }

/** The backup files in a data folder, sorted (none while main has not made the folder). */
export function backupFiles(userData: string): string[] {
  const dir = join(userData, 'backups')
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : []
}
