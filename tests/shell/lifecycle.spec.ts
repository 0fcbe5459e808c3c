// The app's life as main runs it: one instance per data folder (a second start hands over to the
// first and quits), and the window's size and place kept between runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { launchShell } from './harness/shell'

test('a second start hands over to the running app and quits', async ({ desktop, browser }) => {
  const { shell } = desktop
  const second = await launchShell({ browser, userData: shell.userData, ready: false })
  try {
    expect(await second.exited).toBe(0)
    expect(second.recorded('app.requestSingleInstanceLock')).toMatchObject([{ granted: false }])
    expect(second.recorded('window.create')).toEqual([])
    expect(second.problems).toEqual([])
  } finally {
    await second.stop()
  }
  await expect.poll(() => shell.recorded('app.second-instance')).toHaveLength(1)
  const calls = shell.recorded('window.call').map((c) => c['method'])
  expect(calls.at(-1)).toBe('focus')
  expect(shell.recorded('app.requestSingleInstanceLock')).toMatchObject([{ granted: true }])
})

test('the window opens where it was, on a screen that still exists, and closing it quits', async ({
  launch,
}, testInfo) => {
  const userData = testInfo.outputPath('user-data')
  // Last time the window was maximized on a second screen that is gone now (x 5000).
  const state = { x: 5000, y: 80, width: 1000, height: 700, maximized: true }
  mkdirSync(userData, { recursive: true })
  writeFileSync(join(userData, 'window-state.json'), JSON.stringify(state))
  const { shell, win } = await launch({ userData })
  expect(win.options).toMatchObject({ width: 1000, height: 700 })
  expect(win.options).not.toHaveProperty('x')
  expect(shell.recorded('window.call').map((c) => c['method'])).toContain('maximize')

  await win.close()
  expect(await shell.exited).toBe(0)
  expect(shell.recorded('app.quit')).toHaveLength(1)
  expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({
    x: 0,
    y: 0,
    width: 1000,
    height: 700,
    maximized: true,
  })
})
