// Browser end-to-end tests: the built renderer (out/renderer, or WEB_DIR) served on 127.0.0.1 and
// driven in Debian's Chromium. Each test gets a fresh browser context, so a fresh IndexedDB.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, PAGE_OPTIONS, requireChromium } from './scripts/chromium.mjs'

const port = Number(process.env['E2E_PORT'] ?? 4317)
const webDir = process.env['WEB_DIR'] ?? 'out/renderer'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    ...PAGE_OPTIONS,
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve-web.mjs`,
    env: { WEB_DIR: webDir, PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
