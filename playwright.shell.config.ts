// The desktop path without the Electron binary (tests/shell): the built main process under Node
// with a stand-in for Electron, its window a page in Debian's Chromium. The browser tests'
// settings, without their web server: main's own app:// handler serves the page.
import { defineConfig } from '@playwright/test'
import browserTests from './playwright.config'

const { baseURL: _unused, ...use } = browserTests.use ?? {}

export default defineConfig({
  ...browserTests,
  testDir: 'tests/shell',
  outputDir: 'test-results/shell',
  use,
  webServer: undefined,
})
