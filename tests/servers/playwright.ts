// The test WebDAV server for a Playwright spec file: started before its tests, stopped after.
// A dynamic import: the server helper is plain ESM (shared with the benchmark), which
// Playwright's loader cannot require.
import type { TestType } from '@playwright/test'
import type { Webdav } from './webdav.mjs'

export function useWebdav<T extends object, W extends object>(test: TestType<T, W>): () => Webdav {
  let dav: Webdav | undefined
  test.beforeAll(async () => {
    const { startWebdav } = await import('./webdav.mjs')
    dav = await startWebdav()
  })
  test.afterAll(async () => {
    await dav?.stop()
  })
  return () => {
    if (!dav) throw new Error('the WebDAV server is not running')
    return dav
  }
}
