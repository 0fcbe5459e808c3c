// The app's IndexedDB from a browser test: rows written the way an earlier session would have left
// them (build trips and templates with tests/fixtures/builders), and what the app wrote, read back.
// The app creates the database on load, so open a screen first.
import type { Page } from '@playwright/test'
import { waitReady } from './fixtures'

/**
 * Writes `rows` (table → rows) in one transaction, then reloads so every live query reads them.
 * The tables named in `clear` are emptied first.
 */
export async function seed(
  page: Page,
  rows: Record<string, unknown[]>,
  opts: { clear?: readonly string[] } = {},
): Promise<void> {
  await page.evaluate(
    async ({ rows, clear }) => {
      const open = indexedDB.open('hujia-commute')
      const idb = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result)
        open.onerror = () => fail(open.error)
      })
      const tx = idb.transaction(Object.keys(rows), 'readwrite')
      for (const [table, list] of Object.entries(rows)) {
        const store = tx.objectStore(table)
        if (clear.includes(table)) store.clear()
        for (const r of list) store.put(r)
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok
        tx.onerror = () => fail(tx.error)
      })
      idb.close()
    },
    { rows, clear: opts.clear ?? [] },
  )
  await page.reload()
  await waitReady(page)
}

type Read = { all: true } | { count: true } | { key: string }

async function read(page: Page, table: string, what: Read): Promise<unknown> {
  return page.evaluate(
    async ({ table, what }) => {
      const open = indexedDB.open('hujia-commute')
      const idb = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result)
        open.onerror = () => fail(open.error)
      })
      const store = idb.transaction(table).objectStore(table)
      const req: IDBRequest =
        'all' in what ? store.getAll() : 'count' in what ? store.count() : store.get(what.key)
      const result = await new Promise((ok, fail) => {
        req.onsuccess = () => ok(req.result)
        req.onerror = () => fail(req.error)
      })
      idb.close()
      return result
    },
    { table, what },
  )
}

export async function rows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return (await read(page, table, { all: true })) as Record<string, unknown>[]
}

export async function count(page: Page, table: string): Promise<number> {
  return (await read(page, table, { count: true })) as number
}

/** A stored setting's value, or null when it was never written. */
export async function setting(page: Page, key: string): Promise<unknown> {
  const row = (await read(page, 'settings', { key })) as { value?: unknown } | undefined
  return row?.value ?? null
}
