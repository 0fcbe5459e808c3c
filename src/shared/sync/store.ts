// What the engine needs from the device's own database: its sync state, its changes not yet
// uploaded, and one atomic "apply these remote records and remember how far I read". The app
// implements it over Dexie (renderer/db/sync-store.ts); tests and the benchmark use an in-memory
// one. Both merge with records.ts, so they behave the same.
import { HLC_ZERO, type Hlc } from './hlc'
import type { WireRecord } from './records'

/** How far a remote file has been read: the next frame starts at `offset`. */
export interface Cursor {
  fileId: string
  /** The file's 24-byte header, base64 (its frames' additional data needs it). */
  header: string
  offset: number
  frames: number
}

/** One of this device's own log files, as this device holds it. */
export interface OwnFile {
  fileId: string
  frames: number
  bytes: number
  /** Bytes the server is known to hold (after the last successful upload). */
  confirmed: number
}

export interface SyncState {
  /** This device's id: its folder's name and its clock's node. */
  device: string
  keyId: string
  /** The data key, base64. The local database holds the plaintext anyway. */
  dataKey: string
  /** The stamp records get that were stored before sync was set up. */
  baseline: Hlc
  /** Local changes up to this counter are in an uploaded-or-queued frame. */
  framedSeq: number
  /** Every own stamp up to this one is in a frame (or a snapshot). */
  framedHlc: Hlc
  /** Until the first upload: every record held here counts as this device's change. */
  adoptAll: boolean
  /** Per device: every change it made up to this stamp has been applied here. */
  seen: Record<string, Hlc>
  /** Per device, per file: how far it has been read. */
  cursors: Record<string, Record<string, Cursor>>
  /** Per device: the sequence number of its snapshot last applied here. */
  snapshotsRead: Record<string, number>
  own: {
    dirMade: boolean
    files: Record<string, OwnFile>
    snapshotSeq: number
    /** Records framed in logs since the last snapshot: a new snapshot is due past a limit. */
    sinceSnapshot: number
    /** The clock of the last snapshot: a new one is due when logs span many months after it. */
    snapshotAt: Hlc | null
  }
  /** Files found unreadable (tampered, truncated…), by device: not read again until they change. */
  bad: Record<string, { file: string; tag: string; problem: string }>
  /** The key file's size/etag/time when last checked, to notice it being replaced. */
  keyFileTag: string | null
}

/** The state of a device that has just joined a folder's key: nothing read, nothing sent. */
export function initialSyncState(
  device: string,
  keyId: string,
  dataKey: string,
  baseline: Hlc,
): SyncState {
  return {
    device,
    keyId,
    dataKey,
    baseline,
    framedSeq: 0,
    framedHlc: HLC_ZERO,
    adoptAll: true,
    seen: {},
    cursors: {},
    snapshotsRead: {},
    own: { dirMade: false, files: {}, snapshotSeq: 0, sinceSnapshot: 0, snapshotAt: null },
    bad: {},
    keyFileTag: null,
  }
}

export interface Pending {
  records: WireRecord[]
  /** The change counter and clock at the moment they were read. */
  seq: number
  clock: Hlc
}

export interface ApplyReport {
  /** Records whose stored row changed. */
  changed: number
  /** Records of a table or row this device does not sync (a device-only setting). */
  ignored: number
}

export interface SyncStore {
  readState(): Promise<SyncState | null>
  saveState(next: SyncState): Promise<void>
  /** Merges remote records into the database and saves `next`, in one transaction. */
  apply(records: WireRecord[], next: SyncState): Promise<ApplyReport>
  /** This device's changes not yet in a frame (all of its records while `adoptAll`). */
  pending(state: SyncState): Promise<Pending>
  /** Every record, for a snapshot, with the change counter and clock of that moment. */
  exportAll(): Promise<Pending>
  /** Stores new frames of one of this device's files and saves `next`, in one transaction. */
  saveFrames(file: string, frames: Uint8Array[], next: SyncState): Promise<void>
  /** The frames of one of this device's files, in order. */
  ownFrames(file: string): Promise<Uint8Array[]>
}
