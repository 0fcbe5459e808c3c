// Reading and writing the app's IndexedDB from a test, beside the app (it created the database).
import type { Page } from '@playwright/test'
import { waitReady } from '../e2e/fixtures'

/** Writes rows straight into the app's IndexedDB, then reloads so the app reads them. */
export async function seed(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (rows) => {
    const open = indexedDB.open('hujia-commute')
    await new Promise((ok) => (open.onsuccess = ok))
    const tx = open.result.transaction(Object.keys(rows), 'readwrite')
    for (const [table, list] of Object.entries(rows))
      for (const r of list) tx.objectStore(table).put(r)
    await new Promise((ok) => (tx.oncomplete = ok))
    open.result.close()
  }, rows)
  await page.reload()
  await waitReady(page)
}

export async function rows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (table) => {
    const open = indexedDB.open('hujia-commute')
    await new Promise((ok) => (open.onsuccess = ok))
    const req = open.result.transaction(table).objectStore(table).getAll()
    await new Promise((ok) => (req.onsuccess = ok))
    open.result.close()
    return req.result as Record<string, unknown>[]
  }, table)
}
