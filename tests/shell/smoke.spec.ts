import { test, expect } from '@playwright/test'
import { launchShell } from './harness/shell'

test('smoke', async ({ browser }) => {
  const shell = await launchShell({ browser })
  try {
    const win = await shell.window()
    await win.page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 })
    console.log(await win.page.evaluate(() => Object.keys((window as any).hujia)))
    console.log(await win.page.evaluate(() => (window as any).hujia.appInfo()))
    console.log(shell.problems, win.errors)
    console.log(shell.records.map((r) => r.kind).join(' '))
  } finally {
    console.log(shell.output())
    await shell.stop()
  }
})
