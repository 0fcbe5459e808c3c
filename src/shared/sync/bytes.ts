// Byte helpers shared by the sync file format and its transports (Node and browsers alike).

export function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** Null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A copy backed by its own ArrayBuffer, as WebCrypto's typings want. */
export const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes)

type ByteStream = CompressionStream | DecompressionStream

async function pipe(bytes: Uint8Array, stream: ByteStream) {
  const out = new Blob([own(bytes)])
    .stream()
    .pipeThrough(stream as TransformStream<Uint8Array, Uint8Array>)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

export const gzip = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new CompressionStream('gzip'))

export const gunzip = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new DecompressionStream('gzip'))
