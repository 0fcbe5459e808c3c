// Reading files without trusting them: only a regular file is read (never a folder, device, pipe
// or socket, which can report size 0 and then never end), and never more than the limit, even
// when the file grows while it is read.
import { constants } from 'node:fs'
import { lstat, open, stat } from 'node:fs/promises'

export type BoundedRead =
  | { status: 'ok'; bytes: Uint8Array }
  | { status: 'tooLarge'; size: number }
  | { status: 'notAFile' }

const CHUNK = 1024 * 1024
// A pipe opened for reading would wait for a writer; O_NONBLOCK returns at once (POSIX only).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** `links: 'refuse'` reads a symbolic link as not a file (for files the app itself names). */
export async function readFileBounded(
  path: string,
  maxBytes: number,
  links: 'follow' | 'refuse' = 'follow',
): Promise<BoundedRead> {
  const before = links === 'follow' ? await stat(path) : await lstat(path)
  if (!before.isFile()) return { status: 'notAFile' }
  if (before.size > maxBytes) return { status: 'tooLarge', size: before.size }
  const fh = await open(path, OPEN_FLAGS)
  try {
    const st = await fh.stat()
    if (!st.isFile()) return { status: 'notAFile' }
    const chunks: Uint8Array[] = []
    let total = 0
    // The first read asks for the whole file (plus one byte to notice growth).
    let want = Math.min(st.size + 1, maxBytes + 1)
    while (total <= maxBytes) {
      const buf = Buffer.allocUnsafe(want)
      const { bytesRead } = await fh.read(buf, 0, want, null)
      if (bytesRead === 0) break
      chunks.push(buf.subarray(0, bytesRead))
      total += bytesRead
      want = Math.min(CHUNK, maxBytes + 1 - total)
    }
    if (total > maxBytes) return { status: 'tooLarge', size: Math.max(total, st.size) }
    return { status: 'ok', bytes: Buffer.concat(chunks, total) }
  } finally {
    await fh.close()
  }
}
