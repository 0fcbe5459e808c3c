// The honesty rules of a format-2 pack that a schema cannot express: a `since` date needs the
// source's words saying "from" (an issue or report date is a note, not a since date); a number
// whose label says it was derived carries the inference flag; every place has a division code or
// a note saying why not; every station says which division it is in. Format-1 files predate
// these rules and are read as before.
import type { DatedFact, Fare, Measure, Pack } from './schema'
import type { PackProblem } from './validate'

/** Words that say a date is the start of something ("自…起", "from", "launched"). */
export const FROM_WORDS =
  /起|开始|自|から|上线|开通|开业|启用|实施|执行|生效|建立|成立|设立|\bfrom\b|\bsince\b|\bstart|\bbegan\b|\blaunch|\bopen|\beffective\b|\bset up\b|\bestablished\b/i

/** Words in a figure's label that say no source states the figure itself. */
export const DERIVED_WORDS =
  /相减|推算|换算|计算得出|估算|derived|subtract|computed|calculated|estimated/i

function sinceProblems(at: string, since: readonly DatedFact[]): PackProblem[] {
  return since.flatMap((entry, i) => {
    const path = `${at}.since[${i}]`
    if (entry.quote && FROM_WORDS.test(entry.quote)) return []
    return [
      {
        code: 'rule',
        path,
        message: entry.quote
          ? `since ${entry.date}: the quoted words do not say "from" ("${entry.quote}")`
          : `since ${entry.date}: no quote from a source that says "from"; an issue or report date belongs in a note`,
        detail: { key: 'sinceWithoutFrom', params: { date: entry.date } },
      },
    ]
  })
}

function derivedProblems(at: string, figures: readonly (Measure | Fare)[]): PackProblem[] {
  return figures.flatMap((f, i) => {
    const label = f.label ? `${f.label.zh} ${f.label.en}` : ''
    if (!DERIVED_WORDS.test(label) || f.inference) return []
    return [
      {
        code: 'rule',
        path: `${at}[${i}]`,
        message: 'a derived figure (its label says so) without `inference: true`',
        detail: { key: 'derivedWithoutInference', params: {} },
      },
    ]
  })
}

const at = (section: string, i: number, id: string) => `${section}[${i}] (${id})`

/** Rule problems of a format-2 pack (none for format 1). */
export function ruleProblems(pack: Pack): PackProblem[] {
  if (pack.format < 2) return []
  const problems: PackProblem[] = []
  pack.acceptance.forEach((a, i) =>
    problems.push(...sinceProblems(at('acceptance', i, a.id), a.since)),
  )
  pack.medicalRules.forEach((m, i) =>
    problems.push(...sinceProblems(at('medicalRules', i, m.id), m.since)),
  )
  pack.partnerships.forEach((p, i) =>
    problems.push(...sinceProblems(at('partnerships', i, p.id), p.since)),
  )
  pack.fareRules.forEach((r, i) =>
    problems.push(...sinceProblems(at('fareRules', i, r.id), r.since)),
  )

  pack.railLinks.forEach((l, i) => {
    problems.push(...derivedProblems(`${at('railLinks', i, l.id)}.minutes`, l.minutes))
    problems.push(...derivedProblems(`${at('railLinks', i, l.id)}.km`, l.km))
    problems.push(...derivedProblems(`${at('railLinks', i, l.id)}.fares`, l.fares))
  })
  pack.busLines.forEach((b, i) => {
    problems.push(...derivedProblems(`${at('busLines', i, b.id)}.minutes`, b.minutes))
    problems.push(...derivedProblems(`${at('busLines', i, b.id)}.km`, b.km))
    problems.push(...derivedProblems(`${at('busLines', i, b.id)}.fares`, b.fares))
  })

  const placeIds = new Set(pack.places.map((p) => p.id))
  pack.places.forEach((p, i) => {
    if (p.code === null && p.codeNote === null) {
      problems.push({
        code: 'rule',
        path: at('places', i, p.id),
        message: 'a place with neither a division code nor a note saying why it has none',
        detail: { key: 'placeWithoutCode', params: { id: p.id } },
      })
    }
    p.replaces.forEach((r, j) => {
      if (r.id !== p.id && placeIds.has(r.id)) {
        problems.push({
          code: 'rule',
          path: `${at('places', i, p.id)}.replaces[${j}]`,
          message: `replaces "${r.id}", which is still a place of its own`,
          detail: { key: 'replacesLivePlace', params: { id: r.id } },
        })
      }
    })
  })
  pack.stations.forEach((s, i) => {
    if (s.placeId === null) {
      problems.push({
        code: 'rule',
        path: at('stations', i, s.id),
        message: 'a station without the division (placeId) it is in',
        detail: { key: 'stationWithoutPlace', params: { id: s.id } },
      })
    }
    s.closures.forEach((c, j) => {
      if (c.to !== null && c.to < c.from) {
        problems.push({
          code: 'rule',
          path: `${at('stations', i, s.id)}.closures[${j}]`,
          message: `a closure that ends (${c.to}) before it starts (${c.from})`,
          detail: { key: 'closureOrder', params: { from: c.from, to: c.to } },
        })
      }
    })
  })
  pack.workCalendars.forEach((c, i) => {
    const days = c.days.flatMap((d) => [...d.off, ...d.work])
    // A notice may make a late-December day of the year before a working day (2018-12-29).
    const outside = days.filter(
      (d) => !d.startsWith(`${c.year}-`) && !d.startsWith(`${c.year - 1}-12-`),
    )
    const seen = new Set<string>()
    const twice = days.filter((d) => (seen.has(d) ? true : (seen.add(d), false)))
    for (const d of [...outside, ...twice]) {
      problems.push({
        code: 'rule',
        path: at('workCalendars', i, c.id),
        message: `${d} is outside ${c.year} or listed twice`,
        detail: { key: 'calendarDay', params: { date: d, year: c.year } },
      })
    }
  })
  return problems
}
