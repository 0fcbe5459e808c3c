// The pack's SHA-256 covers every field except `sha256` itself, as canonical JSON, so re-ordering
// keys in an editor does not change it (scripts/pack-sign.mjs writes it).
import { contentChecksum } from '../json/canonical'

/** Hex SHA-256 of the pack's content: canonicalJson of the object without its `sha256` key. */
export function packChecksum(pack: object): Promise<string> {
  return contentChecksum(pack)
}
