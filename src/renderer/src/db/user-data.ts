// Every user table as one JSON document: the error screen's "export my data", and the body of
// backups. Service-pack tables are not included: they come back from the shipped pack.
import { db, SCHEMA_VERSION, USER_TABLES, type HujiaDb } from './db'

export interface UserDataDocument {
  app: 'hujia-commute'
  kind: 'user-data'
  schemaVersion: number
  exportedAt: string
  tables: Record<string, unknown[]>
}

export async function exportUserData(database: HujiaDb = db): Promise<UserDataDocument> {
  const tables: Record<string, unknown[]> = {}
  await database.transaction('r', USER_TABLES.map((t) => database.table(t)), async () => {
    for (const t of USER_TABLES) tables[t] = await database.table(t).toArray()
  })
  return {
    app: 'hujia-commute',
    kind: 'user-data',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date().toISOString(),
    tables,
  }
}
