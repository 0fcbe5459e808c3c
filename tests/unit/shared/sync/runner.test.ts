import { describe, expect, it } from 'vitest'
import type { SyncReport } from '../../../../src/shared/sync/engine'
import { SyncRunner, type SyncStatus } from '../../../../src/shared/sync/runner'
import {
  INITIAL_SCHEDULE,
  SYNC_INTERVAL_MS,
  type ScheduleState,
} from '../../../../src/shared/sync/schedule'
import { TransportError } from '../../../../src/shared/sync/transport'
import { MemoryServer, MemoryTransport } from '../../../fixtures/sync/memory-transport'

const REPORT: SyncReport = { received: 0, sent: 0, snapshotWritten: false, problems: [] }

function setup(run: () => Promise<SyncReport>) {
  let now = 1_000_000
  let schedule: ScheduleState = INITIAL_SCHEDULE
  const timers: { at: number; fn: () => void }[] = []
  const statuses: SyncStatus[] = []
  const runner = new SyncRunner({
    transport: async () => new MemoryTransport(new MemoryServer()),
    run,
    loadSchedule: async () => schedule,
    saveSchedule: async (s) => void (schedule = s),
    onStatus: (s) => statuses.push(s),
    now: () => now,
    setTimer: (fn, ms) => {
      const t = { at: now + ms, fn }
      timers.push(t)
      return t
    },
    clearTimer: (t) => void timers.splice(timers.indexOf(t as (typeof timers)[0]), 1),
  })
  return {
    runner,
    timers,
    statuses,
    schedule: () => schedule,
    tick: (ms: number) => (now += ms),
    now: () => now,
  }
}

describe('sync runner', () => {
  it('syncs shortly after start, then every interval, and reports running and done', async () => {
    let runs = 0
    const s = setup(async () => (runs++, REPORT))
    await s.runner.start()
    expect(s.timers.map((t) => t.at - s.now())).toEqual([3000])
    s.tick(3000)
    await s.runner.syncNow()
    expect(runs).toBe(1)
    expect(s.statuses.map((x) => x.running)).toEqual([false, true, false])
    expect(s.schedule().nextAt).toBe(s.now() + SYNC_INTERVAL_MS)
    expect(s.timers.map((t) => t.at - s.now())).toEqual([SYNC_INTERVAL_MS])
  })

  it('a local change brings the next sync forward; a press during a sync runs one more after it', async () => {
    const calls: (() => void)[] = []
    let entered: () => void = () => {}
    const s = setup(
      () =>
        new Promise<SyncReport>((ok) => {
          calls.push(() => ok(REPORT))
          entered()
        }),
    )
    const inRun = () => new Promise<void>((r) => (entered = r))
    await s.runner.start()
    s.runner.changed(15_000)
    // Already due sooner (the start's sync): not moved later.
    expect(s.timers.map((t) => t.at - s.now())).toEqual([3000])
    let next = inRun()
    const first = s.runner.syncNow()
    await next
    // Pressed while the first sync runs: the same promise, and one more sync after it.
    expect(s.runner.syncNow()).toBe(first)
    next = inRun()
    calls[0]!()
    await next
    calls[1]!()
    await first
    expect(calls).toHaveLength(2)
    s.runner.changed(15_000)
    expect(s.timers.map((t) => t.at - s.now())).toEqual([15_000])
  })

  it('a wrong password (401 before any success) waits for the user: no timer', async () => {
    const s = setup(async () => {
      throw new TransportError({ kind: 'auth', status: 401 })
    })
    await s.runner.start()
    await s.runner.syncNow()
    expect(s.schedule().lastError).toEqual({ reason: 'auth', status: 401 })
    expect(s.schedule().nextAt).toBeNull()
    expect(s.timers).toEqual([])
  })
})
