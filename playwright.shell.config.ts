import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, PAGE_OPTIONS } from './scripts/chromium.mjs'

export default defineConfig({
  testDir: 'tests/shell',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/shell',
  use: {
    ...PAGE_OPTIONS,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
})
