// The pack's SHA-256. It covers every field except `sha256` itself, serialised as canonical JSON
// (object keys sorted at every level, no whitespace) so re-ordering keys in an editor does not
// change it. Uses Web Crypto so the same code runs in the renderer and in node.

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

/** Hex SHA-256 of the pack's content: canonicalJson of the object without its `sha256` key. */
export async function packChecksum(pack: object): Promise<string> {
  const { sha256: _ignored, ...content } = pack as Record<string, unknown>
  const bytes = new TextEncoder().encode(canonicalJson(content))
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
