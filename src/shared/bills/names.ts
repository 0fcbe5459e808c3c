// Stop and line names from a bill, matched to the service pack as the trip form offers them: a
// station or place found under any of its names is written as the pack's Chinese name; anything
// else is kept as the bill wrote it (without a trailing 站).

export interface NamedRecord {
  /** The name the trip form suggests (the pack's Chinese name). */
  name: string
  /** Every other name it is known by: English, former names, aliases. */
  aliases: readonly string[]
}

export interface BusLineRecord {
  name: string
  /** A cross-province or demonstration-zone line (mode crossBus) rather than a city line. */
  cross: boolean
}

export interface PackNames {
  stops: readonly NamedRecord[]
  busLines: readonly BusLineRecord[]
}

export const NO_PACK_NAMES: PackNames = { stops: [], busLines: [] }

export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .trim()
    .replace(/(火车站|站)$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

export class NameMatcher {
  private readonly stops = new Map<string, string>()
  private readonly lines: { digits: string; rec: BusLineRecord }[] = []

  constructor(names: PackNames) {
    for (const r of names.stops)
      for (const n of [r.name, ...r.aliases]) {
        const k = normaliseName(n)
        if (k && !this.stops.has(k)) this.stops.set(k, r.name)
      }
    for (const l of names.busLines) {
      const d = /(\d+)\s*路/.exec(l.name)?.[1] ?? /示范区(\d+)/.exec(l.name)?.[1]
      if (d) this.lines.push({ digits: d, rec: l })
    }
  }

  /** The pack's name for a stop, or the bill's own text without 站. */
  stop(raw: string): string {
    const k = normaliseName(raw)
    return this.stops.get(k) ?? raw.trim().replace(/(火车站|站)$/, '')
  }

  /** The pack's bus line a bill's "328路" or "示范区3路" names, when there is exactly one. */
  busLine(token: string): BusLineRecord | null {
    const d = /(\d+)/.exec(token)?.[1]
    if (!d) return null
    const demo = /示范区/.test(token)
    const hits = this.lines.filter(
      (l) =>
        l.digits === d &&
        (!demo || /示范区/.test(l.rec.name)) &&
        (demo || !/示范区\d/.test(l.rec.name)),
    )
    return hits.length === 1 ? hits[0]!.rec : null
  }
}
