// Hybrid logical clock (Kulkarni et al. 2014) in the string form Actual Budget uses: an ISO time,
// a 4-hex-digit counter and a 16-hex-digit node, so two stamps compare as plain strings. Written
// here rather than taken from @actual-app/crdt: its clock is one module-wide singleton that reads
// Date.now() itself (three simulated devices in one process need three clocks with their own
// time), it throws when a peer's stamp is 5 minutes ahead (devices here may be an hour apart and
// must still converge; a far-ahead clock is reported by the engine instead), and importing it
// brings a protobuf runtime the file format does not use.

/** A stamp: `2026-12-06T08:30:00.000Z-0000-0123456789abcdef`. */
export type Hlc = string

export const HLC_ZERO: Hlc = '1970-01-01T00:00:00.000Z-0000-0000000000000000'

const HLC_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/
const MAX_COUNTER = 0xffff
export const NODE_RE = /^[0-9a-f]{16}$/

export interface HlcParts {
  millis: number
  counter: number
  node: string
}

export function formatHlc({ millis, counter, node }: HlcParts): Hlc {
  return `${new Date(millis).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`
}

export function parseHlc(stamp: string): HlcParts | null {
  const m = HLC_RE.exec(stamp)
  if (!m) return null
  const millis = Date.parse(m[1]!)
  if (!Number.isFinite(millis) || millis < 0) return null
  return { millis, counter: parseInt(m[2]!, 16), node: m[3]! }
}

export const isHlc = (s: unknown): s is Hlc => typeof s === 'string' && parseHlc(s) !== null

export const hlcNode = (stamp: Hlc): string => stamp.slice(-16)
export const hlcMillis = (stamp: Hlc): number => Date.parse(stamp.slice(0, 24))

/** The later of two stamps (either may be missing). */
export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return a > b ? a : b
}

/** A fresh node id: 16 random hex digits. */
export function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** One device's clock. `now` is injected so tests can give each device its own time. */
export class HlcClock {
  private millis: number
  private counter: number

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last: Hlc = HLC_ZERO,
  ) {
    if (!NODE_RE.test(node)) throw new Error(`not a clock node id: ${node}`)
    const p = parseHlc(last) ?? { millis: 0, counter: 0 }
    this.millis = p.millis
    this.counter = p.counter
  }

  /** The last stamp issued or seen: persist it so the clock never runs backwards. */
  get last(): Hlc {
    return formatHlc({ millis: this.millis, counter: this.counter, node: this.node })
  }

  /** A new stamp for a local change, later than every stamp issued or seen so far. */
  send(): Hlc {
    const phys = this.now()
    if (phys > this.millis) {
      this.millis = phys
      this.counter = 0
    } else this.bump()
    return this.last
  }

  /** Takes a remote stamp into account, so later local stamps sort after it. */
  recv(stamp: Hlc): void {
    const p = parseHlc(stamp)
    if (!p) return
    const phys = this.now()
    const millis = Math.max(this.millis, p.millis, phys)
    if (millis === this.millis && millis === p.millis)
      this.counter = Math.max(this.counter, p.counter)
    else if (millis === p.millis) this.counter = p.counter
    else if (millis !== this.millis) this.counter = -1
    this.millis = millis
    this.bump()
  }

  private bump(): void {
    this.counter += 1
    // A burst of more than 65,535 stamps in one millisecond moves on to the next millisecond.
    if (this.counter > MAX_COUNTER) {
      this.millis += 1
      this.counter = 0
    }
  }
}
