// Runs syncs one at a time: on a timer, after local changes, and when the user presses "sync
// now". Keeps the schedule (last synced, next try and why) and reports it to the screen. Timers
// and storage are injected, so the same code runs in the page and in tests.
import { SyncStop, type SyncReport } from './engine'
import {
  afterFailure,
  afterSuccess,
  budgeted,
  type FailureInfo,
  type ScheduleState,
} from './schedule'
import { TransportError, type SyncTransport } from './transport'

export interface SyncStatus {
  running: boolean
  schedule: ScheduleState
  /** The last finished run's report (problems with files, records received and sent). */
  report: SyncReport | null
}

export interface RunnerDeps {
  /** The configured folder, or null when sync is not set up on this device. */
  transport(): Promise<SyncTransport | null>
  run(transport: SyncTransport): Promise<SyncReport>
  loadSchedule(): Promise<ScheduleState>
  saveSchedule(s: ScheduleState): Promise<void>
  onStatus(status: SyncStatus): void
  now?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

export function failureOf(e: unknown): FailureInfo {
  if (e instanceof TransportError) {
    const f: FailureInfo = { reason: e.info.kind }
    if (e.info.status !== undefined) f.status = e.info.status
    if (e.info.retryAfterMs !== undefined) f.retryAfterMs = e.info.retryAfterMs
    return f
  }
  if (e instanceof SyncStop)
    return e.aheadMs !== undefined ? { reason: e.reason, aheadMs: e.aheadMs } : { reason: e.reason }
  return { reason: 'unknown' }
}

export class SyncRunner {
  private schedule: ScheduleState | null = null
  private report: SyncReport | null = null
  private current: Promise<void> | null = null
  private again = false
  private timer: unknown = null
  private stopped = false
  private readonly now: () => number
  private readonly setTimer: (fn: () => void, ms: number) => unknown
  private readonly clearTimer: (h: unknown) => void

  constructor(private readonly deps: RunnerDeps) {
    this.now = deps.now ?? Date.now
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
  }

  /** Loads the schedule and arms the timer: a sync shortly after start, unless waiting out a failure. */
  async start(startDelayMs = 3000): Promise<void> {
    this.stopped = false
    const s = await this.deps.loadSchedule()
    this.schedule = s.failures === 0 ? { ...s, nextAt: this.now() + startDelayMs } : s
    this.emit()
    this.arm()
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) this.clearTimer(this.timer)
    this.timer = null
  }

  /** Syncs now (or right after the sync under way, which may have missed the latest change). */
  syncNow(): Promise<void> {
    if (this.current) {
      this.again = true
      return this.current
    }
    this.current = this.loop().finally(() => (this.current = null))
    return this.current
  }

  /** A local change: sync soon, unless a sync is already due sooner or waiting out a failure. */
  changed(delayMs = 15_000): void {
    if (this.stopped || !this.schedule) return
    const at = this.now() + delayMs
    if (this.schedule.failures > 0 || (this.schedule.nextAt !== null && this.schedule.nextAt <= at))
      return
    this.schedule = { ...this.schedule, nextAt: at }
    this.arm()
  }

  private async loop(): Promise<void> {
    do {
      this.again = false
      await this.once()
    } while (this.again && !this.stopped)
  }

  private async once(): Promise<void> {
    const schedule = this.schedule ?? (await this.deps.loadSchedule())
    const transport = await this.deps.transport()
    if (!transport) return
    this.schedule = schedule
    this.emit(true)
    const log = { times: [...schedule.requests] }
    let next: ScheduleState
    try {
      this.report = await this.deps.run(budgeted(transport, log, this.now))
      next = afterSuccess(this.schedule, this.now())
    } catch (e) {
      next = afterFailure(this.schedule, failureOf(e), this.now())
      if (failureOf(e).reason === 'unknown') console.error('sync failed', e)
    }
    this.schedule = { ...next, requests: log.times }
    await this.deps.saveSchedule(this.schedule)
    this.emit(false)
    this.arm()
  }

  private arm(): void {
    if (this.timer !== null) this.clearTimer(this.timer)
    this.timer = null
    const at = this.schedule?.nextAt
    if (this.stopped || at === null || at === undefined) return
    this.timer = this.setTimer(
      () => {
        this.timer = null
        void this.syncNow()
      },
      Math.max(0, at - this.now()),
    )
  }

  private emit(running = this.current !== null): void {
    if (this.schedule) this.deps.onStatus({ running, schedule: this.schedule, report: this.report })
  }
}
