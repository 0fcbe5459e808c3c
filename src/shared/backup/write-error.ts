// Turns an error from a database write into a message a user can act on. Browsers and Dexie
// report a full disk in several shapes: a QuotaExceededError (DOMException), Firefox's
// NS_ERROR_DOM_QUOTA_REACHED, or Dexie's AbortError / BulkError with the real cause inside
// (`inner`, `failures`). Any of them is explained as "out of storage space".

export interface WriteErrorDescription {
  /** i18n key with its namespace: show with t(key, params). */
  key: string
  params?: Record<string, string>
  /** The storage quota was the cause. */
  quota: boolean
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])
/** DOMException codes for a quota error (22 standard, 1014 old Firefox). */
const QUOTA_CODES = new Set([22, 1014])
const MAX_DEPTH = 6

function causes(e: object): unknown[] {
  const x = e as {
    inner?: unknown
    cause?: unknown
    failures?: unknown
    error?: unknown
    target?: unknown
  }
  const out: unknown[] = [x.inner, x.cause, x.error]
  if (Array.isArray(x.failures)) out.push(...x.failures)
  else if (x.failures && typeof x.failures === 'object') out.push(...Object.values(x.failures))
  if (x.target && typeof x.target === 'object') out.push((x.target as { error?: unknown }).error)
  return out.filter((c) => c !== undefined && c !== null && c !== e)
}

function find(
  e: unknown,
  test: (x: { name?: unknown; code?: unknown; message?: unknown }) => boolean,
  depth = 0,
): boolean {
  if (e === null || typeof e !== 'object' || depth > MAX_DEPTH) return false
  if (test(e as { name?: unknown })) return true
  return causes(e).some((c) => find(c, test, depth + 1))
}

export function isQuotaError(e: unknown): boolean {
  return find(
    e,
    (x) =>
      (typeof x.name === 'string' && QUOTA_NAMES.has(x.name)) ||
      (typeof x.code === 'number' && QUOTA_CODES.has(x.code) && x.name !== undefined) ||
      (typeof x.message === 'string' && /quota/i.test(x.message)),
  )
}

function messageOf(e: unknown): string {
  if (e instanceof Error || (e && typeof e === 'object' && 'message' in e)) {
    const m = String((e as { message: unknown }).message)
    if (m) return m
  }
  return String(e)
}

export function describeWriteError(e: unknown): WriteErrorDescription {
  if (isQuotaError(e)) return { key: 'common:error.storageQuota', quota: true }
  if (find(e, (x) => x.name === 'DatabaseClosedError'))
    return { key: 'backups:errors.databaseClosed', quota: false }
  return { key: 'backups:errors.writeFailed', params: { message: messageOf(e) }, quota: false }
}
