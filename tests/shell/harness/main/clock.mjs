// @ts-check
// The main process's clock: `new Date()` and `Date.now()` read a time the test sets, which then
// runs on in real time (or stays frozen). Node's timers are not faked: main has no timer whose
// firing a test needs to drive.

const RealDate = Date

/** @param {number | null} start epoch ms to start at, or null for the real time */
export function installClock(start) {
  let offset = start === null ? 0 : start - RealDate.now()
  /** @type {number | null} */
  let frozen = null
  const now = () => frozen ?? RealDate.now() + offset

  class ClockDate extends RealDate {
    /** @param {any[]} args */
    constructor(...args) {
      if (args.length === 0) super(now())
      else super(.../** @type {[any]} */ (args))
    }
    /** @override */
    static now() {
      return now()
    }
    /**
     * Dates made before the clock was installed (or by Node itself) are still Dates.
     * @override
     * @param {unknown} value
     */
    static [Symbol.hasInstance](value) {
      return value instanceof RealDate
    }
  }
  globalThis.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (ClockDate))

  return {
    now,
    /** @param {{ time: number, freeze?: boolean }} t */
    set({ time, freeze = false }) {
      offset = time - RealDate.now()
      frozen = freeze ? time : null
    },
  }
}
