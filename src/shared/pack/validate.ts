// Checks a pack file as a whole: shape (zod), unique ids, every reference resolves, and the
// checksum matches; a format-2 pack also keeps the honesty rules of rules.ts. Each problem names where it is and what is wrong, so an import can be refused
// with a message a pack editor can act on.
import type { z } from 'zod'
import { packChecksum } from './checksum'
import { ruleProblems } from './rules'
import { packSchema, type Pack, type PackSection } from './schema'
import { PACK_SECTIONS } from './vocabulary'

export type PackProblemCode = 'schema' | 'duplicateId' | 'danglingRef' | 'rule' | 'checksum'

export interface PackProblem {
  code: PackProblemCode
  /** Where, e.g. `busLines[2].fares[0].sourceIds[1]` (with the record id when known). */
  path: string
  /** What is wrong, in English (logs, tests). */
  message: string
  /** The same for the interface to word in its language; absent where only `message` says it. */
  detail?: ProblemDetail
}

/** A message key (the datapack namespace's `problemDetail`) and its values. */
export interface ProblemDetail {
  key: string
  params: Record<string, string | number>
}

/** Zod's issue, as a key and values the interface can word; custom checks keep their text. */
function issueDetail(issue: z.core.$ZodIssue): ProblemDetail | undefined {
  const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ')
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'invalidType', params: { expected: issue.expected } }
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { key: 'empty', params: {} }
        : { key: `tooSmall.${issue.origin}`, params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      return { key: `tooBig.${issue.origin}`, params: { maximum: Number(issue.maximum) } }
    case 'invalid_value':
      return { key: 'notOneOf', params: { values: list(issue.values) } }
    case 'unrecognized_keys':
      return { key: 'unknownKeys', params: { keys: issue.keys.join(', ') } }
    default:
      return undefined
  }
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] }

/** Enough to fix a file without drowning the message. */
const MAX_PROBLEMS = 50

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('')
}

function schemaProblems(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => {
    const detail = issueDetail(issue)
    return {
      code: 'schema',
      path: formatPath(issue.path) || '(file)',
      message: issue.message,
      ...(detail && { detail }),
    }
  })
}

/** Keys anywhere in a record whose value is a list of source ids. */
const SOURCE_LIST_KEYS = new Set(['sourceIds', 'statusSourceIds'])

function sourceRefs(value: unknown, path: string, out: { path: string; id: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => sourceRefs(v, `${path}[${i}]`, out))
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, v] of Object.entries(value)) {
    if (SOURCE_LIST_KEYS.has(key) && Array.isArray(v)) {
      v.forEach((id, i) => out.push({ path: `${path}.${key}[${i}]`, id: String(id) }))
    } else {
      sourceRefs(v, `${path}.${key}`, out)
    }
  }
}

function recordPath(section: PackSection, index: number, id: string): string {
  return `${section}[${index}] (${id})`
}

function duplicateProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = []
  for (const section of PACK_SECTIONS) {
    const seen = new Set<string>()
    pack[section].forEach((record, i) => {
      if (seen.has(record.id)) {
        problems.push({
          code: 'duplicateId',
          path: recordPath(section, i, record.id),
          message: `duplicate id "${record.id}" in ${section}`,
          detail: { key: 'duplicateId', params: { id: record.id, section } },
        })
      }
      seen.add(record.id)
    })
  }
  const pairs = new Set<string>()
  pack.acceptance.forEach((a, i) => {
    const key = `${a.cardTypeId}|${a.system}`
    if (pairs.has(key)) {
      problems.push({
        code: 'duplicateId',
        path: recordPath('acceptance', i, a.id),
        message: `a second rule for card type "${a.cardTypeId}" on ${a.system}`,
        detail: { key: 'duplicateRule', params: { cardTypeId: a.cardTypeId, system: a.system } },
      })
    }
    pairs.add(key)
  })
  return problems
}

function referenceProblems(pack: Pack): PackProblem[] {
  const ids = (section: PackSection) => new Set(pack[section].map((r) => r.id))
  const sources = ids('sources')
  const targets = {
    cardTypes: ids('cardTypes'),
    stations: ids('stations'),
    busLines: ids('busLines'),
    hospitals: ids('hospitals'),
    places: ids('places'),
    fareRules: ids('fareRules'),
  }
  const problems: PackProblem[] = []
  const check = (kind: keyof typeof targets | 'sources', id: string | null, path: string) => {
    const known = kind === 'sources' ? sources : targets[kind]
    if (id !== null && !known.has(id)) {
      problems.push({
        code: 'danglingRef',
        path,
        message: `"${id}" is not in ${kind}`,
        detail: { key: 'danglingRef', params: { id, section: kind } },
      })
    }
  }

  for (const section of PACK_SECTIONS) {
    pack[section].forEach((record, i) => {
      const refs: { path: string; id: string }[] = []
      sourceRefs(record, recordPath(section, i, record.id), refs)
      refs.forEach((r) => check('sources', r.id, r.path))
    })
  }
  pack.acceptance.forEach((a, i) =>
    check('cardTypes', a.cardTypeId, `${recordPath('acceptance', i, a.id)}.cardTypeId`),
  )
  pack.railLinks.forEach((l, i) => {
    const at = recordPath('railLinks', i, l.id)
    check('stations', l.fromStationId, `${at}.fromStationId`)
    check('stations', l.toStationId, `${at}.toStationId`)
    l.fareRuleIds.forEach((r, j) => check('fareRules', r, `${at}.fareRuleIds[${j}]`))
  })
  pack.stations.forEach((s, i) =>
    check('places', s.placeId, `${recordPath('stations', i, s.id)}.placeId`),
  )
  pack.busLines.forEach((b, i) =>
    b.connections.forEach((c, j) => {
      const at = `${recordPath('busLines', i, b.id)}.connections[${j}]`
      check('stations', c.stationId, `${at}.stationId`)
      check('busLines', c.busLineId, `${at}.busLineId`)
    }),
  )
  pack.plannedLines.forEach((p, i) =>
    p.stationIds.forEach((s, j) =>
      check('stations', s, `${recordPath('plannedLines', i, p.id)}.stationIds[${j}]`),
    ),
  )
  pack.places.forEach((p, i) => {
    const at = recordPath('places', i, p.id)
    p.stationIds.forEach((s, j) => check('stations', s, `${at}.stationIds[${j}]`))
    p.busLineIds.forEach((b, j) => check('busLines', b, `${at}.busLineIds[${j}]`))
    p.parentIds.forEach((id, j) => check('places', id, `${at}.parentIds[${j}]`))
    p.access.forEach((a, j) => check('stations', a.stationId, `${at}.access[${j}].stationId`))
  })
  pack.medicalRules.forEach((m, i) =>
    m.hospitalIds.forEach((h, j) =>
      check('hospitals', h, `${recordPath('medicalRules', i, m.id)}.hospitalIds[${j}]`),
    ),
  )
  pack.partnerships.forEach((p, i) => {
    const at = recordPath('partnerships', i, p.id)
    check('hospitals', p.hospitalId, `${at}.hospitalId`)
    check('hospitals', p.partnerId, `${at}.partnerId`)
  })
  return problems
}

/**
 * Validates a parsed pack file: shape, unique ids, references, then the checksum (only once the
 * content itself is sound, so a broken file reports its real problems first).
 */
export async function validatePack(json: unknown): Promise<PackResult> {
  const parsed = packSchema.safeParse(json)
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(parsed.error).slice(0, MAX_PROBLEMS) }
  }
  const pack = parsed.data
  const problems = [...duplicateProblems(pack), ...referenceProblems(pack), ...ruleProblems(pack)]
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }

  const actual = await packChecksum(json as object)
  if (actual !== pack.sha256) {
    return {
      ok: false,
      problems: [
        {
          code: 'checksum',
          path: 'sha256',
          message: `checksum mismatch: the file says ${pack.sha256}, its content hashes to ${actual}`,
          detail: { key: 'checksum', params: { stated: pack.sha256, actual } },
        },
      ],
    }
  }
  return { ok: true, pack }
}
