// Types of fault-proxy.mjs.
export interface FaultProxy {
  url: string
  counts: { total: number; faults: number; byMethod: Record<string, number> }
  /** The answers for the next requests, in order; null forwards a request. */
  plan(entries: ({ status: number; retryAfter?: number } | null)[]): void
  readonly remaining: number
  stop(): Promise<void>
}
export function startFaultProxy(opts: { target: string }): Promise<FaultProxy>
