// Checking a trip, a draft or a saved commute with the schemas in schema.ts, as a list of
// per-field messages. Every writer uses these: the form, CSV and JSON import, restore, db/.
import type { z } from 'zod'
import type { TripDraft } from './draft'
import {
  tripDraftSchemaUntil,
  tripSchemaUntil,
  validTemplateSchema,
  type CommuteTemplate,
  type Trip,
} from './schema'

/** One problem with one field: `path` is dotted ('legs.0.fareFen'), `message` an i18n key. */
export interface FieldIssue {
  path: string
  message: string
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/** Structural problems (wrong type, missing field) that no form can produce. */
export const INVALID = 'validation.invalid'

function result<T>(r: z.ZodSafeParseResult<T>): CheckResult<T> {
  if (r.success) return { ok: true, value: r.data }
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message.startsWith('validation.') ? i.message : INVALID,
    })),
  }
}

/** A stored or imported trip, dated no later than `tomorrowDate`; unknown fields are dropped. */
export function checkTrip(value: unknown, tomorrowDate: string): CheckResult<Trip> {
  return result(tripSchemaUntil(tomorrowDate).safeParse(value))
}

/** What the entry form produced, before it gets an id: the same rules as checkTrip. */
export function checkDraft(draft: TripDraft, tomorrowDate: string): CheckResult<TripDraft> {
  return result(tripDraftSchemaUntil(tomorrowDate).safeParse(draft))
}

export function checkTemplate(value: unknown): CheckResult<CommuteTemplate> {
  return result(validTemplateSchema.safeParse(value))
}

/** The first message for each path, for showing next to fields. */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const i of issues) if (!(i.path in out)) out[i.path] = i.message
  return out
}
