// Planned lines on a timeline: every dated milestone, oldest first, grouped by year. A planned
// (target) date that has passed is flagged: the pack has no later source saying it happened.
import type { DatedFact, PlannedLine } from '../pack/schema'

export type When = 'past' | 'current' | 'future'

export interface TimelineEntry {
  line: PlannedLine
  milestone: DatedFact
  when: When
  /** A target date that is already behind us with no source confirming it was met. */
  overdue: boolean
}

export interface TimelineYear {
  year: string
  entries: TimelineEntry[]
}

/** Compares a partial date (yyyy | yyyy-MM | yyyy-MM-dd) with today at the partial date's precision. */
export function whenIs(partialDate: string, today: string): When {
  const now = today.slice(0, partialDate.length)
  return partialDate < now ? 'past' : partialDate > now ? 'future' : 'current'
}

export function plannedTimeline(lines: readonly PlannedLine[], today: string): TimelineYear[] {
  const entries: TimelineEntry[] = lines.flatMap((line) =>
    line.milestones.map((milestone) => {
      const when = whenIs(milestone.date, today)
      return { line, milestone, when, overdue: milestone.planned === true && when === 'past' }
    }),
  )
  entries.sort((a, b) =>
    a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : 0,
  )
  const years: TimelineYear[] = []
  for (const entry of entries) {
    const year = entry.milestone.date.slice(0, 4)
    const last = years[years.length - 1]
    if (last && last.year === year) last.entries.push(entry)
    else years.push({ year, entries: [entry] })
  }
  return years
}
