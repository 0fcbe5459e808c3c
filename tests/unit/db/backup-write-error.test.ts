import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { describeWriteError, isQuotaError } from '@renderer/db/backup'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('describeWriteError', () => {
  it('explains a plain QuotaExceededError as out of storage space', () => {
    expect(describeWriteError(quota())).toEqual({ key: 'common:error.storageQuota', quota: true })
  })

  it("recognises Dexie's QuotaExceededError", () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true)
  })

  it("finds the quota error inside Dexie's AbortError (inner)", () => {
    const e = new Dexie.AbortError('Transaction aborted', quota())
    expect(e.name).toBe('AbortError')
    expect(describeWriteError(e).quota).toBe(true)
  })

  it('finds it inside a BulkError, a cause chain and an IDB request event', () => {
    const bulk = new Dexie.BulkError('3 of 1000 failed', { 7: quota() } as never)
    expect(isQuotaError(bulk)).toBe(true)
    expect(isQuotaError(new Error('write failed', { cause: quota() }))).toBe(true)
    expect(isQuotaError({ type: 'error', target: { error: quota() } })).toBe(true)
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true)
  })

  it('does not call an abort without a quota cause a quota error', () => {
    const e = new Dexie.AbortError('Transaction aborted', new DOMException('x', 'ConstraintError'))
    const d = describeWriteError(e)
    expect(d.quota).toBe(false)
    expect(d.key).toBe('backups:errors.writeFailed')
    expect(d.params?.['message']).toContain('Transaction aborted')
  })

  it('explains a closed database and passes other messages through', () => {
    expect(describeWriteError(new Dexie.DatabaseClosedError()).key).toBe(
      'backups:errors.databaseClosed',
    )
    expect(describeWriteError('boom')).toEqual({
      key: 'backups:errors.writeFailed',
      params: { message: 'boom' },
      quota: false,
    })
  })

  it('stops on a cycle of causes', () => {
    const a: { name: string; inner?: unknown } = { name: 'AbortError' }
    const b = { name: 'AbortError', inner: a }
    a.inner = b
    expect(isQuotaError(a)).toBe(false)
  })
})
