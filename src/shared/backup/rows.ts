// Row checks for each user table, with each feature's own schema (trips and saved commutes use the
// trip log's checks), so a restored row obeys exactly the rules a typed one does; the output is the
// checked (stripped) row. Dates are not checked against today: the backup's clock is not ours.
import { z } from 'zod'
import { userCardSchema } from '../cards/schema'
import { filingSchema, visitSchema } from '../medical/schema'
import { checkTemplate, checkTrip, INVALID } from '../trips/validate'
import type { BackupTable } from './format'

export type RowCheck =
  { ok: true; value: Record<string, unknown> } | { ok: false; field: string; message: string }

/** Trips are checked without the "no later than tomorrow" rule: the backup's clock is not ours. */
const ANY_DATE = '9999-12-31'

const settingSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
})

const hospitalNoteSchema = z.object({
  hospitalId: z.string().min(1).max(200),
  favourite: z.boolean(),
  note: z.string().max(2000, { message: 'validation.tooLong' }),
  updatedAt: z.string(),
})

function fromZod(schema: z.ZodType, raw: unknown): RowCheck {
  const r = schema.safeParse(raw)
  if (r.success) return { ok: true, value: r.data as Record<string, unknown> }
  const issue = r.error.issues[0]
  const message = issue?.message.startsWith('validation.') ? issue.message : INVALID
  return { ok: false, field: issue?.path.join('.') ?? '', message }
}

function fromCheck<T>(
  r: { ok: true; value: T } | { ok: false; issues: { path: string; message: string }[] },
): RowCheck {
  if (r.ok) return { ok: true, value: r.value as Record<string, unknown> }
  const issue = r.issues[0]
  return { ok: false, field: issue?.path ?? '', message: issue?.message ?? INVALID }
}

export const rowChecks: Record<BackupTable, (raw: unknown) => RowCheck> = {
  trips: (raw) => fromCheck(checkTrip(raw, ANY_DATE)),
  templates: (raw) => fromCheck(checkTemplate(raw)),
  cards: (raw) => fromZod(userCardSchema, raw),
  settings: (raw) => fromZod(settingSchema, raw),
  hospitalNotes: (raw) => fromZod(hospitalNoteSchema, raw),
  filings: (raw) => fromZod(filingSchema, raw),
  visits: (raw) => fromZod(visitSchema, raw),
}
