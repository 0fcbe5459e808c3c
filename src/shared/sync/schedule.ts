// When to sync next, and what to tell the user. 坚果云's free accounts allow 600 requests per 30
// minutes and show throttling as 429, 503 and sometimes 401; a normal sync here is a handful of
// requests. So: a sync every few minutes while the app is open, a request budget well under the
// limit (the same account often serves other apps too), Retry-After honoured, exponential backoff
// after failures, and a 401 after the credentials have worked once treated as throttling.
import type { StopReason } from './engine'
import { TransportError, type SyncTransport, type TransportErrorKind } from './transport'

export const SYNC_INTERVAL_MS = 5 * 60_000
export const BUDGET = { windowMs: 30 * 60_000, requests: 300 }
const BACKOFF_FIRST_MS = 30_000
const BACKOFF_MAX_MS = 30 * 60_000
/** Problems only the user can fix are retried now and then, in case they fixed them elsewhere. */
const NEEDS_USER_RETRY_MS = 30 * 60_000

export type FailureReason = TransportErrorKind | StopReason | 'budget' | 'unknown'

export interface ScheduleState {
  lastSuccessAt: number | null
  lastAttemptAt: number | null
  /** When the next automatic sync runs; null: not until the user acts. */
  nextAt: number | null
  /** Failures in a row. */
  failures: number
  lastError: { reason: FailureReason; status?: number; aheadMs?: number } | null
  /** The credentials have worked at least once: a later 401 is throttling, not a bad password. */
  authOk: boolean
  /** Times of recent requests, for the budget. */
  requests: number[]
}

export const INITIAL_SCHEDULE: ScheduleState = {
  lastSuccessAt: null,
  lastAttemptAt: null,
  nextAt: null,
  failures: 0,
  lastError: null,
  authOk: false,
  requests: [],
}

export function afterSuccess(s: ScheduleState, now: number): ScheduleState {
  return {
    ...s,
    lastSuccessAt: now,
    lastAttemptAt: now,
    nextAt: now + SYNC_INTERVAL_MS,
    failures: 0,
    lastError: null,
    authOk: true,
  }
}

export interface FailureInfo {
  reason: FailureReason
  status?: number
  retryAfterMs?: number
  aheadMs?: number
}

/** Reasons the user has to act on (a password, the clock, the folder); the rest pass by. */
export const NEEDS_USER: readonly FailureReason[] = [
  'auth',
  'forbidden',
  'storageFull',
  'blocked',
  'protocol',
  'notSetUp',
  'folderMissing',
  'keysMissing',
  'keyChanged',
  'clockAhead',
]

export function afterFailure(s: ScheduleState, f: FailureInfo, now: number): ScheduleState {
  // 坚果云 throttles with 401 at times: once the password has worked, 401 means "wait".
  const reason: FailureReason = f.reason === 'auth' && s.authOk ? 'throttled' : f.reason
  const failures = s.failures + 1
  let nextAt: number | null
  if (NEEDS_USER.includes(reason)) nextAt = reason === 'auth' ? null : now + NEEDS_USER_RETRY_MS
  else {
    const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (failures - 1))
    nextAt = now + Math.max(backoff, f.retryAfterMs ?? 0)
  }
  const lastError: ScheduleState['lastError'] = { reason }
  if (f.status !== undefined) lastError.status = f.status
  if (f.aheadMs !== undefined) lastError.aheadMs = f.aheadMs
  return { ...s, lastAttemptAt: now, nextAt, failures, lastError }
}

/** Requests still allowed in the budget's window, and when the next one frees up. */
export function budgetLeft(s: ScheduleState, now: number): { left: number; freeAt: number } {
  const recent = s.requests.filter((t) => t > now - BUDGET.windowMs)
  return {
    left: Math.max(0, BUDGET.requests - recent.length),
    freeAt: recent.length > 0 ? recent[0]! + BUDGET.windowMs : now,
  }
}

/**
 * The transport, counting each request against the budget in `log`; when the budget is spent it
 * refuses the request with a 'budget' error instead of sending it.
 */
export function budgeted(
  t: SyncTransport,
  log: { times: number[] },
  now: () => number,
): SyncTransport {
  const take = () => {
    const at = now()
    log.times = log.times.filter((x) => x > at - BUDGET.windowMs)
    if (log.times.length >= BUDGET.requests)
      throw new TransportError({
        kind: 'budget',
        retryAfterMs: log.times[0]! + BUDGET.windowMs - at,
      })
    log.times.push(at)
  }
  return {
    list: async (dir) => (take(), t.list(dir)),
    read: async (path, from) => (take(), t.read(path, from)),
    write: async (path, bytes) => (take(), t.write(path, bytes)),
    mkdir: async (path) => (take(), t.mkdir(path)),
  }
}
