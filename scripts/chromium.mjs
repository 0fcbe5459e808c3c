// How every tool here drives Chromium — the browser tests (playwright.config.ts), the benchmark and
// the screenshot script — so all of them measure and show the same browser. The browser is found
// by the usual names and places; where there is none, the tools print the one command that gets
// one, never a stack trace.
import { accessSync, constants, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'

/** @typedef {Record<string, string | undefined>} Env */
/**
 * @typedef {object} Machine What findChromium looks at; every part can be replaced in a test.
 * @property {Env} [env]
 * @property {string} [platform]
 * @property {string} [home]
 * @property {(path: string) => boolean} [isExecutable]
 * @property {(dir: string) => string[]} [list]
 */

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

/** @type {Record<string, string[]>} */
const FIXED = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

// Inside a Playwright browser folder (chromium-1234/…), per platform.
/** @type {Record<string, string[]>} */
const PLAYWRIGHT_EXECUTABLES = {
  linux: ['chrome-linux64/chrome', 'chrome-linux/chrome'],
  darwin: [
    'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: ['chrome-win64/chrome.exe', 'chrome-win/chrome.exe'],
}

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** @param {string} dir */
function listDir(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Playwright's browser cache: PLAYWRIGHT_BROWSERS_PATH, else the platform's default. */
/**
 * @param {Env} env
 * @param {string} platform
 * @param {string} home
 */
function playwrightCache(env, platform, home) {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0')
    return env.PLAYWRIGHT_BROWSERS_PATH
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'ms-playwright')
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? home, 'ms-playwright')
  return join(home, '.cache', 'ms-playwright')
}

/**
 * The first Chromium or Chrome found, in this order: CHROMIUM_PATH (when set, it alone decides),
 * the usual names on PATH, the usual install locations, Playwright's browser cache (newest first).
 * Null when there is none. The file system and environment can be replaced, for the tests.
 * @param {Machine} [machine]
 * @returns {string | null}
 */
export function findChromium({
  env = process.env,
  platform = process.platform,
  home = homedir(),
  isExecutable = executable,
  list = listDir,
} = {}) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null
  const exe = platform === 'win32' ? '.exe' : ''
  const onPath = (env.PATH ?? '')
    .split(platform === 'win32' ? ';' : delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((name) => join(dir, name + exe)))
  const cache = playwrightCache(env, platform, home)
  const cached = list(cache)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
    .flatMap((d) => (PLAYWRIGHT_EXECUTABLES[platform] ?? []).map((p) => join(cache, d, p)))
  return [...onPath, ...(FIXED[platform] ?? []), ...cached].find((p) => isExecutable(p)) ?? null
}

/**
 * The one command that gets a browser on this kind of machine.
 * @param {Machine} [machine]
 */
export function installCommand({ platform = process.platform, isExecutable = executable } = {}) {
  if (platform === 'linux' && isExecutable('/usr/bin/apt-get'))
    return 'sudo apt-get install -y chromium fonts-noto-cjk'
  return 'npx playwright install chromium'
}

/**
 * What to tell someone whose machine has no browser the tests can use.
 * @param {Machine} [options]
 */
export function missingChromiumMessage(options = {}) {
  const env = options.env ?? process.env
  const looked = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file.`
    : `No Chromium or Chrome was found (looked for ${NAMES.join(', ')} on PATH, the usual install locations and Playwright's browser cache).`
  return `${looked}\nGet one with:\n\n    ${installCommand(options)}\n\nor set CHROMIUM_PATH to a Chromium or Chrome executable.`
}

/** The browser's path; without one, prints how to get one and ends the process (no stack trace). */
export function requireChromium() {
  const path = findChromium()
  if (path) return path
  console.error(missingChromiumMessage())
  process.exit(1)
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** The window and locale of a commuter's desktop in Shanghai. */
export const PAGE_OPTIONS = {
  viewport: { width: 1280, height: 860 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}
