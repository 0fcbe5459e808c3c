// Backup documents for tests; the browser tests use them too, hence relative imports (Playwright
// does not read the @shared alias).
import {
  BACKUP_APP,
  BACKUP_KIND,
  BACKUP_SCHEMA_VERSION,
  backupText,
  signBackup,
} from '../../../../src/shared/backup'
import type { BackupDocument } from '../../../../src/shared/backup'

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

export function trip(n: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: uuid(n),
    date: '2025-10-09',
    direction: 'toWork',
    legs: [
      {
        mode: 'hsr',
        from: '上海虹桥',
        to: '嘉兴南',
        line: 'G7501',
        payment: { kind: 'ticket' },
        fareFen: 2450,
        minutes: 28,
      },
    ],
    departTime: '07:10',
    arriveTime: '08:30',
    note: '',
    tags: [],
    createdAt: '2025-10-09T00:00:00.000Z',
    updatedAt: '2025-10-09T00:00:00.000Z',
    ...over,
  }
}

export function emptyTables(): Record<string, unknown[]> {
  return {
    trips: [],
    templates: [],
    cards: [],
    settings: [],
    hospitalNotes: [],
    filings: [],
    visits: [],
  }
}

export async function makeDoc(
  tables: Record<string, unknown[]> = emptyTables(),
  over: Partial<Omit<BackupDocument, 'sha256'>> = {},
): Promise<BackupDocument> {
  return signBackup({
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: '2025-10-09T12:00:00.000Z',
    appVersion: '0.1.0',
    tables,
    ...over,
  })
}

export async function makeText(tables?: Record<string, unknown[]>): Promise<string> {
  return backupText(await makeDoc(tables))
}
