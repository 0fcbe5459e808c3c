// Types of the test servers (plain .mjs, shared with the Playwright tests and the benchmark).
declare module '*/servers/webdav.mjs' {
  export interface Webdav {
    url: string
    port: number
    dir: string
    user: string
    password: string
    stop(): Promise<void>
  }
  export function startWebdav(): Promise<Webdav>
  export function freePort(): Promise<number>
}
declare module '*/servers/fault-proxy.mjs' {
  export interface FaultProxy {
    url: string
    counts: { total: number; faults: number; byMethod: Record<string, number> }
    plan(entries: ({ status: number; retryAfter?: number } | null)[]): void
    readonly remaining: number
    stop(): Promise<void>
  }
  export function startFaultProxy(opts: { target: string }): Promise<FaultProxy>
}
