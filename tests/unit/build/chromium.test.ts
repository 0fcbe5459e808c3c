// The browser the tests drive is found by the usual names and places; without one, the message
// names the one command that gets one.
import { describe, expect, it } from 'vitest'
import { findChromium, missingChromiumMessage } from '../../../scripts/chromium.mjs'

/** A machine whose executable files are exactly `files`, and whose folders hold `dirs`. */
function machine(files: string[], dirs: Record<string, string[]> = {}) {
  return {
    home: '/home/u',
    platform: 'linux' as const,
    isExecutable: (p: string) => files.includes(p),
    list: (d: string) => dirs[d] ?? [],
  }
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when set, and nothing else', () => {
    const m = machine(['/opt/my/chrome', '/usr/bin/chromium'])
    expect(findChromium({ ...m, env: { CHROMIUM_PATH: '/opt/my/chrome' } })).toBe('/opt/my/chrome')
    expect(findChromium({ ...m, env: { CHROMIUM_PATH: '/nope' } })).toBeNull()
  })

  it('finds the usual names on PATH before the fixed locations', () => {
    const m = machine(['/usr/local/bin/google-chrome-stable', '/usr/bin/chromium'])
    expect(findChromium({ ...m, env: { PATH: '/usr/local/bin:/usr/bin' } })).toBe(
      '/usr/local/bin/google-chrome-stable',
    )
    expect(findChromium({ ...m, env: { PATH: '/bin' } })).toBe('/usr/bin/chromium')
  })

  it("falls back to Playwright's cache, newest browser first", () => {
    const cache = '/home/u/.cache/ms-playwright'
    const m = machine(
      [
        `${cache}/chromium-1200/chrome-linux64/chrome`,
        `${cache}/chromium-1100/chrome-linux/chrome`,
      ],
      {
        [cache]: ['chromium-1100', 'chromium-1200', 'ffmpeg-1011'],
      },
    )
    expect(findChromium({ ...m, env: {} })).toBe(`${cache}/chromium-1200/chrome-linux64/chrome`)
    expect(findChromium({ ...m, env: { PLAYWRIGHT_BROWSERS_PATH: '/elsewhere' } })).toBeNull()
  })

  it('finds nothing on a machine without a browser, and says how to get one', () => {
    expect(findChromium({ ...machine([]), env: { PATH: '/usr/bin' } })).toBeNull()
    const debian = missingChromiumMessage({
      env: {},
      platform: 'linux',
      isExecutable: (p: string) => p === '/usr/bin/apt-get',
    })
    expect(debian).toContain('sudo apt-get install -y chromium fonts-noto-cjk')
    const mac = missingChromiumMessage({ env: {}, platform: 'darwin', isExecutable: () => false })
    expect(mac).toContain('npx playwright install chromium')
    expect(missingChromiumMessage({ env: { CHROMIUM_PATH: '/x' }, platform: 'linux' })).toContain(
      'CHROMIUM_PATH is set to /x',
    )
  })
})
