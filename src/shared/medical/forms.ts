// From what the user typed to a record, or to one message per field. Amounts arrive as yuan
// strings and leave as fen; nothing is written unless every field is valid.
import { parseYuan } from '../money/parse'
import {
  filingSchemaUntil,
  visitSchemaUntil,
  type ClaimStatus,
  type DocumentItem,
  type Filing,
  type Visit,
} from './schema'

export type FieldErrors = Record<string, string>
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

export interface VisitForm {
  date: string
  /** A pack hospital id, or '' for a name typed by the user. */
  hospitalId: string
  hospitalName: string
  department: string
  total: string
  direct: string
  outOfPocket: string
  claimStatus: ClaimStatus
  reimbursed: string
  documents: DocumentItem[]
  note: string
}

/** Where a record comes from: a new id and times, or the stored record being edited. */
export interface RecordContext {
  id: string
  now: string
  tomorrow: string
  createdAt?: string
}

/** Zod paths → the form's field names. */
const VISIT_FIELD: Record<string, string> = {
  totalFen: 'total',
  directFen: 'direct',
  outOfPocketFen: 'outOfPocket',
  'claim.reimbursedFen': 'reimbursed',
  'claim.status': 'claimStatus',
  'claim.documents': 'documents',
}

const CROSS_AMOUNT = new Set(['validation.amountsExceedTotal', 'validation.reimbursedExceedsPaid'])

function collect(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  names: Record<string, string>,
  errors: FieldErrors,
): void {
  for (const issue of issues) {
    const path = issue.path.map(String).join('.')
    const field = names[path] ?? path
    errors[field] ??= issue.message
  }
}

/** '' → 0 for optional amounts; otherwise yuan → fen, or an error key. */
function amount(raw: string, required: boolean): number | string {
  const s = raw.trim()
  if (s === '') return required ? 'validation.required' : 0
  const r = parseYuan(s)
  if (!r.ok) return r.error === 'validation.moneyNotNumber' ? 'validation.amount' : r.error
  if (r.fen < 0) return 'validation.amountRange'
  return r.fen
}

export function parseVisitForm(form: VisitForm, ctx: RecordContext): Parsed<Visit> {
  const errors: FieldErrors = {}
  const money: Record<'total' | 'direct' | 'outOfPocket', number> = {
    total: 0,
    direct: 0,
    outOfPocket: 0,
  }
  for (const key of ['total', 'direct', 'outOfPocket'] as const) {
    const r = amount(form[key], key === 'total')
    if (typeof r === 'string') errors[key] = r
    else money[key] = r
  }
  let reimbursedFen: number | null = null
  if (form.claimStatus === 'reimbursed') {
    const r = amount(form.reimbursed, true)
    if (typeof r === 'string') errors['reimbursed'] = r
    else reimbursedFen = r
  }
  const hospitalId = form.hospitalId === '' ? null : form.hospitalId
  const candidate = {
    id: ctx.id,
    date: form.date.trim(),
    hospitalId,
    hospitalName: hospitalId === null ? form.hospitalName.trim() : '',
    department: form.department.trim(),
    totalFen: money.total,
    directFen: money.direct,
    outOfPocketFen: money.outOfPocket,
    claim: { status: form.claimStatus, reimbursedFen, documents: form.documents },
    note: form.note.trim(),
    createdAt: ctx.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  }
  const amountsParsed = Object.keys(errors).length === 0
  const result = visitSchemaUntil(ctx.tomorrow).safeParse(candidate)
  if (result.success && amountsParsed) return { ok: true, value: result.data }
  if (!result.success) {
    // Comparing amounts is meaningless while one of them did not parse.
    const issues = result.error.issues.filter((i) => amountsParsed || !CROSS_AMOUNT.has(i.message))
    collect(issues, VISIT_FIELD, errors)
  }
  return { ok: false, errors }
}

export interface FilingForm {
  type: string
  insuredIn: string
  scheme: string
  city: string
  date: string
  validUntil: string
  note: string
}

export function parseFilingForm(form: FilingForm, ctx: RecordContext): Parsed<Filing> {
  const validUntil = form.validUntil.trim()
  const result = filingSchemaUntil(ctx.tomorrow).safeParse({
    id: ctx.id,
    type: form.type,
    insuredIn: form.insuredIn,
    scheme: form.scheme,
    city: form.city,
    date: form.date.trim(),
    validUntil: validUntil === '' ? null : validUntil,
    note: form.note.trim(),
    createdAt: ctx.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  })
  if (result.success) return { ok: true, value: result.data }
  const errors: FieldErrors = {}
  collect(result.error.issues, {}, errors)
  return { ok: false, errors }
}
