// Rotating JSON backups in the user-data folder, outside IndexedDB (owned by issue 9).
import type { BackupEntry, BackupWriteResult } from '@shared/ipc/api'

export function backupDir(userData: string): string {
  return `${userData}/backups`
}

export async function writeBackup(
  _dir: string,
  _json: string,
  _kind: 'daily' | 'manual',
  _now: Date = new Date(),
): Promise<BackupWriteResult> {
  throw new Error('Backups are not available yet')
}

export async function listBackups(_dir: string): Promise<BackupEntry[]> {
  return []
}

export async function readBackup(_dir: string, _name: string): Promise<string> {
  throw new Error('Backups are not available yet')
}
