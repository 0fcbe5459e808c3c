// A hook for the browser tests that reload in the middle of a large write (a restore, an import).
// When the page sets `window.__hujiaPauseLargeWrites = true`, a write of PAUSE_AT rows or more,
// once done inside its transaction, holds that transaction open (it keeps asking IndexedDB for a
// count, so the transaction cannot commit) and says so with <html data-write-paused="<table>">.
// The test reloads at that signal, so the reload always lands before the commit, on a fast machine
// as on a busy one. Without the flag it only checks the flag.
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie'

export const PAUSE_AT = 1000

const flag = globalThis as { __hujiaPauseLargeWrites?: boolean }

/** Never resolves: the transaction stays open until the page goes away. */
function holdOpen(trans: DBCoreTransaction, table: string): Promise<never> {
  // Dexie's IndexedDB core hands the native transaction down as its DBCoreTransaction.
  const idb = trans as unknown as IDBTransaction
  return new Promise(() => {
    const again = () => {
      idb.objectStore(table).count().onsuccess = again
    }
    again()
  })
}

export const pauseLargeWritesForTests: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'pause-large-writes-for-tests',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      return {
        ...table,
        mutate: async (req) => {
          const res = await table.mutate(req)
          const large = (req.type === 'add' || req.type === 'put') && req.values.length >= PAUSE_AT
          if (large && flag.__hujiaPauseLargeWrites) {
            document.documentElement.dataset['writePaused'] = name
            await holdOpen(req.trans, name)
          }
          return res
        },
      }
    },
  }),
}
