import { describe, expect, it } from 'vitest'
import {
  formatHlc,
  HLC_ZERO,
  HlcClock,
  hlcNode,
  isHlc,
  parseHlc,
} from '../../../../src/shared/sync/hlc'

const A = 'aaaaaaaaaaaaaaaa'
const B = 'bbbbbbbbbbbbbbbb'

describe('hybrid logical clock', () => {
  it('formats and parses stamps that sort as strings in time order', () => {
    const s = formatHlc({ millis: Date.parse('2026-12-06T08:30:00Z'), counter: 10, node: A })
    expect(s).toBe('2026-12-06T08:30:00.000Z-000A-aaaaaaaaaaaaaaaa')
    expect(parseHlc(s)).toEqual({
      millis: Date.parse('2026-12-06T08:30:00Z'),
      counter: 10,
      node: A,
    })
    expect(hlcNode(s)).toBe(A)
    expect(isHlc('2026-12-06T08:30:00.000Z-000A-AAAA')).toBe(false)
    expect(HLC_ZERO < s).toBe(true)
  })

  it('never runs backwards when the wall clock does', () => {
    let now = 1_000_000
    const c = new HlcClock(A, () => now)
    const first = c.send()
    now -= 60_000
    const second = c.send()
    expect(second > first).toBe(true)
    expect(parseHlc(second)!.counter).toBe(1)
  })

  it('stamps after a remote stamp even when that clock is an hour ahead', () => {
    const now = Date.parse('2026-12-06T08:00:00Z')
    const a = new HlcClock(A, () => now)
    const b = new HlcClock(B, () => now + 3600_000)
    const remote = b.send()
    a.recv(remote)
    expect(a.send() > remote).toBe(true)
  })

  it('resumes from the last stamp it persisted', () => {
    const c = new HlcClock(A, () => 5)
    const s = c.send()
    const again = new HlcClock(A, () => 1, s)
    expect(again.send() > s).toBe(true)
  })

  it('refuses a node id that is not 16 hex digits', () => {
    expect(() => new HlcClock('device-1')).toThrow()
  })
})
