/** A name cut into plain and highlighted pieces, for rendering search matches. */
export interface Segment {
  text: string
  hit: boolean
}

export function highlightSegments(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [rawStart, rawEnd] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(rawStart, text.length))
    const end = Math.min(Math.max(rawEnd, start), text.length)
    if (start > at) out.push({ text: text.slice(at, start), hit: false })
    if (end > start) out.push({ text: text.slice(start, end), hit: true })
    at = Math.max(at, end)
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false })
  return out
}
