// The backup's checksum and its text. The file is canonical JSON (keys sorted, no whitespace), so
// the same data always gives the same bytes: a backup restored and backed up again is identical,
// and the checksum is simply the SHA-256 of the text without its `sha256` field.
import { canonicalJson, contentChecksum } from '../json/canonical'
import type { BackupDocument } from './format'

/** Hex SHA-256 of canonicalJson(document without `sha256`). */
export function backupChecksum(doc: object): Promise<string> {
  return contentChecksum(doc)
}

/** Adds the checksum to a document's content. */
export async function signBackup(content: Omit<BackupDocument, 'sha256'>): Promise<BackupDocument> {
  return { ...content, sha256: await backupChecksum(content) }
}

/** The backup file's text: canonical JSON and a final newline. */
export function backupText(doc: BackupDocument): string {
  return canonicalJson(doc) + '\n'
}
