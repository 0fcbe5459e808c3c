// The byte layout of every file a device uploads: a 24-byte plaintext header, then frames, each an
// AES-256-GCM ciphertext of one gzipped JSON payload. A file only ever grows by whole frames (a
// log) or is replaced whole (a snapshot, with a new file id), so a reader can continue from the
// end of the last frame it read. Each frame is bound to its place: its additional data is the
// header (key id and file id), its index and the file's path, so a frame moved to another file or
// position, or mixed from two versions of a snapshot, fails authentication like a changed byte.
import { concatBytes, gunzip, gzip, own, utf8 } from './bytes'
import type { DataKey } from './keys'

const MAGIC = [0x48, 0x4a, 0x53, 0x59] // "HJSY"
export const CONTAINER_FORMAT = 1
export const HEADER_BYTES = 24
const LENGTH_BYTES = 4
const IV_BYTES = 12
const TAG_BYTES = 16
/** A frame's ciphertext may not exceed 64 MiB: a larger length field means a damaged file. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024

export type FileKind = 'log' | 'snapshot'
const KIND_BYTE: Record<FileKind, number> = { log: 0x4c, snapshot: 0x53 }

export interface Header {
  kind: FileKind
  keyId: string
  fileId: string
  bytes: Uint8Array
}

/** Why a file could not be read: reported to the user, and the file is skipped. */
export type ContainerProblem = 'notOurs' | 'unknownVersion' | 'otherKey' | 'tampered'

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16))
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

export function newFileId(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(8)))
}

export function makeHeader(kind: FileKind, keyId: string, fileId: string): Header {
  const bytes = new Uint8Array(HEADER_BYTES)
  bytes.set(MAGIC, 0)
  bytes[4] = CONTAINER_FORMAT
  bytes[5] = KIND_BYTE[kind]
  bytes.set(hexBytes(keyId), 8)
  bytes.set(hexBytes(fileId), 16)
  return { kind, keyId, fileId, bytes }
}

export type HeaderResult =
  { ok: true; header: Header } | { ok: false; problem: ContainerProblem | 'short' }

export function readHeader(bytes: Uint8Array, keyId: string): HeaderResult {
  if (bytes.length < HEADER_BYTES) return { ok: false, problem: 'short' }
  if (MAGIC.some((m, i) => bytes[i] !== m)) return { ok: false, problem: 'notOurs' }
  if (bytes[4] !== CONTAINER_FORMAT) return { ok: false, problem: 'unknownVersion' }
  const kind =
    bytes[5] === KIND_BYTE.log ? 'log' : bytes[5] === KIND_BYTE.snapshot ? 'snapshot' : null
  if (!kind) return { ok: false, problem: 'unknownVersion' }
  const header = {
    kind,
    keyId: toHex(bytes.subarray(8, 16)),
    fileId: toHex(bytes.subarray(16, 24)),
    bytes: bytes.slice(0, HEADER_BYTES),
  } satisfies Header
  if (header.keyId !== keyId) return { ok: false, problem: 'otherKey' }
  return { ok: true, header }
}

function frameAad(header: Header, path: string, index: number): Uint8Array<ArrayBuffer> {
  const n = new Uint8Array(4)
  new DataView(n.buffer).setUint32(0, index)
  return own(concatBytes([header.bytes, n, utf8(path)]))
}

/** One frame: the payload as gzipped JSON, encrypted and bound to its file and index. */
export async function sealFrame(
  key: DataKey,
  header: Header,
  path: string,
  index: number,
  payload: unknown,
): Promise<Uint8Array> {
  const plain = await gzip(utf8(JSON.stringify(payload)))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: frameAad(header, path, index) },
      key,
      own(plain),
    ),
  )
  const frame = new Uint8Array(LENGTH_BYTES + IV_BYTES + cipher.length)
  new DataView(frame.buffer).setUint32(0, IV_BYTES + cipher.length)
  frame.set(iv, LENGTH_BYTES)
  frame.set(cipher, LENGTH_BYTES + IV_BYTES)
  return frame
}

export interface OpenedFrames {
  payloads: unknown[]
  /** Where each frame ends, counted from the start of `bytes`. */
  ends: number[]
  /** Bytes of `bytes` taken by whole frames; a partial frame after them is left for later. */
  consumed: number
  /** True when bytes remained after the last whole frame (a write cut short, or still going). */
  partial: boolean
}

export type OpenResult =
  { ok: true; frames: OpenedFrames } | { ok: false; problem: ContainerProblem }

/**
 * Opens the frames in `bytes`, which start at a frame boundary (right after the header, or where
 * the last read stopped); `firstIndex` is the index of the first of them.
 */
export async function openFrames(
  key: DataKey,
  header: Header,
  path: string,
  bytes: Uint8Array,
  firstIndex: number,
): Promise<OpenResult> {
  const payloads: unknown[] = []
  const ends: number[] = []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 0
  let index = firstIndex
  while (bytes.length - at >= LENGTH_BYTES) {
    const length = view.getUint32(at)
    if (length < IV_BYTES + TAG_BYTES || length > MAX_FRAME_BYTES)
      return { ok: false, problem: 'tampered' }
    if (bytes.length - at - LENGTH_BYTES < length) break
    const iv = bytes.slice(at + LENGTH_BYTES, at + LENGTH_BYTES + IV_BYTES)
    const cipher = bytes.slice(at + LENGTH_BYTES + IV_BYTES, at + LENGTH_BYTES + length)
    let plain: Uint8Array
    try {
      plain = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv, additionalData: frameAad(header, path, index) },
          key,
          cipher,
        ),
      )
    } catch {
      return { ok: false, problem: 'tampered' }
    }
    try {
      payloads.push(
        JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(plain))),
      )
    } catch {
      // Authentic but unreadable: written by a newer app with another encoding.
      return { ok: false, problem: 'unknownVersion' }
    }
    at += LENGTH_BYTES + length
    ends.push(at)
    index += 1
  }
  return { ok: true, frames: { payloads, ends, consumed: at, partial: at < bytes.length } }
}
