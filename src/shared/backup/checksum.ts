// The backup's checksum and its text. The file is canonical JSON (keys sorted, no whitespace), so
// the same data always gives the same bytes: a backup restored and backed up again is identical,
// and the checksum is simply the SHA-256 of the text without its `sha256` field.
import { canonicalJson } from '../pack/checksum'
import type { BackupDocument } from './format'

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Hex SHA-256 of canonicalJson(document without `sha256`). */
export async function backupChecksum(doc: object): Promise<string> {
  const { sha256: _ignored, ...content } = doc as Record<string, unknown>
  return sha256Hex(canonicalJson(content))
}

/** Adds the checksum to a document's content. */
export async function signBackup(content: Omit<BackupDocument, 'sha256'>): Promise<BackupDocument> {
  return { ...content, sha256: await backupChecksum(content) }
}

/** The backup file's text: canonical JSON and a final newline. */
export function backupText(doc: BackupDocument): string {
  return canonicalJson(doc) + '\n'
}
