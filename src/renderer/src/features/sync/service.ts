// Sync on this device: set up (connect to a folder's key with the passphrase), run (a SyncRunner
// over the Dexie store and the platform's transport), report (the status the screen shows), and
// disconnect. Loaded after the first screen: none of it is needed to start the app.
import { platform, type SyncPlatform, type SyncTarget } from '@renderer/app/platform'
import { SCHEMA_VERSION } from '@renderer/db/db'
import { onLocalChange } from '@renderer/db/sync-capture'
import { DexieSyncStore } from '@renderer/db/sync-store'
import type { SyncTargetInfo } from '@shared/ipc/sync'
import { toBase64 } from '@shared/sync/bytes'
import { syncOnce } from '@shared/sync/engine'
import { failureOf, SyncRunner, type SyncStatus } from '@shared/sync/runner'
import { INITIAL_SCHEDULE, type FailureReason, type ScheduleState } from '@shared/sync/schedule'
import { connect, recover, type ConnectError, type ConnectResult } from '@shared/sync/setup'

export interface SyncView {
  state: 'loading' | 'off' | 'on'
  target: SyncTargetInfo | null
  status: SyncStatus | null
  /** Records from other devices left out because they failed the app's checks. */
  rejected: number
  /** Syncs finished since the app started: the screen's (and the tests') signal that one ended. */
  runs: number
}

const store = new DexieSyncStore()
let view: SyncView = { state: 'loading', target: null, status: null, rejected: 0, runs: 0 }
const subscribers = new Set<() => void>()
let runner: SyncRunner | null = null
let unlisten: (() => void) | null = null

function set(next: Partial<SyncView>): void {
  view = { ...view, ...next }
  for (const s of subscribers) s()
}

export const getView = (): SyncView => view
export function subscribe(fn: () => void): () => void {
  subscribers.add(fn)
  return () => subscribers.delete(fn)
}

function begin(target: SyncTarget): void {
  runner?.stop()
  unlisten?.()
  const r = new SyncRunner({
    transport: async () => target.transport,
    run: (t) => syncOnce({ store, transport: t, schemaVersion: SCHEMA_VERSION }),
    loadSchedule: async () => (await store.getLocal<ScheduleState>('schedule')) ?? INITIAL_SCHEDULE,
    saveSchedule: (s) => store.setLocal('schedule', s),
    onStatus: (status) => {
      const ended = view.status?.running === true && !status.running
      set({
        state: 'on',
        target: target.info,
        status,
        rejected: store.rejected,
        runs: view.runs + (ended ? 1 : 0),
      })
    },
  })
  runner = r
  unlisten = onLocalChange(() => r.changed())
  set({ state: 'on', target: target.info })
  void r.start()
}

/** At app start: resumes syncing if this device was set up. */
let loaded: Promise<SyncPlatform> | null = null
/** The platform's sync transports (loaded once). */
export const syncPlatform = (): Promise<SyncPlatform> => (loaded ??= platform.loadSync())

export async function startSync(): Promise<void> {
  try {
    const sync = await syncPlatform()
    const [target, state] = await Promise.all([sync.saved(), store.readState()])
    if (target && state) return begin(target)
  } catch (e) {
    console.warn('sync could not start', e)
  }
  set({ state: 'off', target: null, status: null })
}

export type SetupResult =
  { ok: true; recoveryKey?: string } | { ok: false; error: ConnectError | FailureReason }

async function attempt(
  target: SyncTarget,
  how: () => ReturnType<typeof connect>,
): Promise<SetupResult> {
  // The target is kept first, so that a key created on the server is never left without this
  // device knowing where it is; a refused passphrase forgets it again.
  try {
    await target.save()
  } catch (e) {
    return { ok: false, error: failureOf(e).reason }
  }
  let r: ConnectResult | { ok: false; error: FailureReason }
  try {
    r = await how()
  } catch (e) {
    r = { ok: false, error: failureOf(e).reason }
  }
  if (!r.ok) {
    await (await syncPlatform()).forget()
    return r
  }
  await store.init(r.keyId, toBase64(r.dataKey))
  await store.setLocal('schedule', INITIAL_SCHEDULE)
  begin((await (await syncPlatform()).saved()) ?? target)
  void runner?.syncNow()
  return r.recoveryKey ? { ok: true, recoveryKey: r.recoveryKey } : { ok: true }
}

/**
 * Joins the folder's key with the passphrase (or creates one in an empty folder). Nothing is
 * saved, here or on the server, unless the passphrase is accepted.
 */
export const setUp = (target: SyncTarget, passphrase: string): Promise<SetupResult> =>
  attempt(target, () => connect(target.transport, passphrase))

/** A forgotten passphrase: the recovery key unlocks the folder and sets a new one. */
export const setUpWithRecovery = (
  target: SyncTarget,
  recoveryKey: string,
  newPassphrase: string,
): Promise<SetupResult> =>
  attempt(target, () => recover(target.transport, recoveryKey, newPassphrase))

export function syncNow(): Promise<void> {
  return runner?.syncNow() ?? Promise.resolve()
}

/** Stops syncing here: the folder on the server and this device's data stay as they are. */
export async function disconnect(): Promise<void> {
  runner?.stop()
  unlisten?.()
  runner = null
  unlisten = null
  await store.forget()
  await store.setLocal('schedule', INITIAL_SCHEDULE)
  await (await syncPlatform()).forget()
  set({ state: 'off', target: null, status: null, rejected: 0 })
}
