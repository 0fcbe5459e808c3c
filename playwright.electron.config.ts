// Tests of the real Electron app (tests/electron). They need the Electron binary, which cannot be
// downloaded on every machine; without it each test prints why it is skipped.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results/electron',
})
