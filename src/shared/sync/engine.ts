// One sync: read what the other devices wrote since last time, merge it, then upload this
// device's own changes. Pure and transport-agnostic: the database is a SyncStore, the folder a
// SyncTransport. A run may stop at any request (offline, throttled, a write cut short); every
// step leaves a consistent state behind, so the next run carries on:
// - remote records are merged together with the cursor that says they were read, atomically;
// - this device's frames are stored locally before they are uploaded, and a file is always
//   uploaded whole with exactly the bytes of before plus new frames, so a reader that saw a
//   prefix can continue from where it stopped;
// - a large batch (the first sync of a big log, an import) goes into a snapshot, announced by a
//   small marker frame in the log, instead of thousands of log records.
import { concatBytes, fromBase64, toBase64 } from './bytes'
import {
  HEADER_BYTES,
  makeHeader,
  newFileId,
  openFrames,
  readHeader,
  sealFrame,
  type ContainerProblem,
  type Header,
} from './container'
import { hlcMillis, maxHlc, type Hlc } from './hlc'
import { dataCryptoKey, readKeyFile, type DataKey } from './keys'
import { devicePath, isDeviceFolder, KEY_FILE, logFileFor, logMonth, SNAPSHOT_FILE } from './layout'
import { parseChunk, parseHead, parseLogPayload, payloadSchema } from './payload'
import type { WireRecord } from './records'
import type { Cursor, OwnFile, SyncState, SyncStore } from './store'
import type { RemoteEntry, SyncTransport } from './transport'

/** A file that could not be used this time, and why. Local data is never touched by it. */
export type FileProblem =
  | ContainerProblem
  /** Ends in the middle of a frame, or a snapshot lacks frames: cut short or still being written. */
  | 'truncated'
  /** Authentic, but not something this version understands. */
  | 'invalid'
  /** Written by a newer version of the app: left on the server until this one is updated. */
  | 'newerSchema'
  /** Shorter than what was already read: the writer's last upload was cut; it will repeat it. */
  | 'behind'
  /** A log announces a snapshot that is not (yet) on the server. */
  | 'waitingForSnapshot'

export interface ProblemReport {
  device: string
  file: string
  problem: FileProblem
}

/** Reasons a run stops before it reads or writes anything more. */
export type StopReason =
  | 'notSetUp'
  /** The sync folder is gone from the server. */
  | 'folderMissing'
  /** The key file is gone, or was replaced by a new setup on another device. */
  | 'keysMissing'
  | 'keyChanged'
  /** This computer's clock is far ahead of the server's. */
  | 'clockAhead'

export class SyncStop extends Error {
  constructor(
    readonly reason: StopReason,
    /** For clockAhead: by how many milliseconds. */
    readonly aheadMs?: number,
  ) {
    super(`sync stopped: ${reason}`)
    this.name = 'SyncStop'
  }
}

export interface SyncReport {
  /** Remote records merged that changed a row here. */
  received: number
  /** Records this device uploaded (in a log frame or a snapshot). */
  sent: number
  snapshotWritten: boolean
  problems: ProblemReport[]
}

export interface EngineOptions {
  transport: SyncTransport
  store: SyncStore
  /** The data schema this app reads and writes (the database's version). */
  schemaVersion: number
  now?: () => number
  /** A batch of more changes than this goes into a snapshot rather than the log. */
  snapshotThreshold?: number
  /** A new snapshot once this many records went into logs since the last one. */
  snapshotEvery?: number
  /** Records per snapshot frame. */
  chunkRecords?: number
  /** How far ahead of the server's clock this computer's may be. */
  maxClockAheadMs?: number
}

export const DEFAULTS = {
  snapshotThreshold: 2000,
  snapshotEvery: 5000,
  chunkRecords: 5000,
  /** Clocks an hour apart still sync; further ahead, the user is asked to fix the clock. */
  maxClockAheadMs: 60 * 60 * 1000,
}

/** A snapshot is also due once the logs since the last one span this many months. */
const SNAPSHOT_MONTHS = 6

const entryTag = (e: RemoteEntry) => `${e.size}|${e.etag ?? ''}|${e.modified ?? ''}`
const clone = (s: SyncState): SyncState => structuredClone(s)

export async function syncOnce(opts: EngineOptions): Promise<SyncReport> {
  const run = new Run(opts)
  return run.go()
}

class Run {
  private readonly t: SyncTransport
  private readonly store: SyncStore
  private readonly now: () => number
  private readonly o: typeof DEFAULTS
  private key!: DataKey
  private s!: SyncState
  private readonly report: SyncReport = {
    received: 0,
    sent: 0,
    snapshotWritten: false,
    problems: [],
  }

  constructor(private readonly opts: EngineOptions) {
    this.t = opts.transport
    this.store = opts.store
    this.now = opts.now ?? Date.now
    this.o = { ...DEFAULTS, ...opts }
  }

  async go(): Promise<SyncReport> {
    const state = await this.store.readState()
    if (!state) throw new SyncStop('notSetUp')
    this.s = state
    this.key = await dataCryptoKey(fromBase64(state.dataKey)!)

    const root = await this.t.list('')
    if (!root) throw new SyncStop('folderMissing')
    if (root.serverTime !== undefined) {
      const ahead = this.now() - root.serverTime
      if (ahead > this.o.maxClockAheadMs) throw new SyncStop('clockAhead', ahead)
    }
    await this.checkKeyFile(root.entries)

    const devices = root.entries
      .filter((e) => e.dir && isDeviceFolder(e.name) && e.name !== this.s.device)
      .map((e) => e.name)
      .sort()
    // A device's first sync sends what it held before sync was set up before it takes in the
    // others' records: finding its own among them afterwards would mean reading them all again.
    if (this.s.adoptAll) await this.upload()
    const listings = new Map<string, RemoteEntry[]>()
    for (const d of devices) listings.set(d, (await this.t.list(d))?.entries ?? [])

    if (this.isFirstRead()) await this.readNewestSnapshot(listings)
    for (const d of devices) await this.readDevice(d, listings.get(d)!)

    await this.upload()
    return this.report
  }

  private async checkKeyFile(entries: RemoteEntry[]): Promise<void> {
    const entry = entries.find((e) => !e.dir && e.name === KEY_FILE)
    if (!entry) throw new SyncStop('keysMissing')
    const tag = entryTag(entry)
    if (tag === this.s.keyFileTag) return
    const res = await this.t.read(KEY_FILE)
    if (!res) throw new SyncStop('keysMissing')
    const kf = readKeyFile(new TextDecoder().decode(res.bytes))
    // Unreadable or another key: another device set sync up anew over this folder.
    if (!kf.ok || kf.keyFile.keyId !== this.s.keyId) throw new SyncStop('keyChanged')
    this.s = { ...this.s, keyFileTag: tag }
    await this.store.saveState(this.s)
  }

  private problem(device: string, file: string, problem: FileProblem, tag?: string): void {
    this.report.problems.push({ device, file, problem })
    // Damaged files are not downloaded again until they change; waiting ones are.
    if (tag && (problem === 'tampered' || problem === 'invalid' || problem === 'notOurs'))
      this.s = { ...this.s, bad: { ...this.s.bad, [device]: { file, tag, problem } } }
  }

  private isFirstRead(): boolean {
    return (
      Object.keys(this.s.cursors).length === 0 && Object.keys(this.s.snapshotsRead).length === 0
    )
  }

  /** A new device starts from the newest snapshot, so it skips the months of logs it covers. */
  private async readNewestSnapshot(listings: Map<string, RemoteEntry[]>): Promise<void> {
    let best: { device: string; entry: RemoteEntry } | null = null
    for (const [device, entries] of listings) {
      const entry = entries.find((e) => !e.dir && e.name === SNAPSHOT_FILE)
      if (entry && (!best || (entry.modified ?? 0) > (best.entry.modified ?? 0)))
        best = { device, entry }
    }
    if (best) await this.readSnapshot(best.device, 1)
  }

  /** Reads and applies a device's snapshot if it is number `minSeq` or later; false if not. */
  private async readSnapshot(device: string, minSeq: number): Promise<boolean> {
    if ((this.s.snapshotsRead[device] ?? 0) >= minSeq) return true
    const path = devicePath(device, SNAPSHOT_FILE)
    const res = await this.t.read(path)
    if (!res) {
      this.problem(device, SNAPSHOT_FILE, 'waitingForSnapshot')
      return false
    }
    const h = readHeader(res.bytes, this.s.keyId)
    if (!h.ok) {
      this.problem(device, SNAPSHOT_FILE, h.problem === 'short' ? 'truncated' : h.problem)
      return false
    }
    if (h.header.kind !== 'snapshot') {
      this.problem(device, SNAPSHOT_FILE, 'invalid')
      return false
    }
    const opened = await openFrames(this.key, h.header, path, res.bytes.subarray(HEADER_BYTES), 0)
    if (!opened.ok) {
      this.problem(device, SNAPSHOT_FILE, opened.problem)
      return false
    }
    const [first, ...rest] = opened.frames.payloads
    const schema = payloadSchema(first)
    if (schema !== null && schema > this.opts.schemaVersion) {
      this.problem(device, SNAPSHOT_FILE, 'newerSchema')
      return false
    }
    const head = parseHead(first)
    if (!head) {
      this.problem(
        device,
        SNAPSHOT_FILE,
        opened.frames.payloads.length === 0 ? 'truncated' : 'invalid',
      )
      return false
    }
    if (opened.frames.payloads.length < head.head.frames) {
      this.problem(device, SNAPSHOT_FILE, 'truncated')
      return false
    }
    if (head.head.seq < minSeq) {
      this.problem(device, SNAPSHOT_FILE, 'waitingForSnapshot')
      return false
    }
    const records: WireRecord[] = []
    for (const raw of rest) {
      const chunk = parseChunk(raw)
      if (!chunk || chunk.s > this.opts.schemaVersion) {
        this.problem(device, SNAPSHOT_FILE, chunk ? 'newerSchema' : 'invalid')
        return false
      }
      for (const r of chunk.r) records.push(r)
    }
    const next = clone(this.s)
    for (const [d, stamp] of Object.entries(head.head.seen))
      if (d !== this.s.device) next.seen[d] = maxHlc(next.seen[d], stamp)!
    next.snapshotsRead[device] = head.head.seq
    await this.apply(records, next)
    return true
  }

  private async apply(records: WireRecord[], next: SyncState): Promise<void> {
    const r = await this.store.apply(records, next)
    this.report.received += r.changed
    this.s = next
  }

  /** Reads a device's logs from where this device stopped, in order, stopping at a problem. */
  private async readDevice(device: string, entries: RemoteEntry[]): Promise<void> {
    const logs = entries
      .filter((e) => !e.dir && logMonth(e.name) !== null)
      .sort((a, b) => (a.name < b.name ? -1 : 1))
    const seenMonth = this.s.seen[device]?.slice(0, 7)
    for (const entry of logs) {
      const bad = this.s.bad[device]
      if (bad?.file === entry.name) {
        if (bad.tag === entryTag(entry)) {
          this.report.problems.push({
            device,
            file: entry.name,
            problem: bad.problem as FileProblem,
          })
          return
        }
        const { [device]: _changed, ...rest } = this.s.bad
        this.s = { ...this.s, bad: rest }
      }
      const cursor = this.s.cursors[device]?.[entry.name]
      if (!cursor && seenMonth && logMonth(entry.name)! < seenMonth) continue
      if (cursor && entry.size === cursor.offset) continue
      if (cursor && entry.size < cursor.offset) return this.problem(device, entry.name, 'behind')
      const done = await this.readLog(device, entry, cursor)
      if (!done) return
    }
  }

  /** Reads one log from its cursor; true when it was read to its end without a problem. */
  private async readLog(device: string, entry: RemoteEntry, cursor?: Cursor): Promise<boolean> {
    const file = entry.name
    const path = devicePath(device, file)
    const res = await this.t.read(path, cursor?.offset ?? 0)
    if (!res) return false // gone since the listing: next time
    let header: Header
    let body: Uint8Array
    let offset: number
    let index: number
    if (cursor) {
      const hb = fromBase64(cursor.header)!
      header = readHeaderOk(hb, this.s.keyId)
      // A server that ignores Range sends the whole file.
      if (res.from === 0) {
        if (!sameBytes(res.bytes.subarray(0, HEADER_BYTES), hb)) {
          this.problem(device, file, 'tampered', entryTag(entry))
          return false
        }
        body = res.bytes.subarray(cursor.offset)
      } else if (res.from === cursor.offset) body = res.bytes
      else {
        this.problem(device, file, 'invalid')
        return false
      }
      offset = cursor.offset
      index = cursor.frames
    } else {
      const h = readHeader(res.bytes, this.s.keyId)
      if (!h.ok) {
        if (h.problem === 'short') this.problem(device, file, 'truncated')
        else this.problem(device, file, h.problem, entryTag(entry))
        return false
      }
      if (h.header.kind !== 'log') {
        this.problem(device, file, 'invalid', entryTag(entry))
        return false
      }
      header = h.header
      body = res.bytes.subarray(HEADER_BYTES)
      offset = HEADER_BYTES
      index = 0
    }
    const opened = await openFrames(this.key, header, path, body, index)
    if (!opened.ok) {
      this.problem(device, file, opened.problem, entryTag(entry))
      return false
    }
    const { payloads, ends } = opened.frames
    let records: WireRecord[] = []
    let next = clone(this.s)
    const at = (i: number): Cursor => ({
      fileId: header.fileId,
      header: toBase64(header.bytes),
      offset: offset + (i === 0 ? 0 : ends[i - 1]!),
      frames: index + i,
    })
    const setCursor = (s: SyncState, i: number) => {
      s.cursors[device] = { ...s.cursors[device], [file]: at(i) }
    }
    const flush = async (i: number) => {
      setCursor(next, i)
      await this.apply(records, next)
      records = []
      next = clone(this.s)
    }
    for (let i = 0; i < payloads.length; i++) {
      const raw = payloads[i]
      const schema = payloadSchema(raw)
      if (schema !== null && schema > this.opts.schemaVersion) {
        await flush(i)
        this.problem(device, file, 'newerSchema')
        return false
      }
      const p = parseLogPayload(raw)
      if (!p) {
        await flush(i)
        this.problem(device, file, 'invalid', entryTag(entry))
        return false
      }
      const seen = next.seen[device]
      if ('snap' in p) {
        if (seen !== undefined && p.upTo <= seen) continue
        await flush(i)
        if (!(await this.readSnapshot(device, p.snap))) return false
        next = clone(this.s)
        next.seen[device] = maxHlc(next.seen[device], p.upTo)!
        continue
      }
      if (seen !== undefined && p.hi <= seen) continue
      for (const r of p.r) records.push(r)
      next.seen[device] = p.hi
    }
    await flush(payloads.length)
    if (opened.frames.partial) {
      this.problem(device, file, 'truncated')
      return false
    }
    return true
  }

  private async upload(): Promise<void> {
    if (!this.s.own.dirMade) {
      await this.t.mkdir(this.s.device)
      this.s = { ...this.s, own: { ...this.s.own, dirMade: true } }
      await this.store.saveState(this.s)
    }
    const pending = await this.store.pending(this.s)
    const n = pending.records.length
    if (this.snapshotDue(n, pending.clock)) await this.writeSnapshot()
    else if (n > 0) {
      await this.appendFrames(
        logFileFor(pending.clock),
        [{ s: this.opts.schemaVersion, hi: pending.clock, r: pending.records }],
        {
          ...this.s,
          framedSeq: pending.seq,
          framedHlc: pending.clock,
          adoptAll: false,
          own: { ...this.s.own, sinceSnapshot: this.s.own.sinceSnapshot + n },
        },
      )
      this.report.sent += n
    } else if (this.s.adoptAll) {
      this.s = { ...this.s, adoptAll: false, framedSeq: pending.seq, framedHlc: pending.clock }
      await this.store.saveState(this.s)
    }
    await this.pushOwnFiles()
  }

  private snapshotDue(pending: number, clock: Hlc): boolean {
    if (pending > this.o.snapshotThreshold) return true
    if (pending === 0) return false
    if (this.s.own.sinceSnapshot + pending > this.o.snapshotEvery) return true
    const since = this.s.own.snapshotAt
    if (!since) return false
    return monthsBetween(since, clock) >= SNAPSHOT_MONTHS
  }

  private async writeSnapshot(): Promise<void> {
    const all = await this.store.exportAll()
    const seq = this.s.own.snapshotSeq + 1
    const chunk = this.o.chunkRecords
    const chunks: WireRecord[][] = []
    for (let i = 0; i < all.records.length; i += chunk) chunks.push(all.records.slice(i, i + chunk))
    const header = makeHeader('snapshot', this.s.keyId, newFileId())
    const path = devicePath(this.s.device, SNAPSHOT_FILE)
    const seen = { ...this.s.seen, [this.s.device]: all.clock }
    const head = {
      s: this.opts.schemaVersion,
      head: { seq, seen, frames: chunks.length + 1, records: all.records.length },
    }
    const frames = [await sealFrame(this.key, header, path, 0, head)]
    for (let i = 0; i < chunks.length; i++)
      frames.push(
        await sealFrame(this.key, header, path, i + 1, {
          s: this.opts.schemaVersion,
          r: chunks[i],
        }),
      )
    await this.t.write(path, concatBytes([header.bytes, ...frames]))
    this.report.snapshotWritten = true
    this.report.sent += all.records.length
    await this.appendFrames(
      logFileFor(all.clock),
      [{ s: this.opts.schemaVersion, snap: seq, upTo: all.clock }],
      {
        ...this.s,
        framedSeq: all.seq,
        framedHlc: all.clock,
        adoptAll: false,
        own: { ...this.s.own, snapshotSeq: seq, sinceSnapshot: 0, snapshotAt: all.clock },
      },
    )
  }

  private async appendFrames(file: string, payloads: unknown[], next: SyncState): Promise<void> {
    const own: OwnFile = next.own.files[file] ?? {
      fileId: newFileId(),
      frames: 0,
      bytes: HEADER_BYTES,
      confirmed: 0,
    }
    const header = makeHeader('log', this.s.keyId, own.fileId)
    const path = devicePath(this.s.device, file)
    const frames: Uint8Array[] = []
    for (let i = 0; i < payloads.length; i++)
      frames.push(await sealFrame(this.key, header, path, own.frames + i, payloads[i]))
    const updated: OwnFile = {
      ...own,
      frames: own.frames + frames.length,
      bytes: own.bytes + frames.reduce((n, f) => n + f.length, 0),
    }
    const saved = { ...next, own: { ...next.own, files: { ...next.own.files, [file]: updated } } }
    await this.store.saveFrames(file, frames, saved)
    this.s = saved
  }

  /** Uploads every own file the server does not have whole, always with all its bytes. */
  private async pushOwnFiles(): Promise<void> {
    for (const [file, own] of Object.entries(this.s.own.files)) {
      if (own.confirmed >= own.bytes) continue
      const header = makeHeader('log', this.s.keyId, own.fileId)
      const frames = await this.store.ownFrames(file)
      await this.t.write(devicePath(this.s.device, file), concatBytes([header.bytes, ...frames]))
      const files = { ...this.s.own.files, [file]: { ...own, confirmed: own.bytes } }
      this.s = { ...this.s, own: { ...this.s.own, files } }
      await this.store.saveState(this.s)
    }
  }
}

function readHeaderOk(bytes: Uint8Array, keyId: string): Header {
  const h = readHeader(bytes, keyId)
  if (!h.ok) throw new Error('a stored cursor holds a bad header')
  return h.header
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function monthsBetween(from: Hlc, to: Hlc): number {
  const a = new Date(hlcMillis(from))
  const b = new Date(hlcMillis(to))
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
}
