// Canonical JSON (object keys sorted at every level, no whitespace, undefined fields left out): the
// same data always gives the same text, so a checksum over it survives re-ordered keys and a
// restore followed by a new backup. SHA-256 through Web Crypto, so the same code runs in the
// renderer and in node. Used by the pack's and the backup's checksums.

/** JSON with object keys sorted recursively; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Hex SHA-256 of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The checksum of a signed document (pack, backup): sha256Hex of its canonical JSON without `sha256`. */
export function contentChecksum(doc: object): Promise<string> {
  const { sha256: _ignored, ...content } = doc as Record<string, unknown>
  return sha256Hex(canonicalJson(content))
}
