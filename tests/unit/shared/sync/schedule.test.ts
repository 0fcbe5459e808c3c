import { describe, expect, it } from 'vitest'
import {
  afterFailure,
  afterSuccess,
  BUDGET,
  budgeted,
  budgetLeft,
  INITIAL_SCHEDULE,
  SYNC_INTERVAL_MS,
} from '../../../../src/shared/sync/schedule'
import { MemoryServer, MemoryTransport } from '../../../fixtures/sync/memory-transport'

const now = 1_000_000_000

describe('sync schedule', () => {
  it('syncs again after the interval when a sync succeeded', () => {
    const s = afterSuccess(INITIAL_SCHEDULE, now)
    expect(s).toMatchObject({
      lastSuccessAt: now,
      nextAt: now + SYNC_INTERVAL_MS,
      failures: 0,
      authOk: true,
    })
  })

  it('a first 401 is a wrong password: no automatic retry until the user acts', () => {
    const s = afterFailure(INITIAL_SCHEDULE, { reason: 'auth', status: 401 }, now)
    expect(s.nextAt).toBeNull()
    expect(s.lastError).toEqual({ reason: 'auth', status: 401 })
  })

  it('backs off exponentially up to 30 minutes, and never sooner than Retry-After', () => {
    let s = afterSuccess(INITIAL_SCHEDULE, now)
    const waits: number[] = []
    for (let i = 0; i < 8; i++) {
      s = afterFailure(s, { reason: 'unavailable', status: 503 }, now)
      waits.push(s.nextAt! - now)
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1800, 1800].map((x) => x * 1000))
    s = afterFailure(
      afterSuccess(s, now),
      { reason: 'throttled', status: 429, retryAfterMs: 900_000 },
      now,
    )
    expect(s.nextAt).toBe(now + 900_000)
  })

  it('a clock far ahead is retried only now and then, with how far ahead it was', () => {
    const s = afterFailure(INITIAL_SCHEDULE, { reason: 'clockAhead', aheadMs: 7_200_000 }, now)
    expect(s.lastError).toEqual({ reason: 'clockAhead', aheadMs: 7_200_000 })
    expect(s.nextAt).toBe(now + 30 * 60_000)
  })

  it('refuses requests past the budget without sending them, and says when one frees up', async () => {
    const t = new MemoryTransport(new MemoryServer())
    const log = { times: [] as number[] }
    const b = budgeted(t, log, () => now)
    for (let i = 0; i < BUDGET.requests; i++) await b.list('')
    await expect(b.list('')).rejects.toMatchObject({
      info: { kind: 'budget', retryAfterMs: BUDGET.windowMs },
    })
    expect(t.requests).toBe(BUDGET.requests)
    expect(budgetLeft({ ...INITIAL_SCHEDULE, requests: log.times }, now)).toEqual({
      left: 0,
      freeAt: now + BUDGET.windowMs,
    })
    const later = budgeted(t, log, () => now + BUDGET.windowMs + 1)
    await expect(later.list('')).resolves.toBeNull()
  })
})
