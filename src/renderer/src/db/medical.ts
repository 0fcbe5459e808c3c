// The user's filings and visits. Every write validates first and writes nothing when a record is
// bad; writes that touch several rows run in one transaction.
import type { ZodType } from 'zod'
import { tomorrow } from '@shared/calendar/dates'
import {
  filingSchemaUntil,
  visitSchemaUntil,
  type ClaimStatus,
  type Filing,
  type Visit,
} from '@shared/medical/schema'
import { db, type HujiaDb } from './db'

/** Thrown when a record does not validate; `errors` maps field paths to i18n message keys. */
export class MedicalValidationError extends Error {
  constructor(public readonly errors: Record<string, string>) {
    super(
      `invalid medical record: ${Object.entries(errors)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    )
    this.name = 'MedicalValidationError'
  }
}

function check<T>(schema: ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const errors: Record<string, string> = {}
  for (const i of r.error.issues) errors[i.path.map(String).join('.')] ??= i.message
  throw new MedicalValidationError(errors)
}

// ── filings ─────────────────────────────────────────────────────────────────────────────────
export async function saveFiling(filing: Filing, database: HujiaDb = db): Promise<Filing> {
  const valid = check(filingSchemaUntil(tomorrow()), filing)
  await database.filings.put(valid)
  return valid
}

export async function listFilings(database: HujiaDb = db): Promise<Filing[]> {
  return database.filings.orderBy('date').reverse().toArray()
}

export async function deleteFiling(
  id: string,
  database: HujiaDb = db,
): Promise<Filing | undefined> {
  return database.transaction('rw', database.filings, async () => {
    const old = await database.filings.get(id)
    await database.filings.delete(id)
    return old
  })
}

// ── visits and claims ───────────────────────────────────────────────────────────────────────
export async function saveVisit(visit: Visit, database: HujiaDb = db): Promise<Visit> {
  const valid = check(visitSchemaUntil(tomorrow()), visit)
  await database.visits.put(valid)
  return valid
}

/** Newest visit first. */
export async function listVisits(database: HujiaDb = db): Promise<Visit[]> {
  return database.visits.orderBy('date').reverse().toArray()
}

/** Deletes visits and returns them, so the caller can offer an undo. */
export async function deleteVisits(
  ids: readonly string[],
  database: HujiaDb = db,
): Promise<Visit[]> {
  return database.transaction('rw', database.visits, async () => {
    const rows = (await database.visits.bulkGet([...ids])).filter(
      (v): v is Visit => v !== undefined,
    )
    await database.visits.bulkDelete([...ids])
    return rows
  })
}

/** Puts deleted visits back (undo); all or none. */
export async function restoreVisits(
  visits: readonly Visit[],
  database: HujiaDb = db,
): Promise<void> {
  const schema = visitSchemaUntil(tomorrow())
  const valid = visits.map((v) => check(schema, v))
  await database.transaction('rw', database.visits, () => database.visits.bulkPut(valid))
}

async function updateVisits(
  ids: readonly string[],
  change: (v: Visit) => Visit,
  database: HujiaDb,
): Promise<Visit[]> {
  const schema = visitSchemaUntil(tomorrow())
  return database.transaction('rw', database.visits, async () => {
    const rows = await database.visits.bulkGet([...ids])
    const missing = ids.filter((_, i) => rows[i] === undefined)
    if (missing.length > 0) throw new Error(`visits not found: ${missing.join(', ')}`)
    // Validate everything before the first write, so a bad row leaves all rows as they were.
    const next = (rows as Visit[]).map((v) => check(schema, change(v)))
    await database.visits.bulkPut(next)
    return next
  })
}

/**
 * Moves claims to a new status. A reimbursed amount is given only with 'reimbursed' (one visit);
 * any other status clears it.
 */
export async function setClaimStatus(
  ids: readonly string[],
  status: ClaimStatus,
  reimbursedFen: number | null = null,
  database: HujiaDb = db,
): Promise<Visit[]> {
  const now = new Date().toISOString()
  return updateVisits(
    ids,
    (v) => ({
      ...v,
      claim: { ...v.claim, status, reimbursedFen: status === 'reimbursed' ? reimbursedFen : null },
      updatedAt: now,
    }),
    database,
  )
}

export async function setDocumentDone(
  visitId: string,
  documentId: string,
  done: boolean,
  database: HujiaDb = db,
): Promise<Visit> {
  const now = new Date().toISOString()
  const [v] = await updateVisits(
    [visitId],
    (visit) => ({
      ...visit,
      claim: {
        ...visit.claim,
        documents: visit.claim.documents.map((d) => (d.id === documentId ? { ...d, done } : d)),
      },
      updatedAt: now,
    }),
    database,
  )
  return v!
}
