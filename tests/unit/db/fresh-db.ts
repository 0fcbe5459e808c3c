// A new, empty database for a db test, closed and deleted once the test is over: call freshDb() in
// a beforeEach or in the test itself. fake-indexeddb (tests/unit/setup.ts) keeps it in memory.
import { afterEach } from 'vitest'
import { openDb, type HujiaDb } from '@renderer/db/db'

const opened: HujiaDb[] = []

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

export async function freshDb(): Promise<HujiaDb> {
  const db = openDb(`test-${crypto.randomUUID()}`)
  await db.open()
  opened.push(db)
  return db
}
