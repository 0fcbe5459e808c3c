// @ts-check
// What every part of the electron stand-in shares: strict objects, Electron-style events, and the
// record the test process reads.

/**
 * @typedef {{ call(op: string, payload?: unknown): Promise<any>, note(op: string, payload?: unknown): void,
 *   handlers: Record<string, (payload: any) => unknown> }} Rpc
 * @typedef {{ appRoot: string, userData: string, home: string, locale: string, packaged: boolean,
 *   singleInstanceLock: boolean, argv: string[], electronVersion: string, chromeVersion: string }} Options
 * @typedef {{ preventDefault(): void, readonly defaultPrevented: boolean, sender?: unknown } & Record<string, unknown>} StandInEvent
 * @typedef {{ rpc: Rpc, clock: { now(): number }, options: Options,
 *   record(kind: string, data?: Record<string, unknown>): void, problem(message: string): void }} Ctx
 */

const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', '__esModule', 'default', 'inspect'])

/**
 * An object whose unknown properties throw: a main-process call the stand-in does not model shows
 * up as an error naming it.
 * @template {object} T
 * @param {T} target
 * @param {string} name
 * @returns {T}
 */
export function strict(target, name) {
  return new Proxy(target, {
    get(t, p, receiver) {
      if (typeof p === 'symbol' || p in t || PASS_THROUGH.has(p)) return Reflect.get(t, p, receiver)
      throw new Error(`electron stand-in (tests/shell): ${name}.${p} is not modelled`)
    },
  })
}

/**
 * @param {unknown} sender
 * @param {Record<string, unknown>} [extra]
 * @returns {StandInEvent}
 */
export function makeEvent(sender, extra = {}) {
  let prevented = false
  return {
    ...extra,
    sender,
    preventDefault() {
      prevented = true
    },
    get defaultPrevented() {
      return prevented
    },
  }
}

/** Only plain data crosses to the test process's record. @param {unknown} value */
export function plain(value) {
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === 'function' ? '[function]' : v)) ?? 'null',
  )
}

/**
 * @param {Rpc} rpc
 * @param {{ now(): number }} clock
 * @param {Options} options
 * @returns {Ctx}
 */
export function createCtx(rpc, clock, options) {
  return {
    rpc,
    clock,
    options,
    record: (kind, data = {}) => rpc.note('record', { kind, at: clock.now(), ...plain(data) }),
    problem: (message) => rpc.note('problem', { message }),
  }
}
