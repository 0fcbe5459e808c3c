// A hand-written twin of tripSchemaUntil / validTemplateSchema. Imports check up to 100,000 rows,
// where zod's per-object overhead dominates; these checks are exact equivalents (check.test.ts
// compares both on thousands of generated inputs) and build the same stripped output.
import { regexes } from 'zod'
import { isDateString, TIME_RE } from '../calendar/dates'
import {
  BILL_SOURCES,
  DIRECTIONS,
  MAX_FARE_FEN,
  MAX_LEG_MINUTES,
  MAX_LEGS,
  MAX_LINE_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_ORDER_NO_LENGTH,
  MAX_PLACE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEMPLATE_NAME_LENGTH,
  MIN_LEG_MINUTES,
  MIN_TRIP_DATE,
  MODES,
  TAG_SEPARATOR_RE,
  tripTimesAreValid,
  type CommuteTemplate,
  type Direction,
  type Leg,
  type LegBill,
  type Mode,
  type Payment,
  type Trip,
  type TripBody,
} from './schema'

/** One problem with one field: `path` is dotted ('legs.0.fareFen'), `message` an i18n key. */
export interface FieldIssue {
  path: string
  message: string
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

/** Structural problems (wrong type, missing field) that no form can produce. */
export const INVALID = 'validation.invalid'

const UUID_RE = regexes.uuid()
const modeSet: ReadonlySet<string> = new Set(MODES)
const directionSet: ReadonlySet<string> = new Set(DIRECTIONS)

type Issues = FieldIssue[]

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

// Paths are built only when there is an issue: imports check hundreds of thousands of legs.
function at(base: string, field: string): string {
  return base === '' ? field : base + '.' + field
}

function str(
  v: unknown,
  base: string,
  field: string,
  max: number,
  message: string,
  issues: Issues,
): string {
  if (typeof v !== 'string') {
    issues.push({ path: at(base, field), message: INVALID })
    return ''
  }
  if (v.length > max) issues.push({ path: at(base, field), message })
  return v
}

function int(
  v: unknown,
  base: string,
  field: string,
  min: number,
  max: number,
  typeMessage: string,
  rangeMessage: string,
  issues: Issues,
): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
    issues.push({ path: at(base, field), message: typeMessage })
    return 0
  }
  if (v < min || v > max) issues.push({ path: at(base, field), message: rangeMessage })
  return v
}

function time(v: unknown, path: string, issues: Issues): string | null {
  if (v === null) return null
  if (typeof v !== 'string') issues.push({ path, message: INVALID })
  else if (!TIME_RE.test(v)) issues.push({ path, message: 'validation.time' })
  return v as string
}

const CASH: Payment = Object.freeze({ kind: 'cash' })
const TICKET: Payment = Object.freeze({ kind: 'ticket' })

function payment(v: unknown, base: string, issues: Issues): Payment {
  if (!isObject(v)) {
    issues.push({ path: at(base, 'payment'), message: 'validation.payment' })
    return CASH
  }
  const kind = v.kind
  if (kind === 'cash') return { kind }
  if (kind === 'ticket') return { kind }
  if (kind !== 'card') {
    issues.push({ path: at(base, 'payment.kind'), message: 'validation.payment' })
    return TICKET
  }
  const cardId = v.cardId
  if (typeof cardId !== 'string')
    issues.push({ path: at(base, 'payment.cardId'), message: INVALID })
  else if (cardId.length < 1)
    issues.push({ path: at(base, 'payment.cardId'), message: 'validation.card' })
  return { kind: 'card', cardId: cardId as string }
}

function leg(v: unknown, i: number, issues: Issues): Leg {
  if (!isObject(v)) {
    issues.push({ path: `legs.${i}`, message: INVALID })
    return undefined as unknown as Leg
  }
  const before = issues.length
  const base = 'legs.' + i
  const mode = v.mode
  if (typeof mode !== 'string' || !modeSet.has(mode))
    issues.push({ path: at(base, 'mode'), message: 'validation.mode' })
  const from = str(v.from, base, 'from', MAX_PLACE_LENGTH, 'validation.tooLong', issues)
  const to = str(v.to, base, 'to', MAX_PLACE_LENGTH, 'validation.tooLong', issues)
  const line = str(v.line, base, 'line', MAX_LINE_LENGTH, 'validation.tooLong', issues)
  const pay = payment(v.payment, base, issues)
  const fareFen = int(
    v.fareFen,
    base,
    'fareFen',
    0,
    MAX_FARE_FEN,
    'validation.fare',
    'validation.fareRange',
    issues,
  )
  const minutes =
    v.minutes === null
      ? null
      : int(
          v.minutes,
          base,
          'minutes',
          MIN_LEG_MINUTES,
          MAX_LEG_MINUTES,
          'validation.minutes',
          'validation.minutesRange',
          issues,
        )
  const bill = v.bill === undefined ? undefined : legBill(v.bill, base, issues)
  if (v.invoice !== undefined && typeof v.invoice !== 'boolean')
    issues.push({ path: at(base, 'invoice'), message: INVALID })
  if (issues.length > before) return undefined as unknown as Leg
  const out: Leg = { mode: mode as Mode, from, to, line, payment: pay, fareFen, minutes }
  if (bill) out.bill = bill
  if (v.invoice !== undefined) out.invoice = v.invoice as boolean
  return out
}

const billSourceSet: ReadonlySet<string> = new Set(BILL_SOURCES)

function legBill(v: unknown, base: string, issues: Issues): LegBill | undefined {
  if (!isObject(v) || typeof v.source !== 'string' || !billSourceSet.has(v.source)) {
    issues.push({ path: at(base, 'bill'), message: INVALID })
    return undefined
  }
  const orderNo = str(
    v.orderNo,
    base,
    'bill.orderNo',
    MAX_ORDER_NO_LENGTH,
    'validation.tooLong',
    issues,
  )
  if (orderNo === '' && typeof v.orderNo === 'string')
    issues.push({ path: at(base, 'bill.orderNo'), message: INVALID })
  return { source: v.source as LegBill['source'], orderNo }
}

function tags(v: unknown, issues: Issues): string[] {
  if (!Array.isArray(v)) {
    issues.push({ path: 'tags', message: INVALID })
    return []
  }
  for (let i = 0; i < v.length; i++) {
    const t: unknown = v[i]
    if (typeof t !== 'string') issues.push({ path: `tags.${i}`, message: INVALID })
    else if (
      t.length < 1 ||
      t.length > MAX_TAG_LENGTH ||
      t.trim() !== t ||
      TAG_SEPARATOR_RE.test(t)
    )
      issues.push({ path: `tags.${i}`, message: 'validation.tag' })
  }
  if (v.length > MAX_TAGS) issues.push({ path: 'tags', message: 'validation.tooManyTags' })
  return v.slice() as string[]
}

function body(v: Record<string, unknown>, issues: Issues): TripBody {
  const direction = v.direction
  if (typeof direction !== 'string' || !directionSet.has(direction))
    issues.push({ path: 'direction', message: 'validation.direction' })
  const rawLegs = v.legs
  const legs: Leg[] = []
  if (!Array.isArray(rawLegs)) issues.push({ path: 'legs', message: INVALID })
  else {
    for (let i = 0; i < rawLegs.length; i++) legs.push(leg(rawLegs[i], i, issues))
    if (rawLegs.length < 1) issues.push({ path: 'legs', message: 'validation.legsRequired' })
    else if (rawLegs.length > MAX_LEGS)
      issues.push({ path: 'legs', message: 'validation.tooManyLegs' })
  }
  const departTime = time(v.departTime, 'departTime', issues)
  const arriveTime = time(v.arriveTime, 'arriveTime', issues)
  const note = str(v.note, '', 'note', MAX_NOTE_LENGTH, 'validation.tooLong', issues)
  return {
    direction: direction as Direction,
    legs,
    departTime,
    arriveTime,
    note,
    tags: tags(v.tags, issues),
  }
}

function checkId(v: unknown, issues: Issues): string {
  if (typeof v !== 'string' || !UUID_RE.test(v))
    issues.push({ path: 'id', message: 'validation.id' })
  return v as string
}

function plainString(v: unknown, path: string, issues: Issues): string {
  if (typeof v !== 'string') issues.push({ path, message: INVALID })
  return v as string
}

/** Only judged when both times are well formed; a malformed time has its own message. */
function timesIssue(b: TripBody, issues: Issues): void {
  const wellFormed = (t: string | null): boolean =>
    t === null || (typeof t === 'string' && TIME_RE.test(t))
  if (wellFormed(b.departTime) && wellFormed(b.arriveTime) && !tripTimesAreValid(b))
    issues.push({ path: 'arriveTime', message: 'validation.durationRange' })
}

/** Same verdict and output as tripSchemaUntil(tomorrowDate).safeParse(value). */
export function checkTrip(value: unknown, tomorrowDate: string): CheckResult<Trip> {
  if (!isObject(value)) return { ok: false, issues: [{ path: '', message: INVALID }] }
  const issues: Issues = []
  const b = body(value, issues)
  const id = checkId(value.id, issues)
  const date = value.date
  if (typeof date !== 'string') issues.push({ path: 'date', message: INVALID })
  else if (!isDateString(date)) issues.push({ path: 'date', message: 'validation.date' })
  else if (date < MIN_TRIP_DATE) issues.push({ path: 'date', message: 'validation.dateTooEarly' })
  else if (date > tomorrowDate) issues.push({ path: 'date', message: 'validation.dateFuture' })
  const createdAt = plainString(value.createdAt, 'createdAt', issues)
  const updatedAt = plainString(value.updatedAt, 'updatedAt', issues)
  timesIssue(b, issues)
  if (issues.length > 0) return { ok: false, issues }
  // A literal in schema key order, not a spread: this runs once per imported trip.
  const trip: Trip = {
    direction: b.direction,
    legs: b.legs,
    departTime: b.departTime,
    arriveTime: b.arriveTime,
    note: b.note,
    tags: b.tags,
    id,
    date: date as string,
    createdAt,
    updatedAt,
  }
  return { ok: true, value: trip }
}

/** Same verdict and output as validTemplateSchema.safeParse(value). */
export function checkTemplate(value: unknown): CheckResult<CommuteTemplate> {
  if (!isObject(value)) return { ok: false, issues: [{ path: '', message: INVALID }] }
  const issues: Issues = []
  const b = body(value, issues)
  const id = checkId(value.id, issues)
  const name = value.name
  if (typeof name !== 'string') issues.push({ path: 'name', message: INVALID })
  else if (name.length < 1) issues.push({ path: 'name', message: 'validation.nameRequired' })
  else if (name.length > MAX_TEMPLATE_NAME_LENGTH)
    issues.push({ path: 'name', message: 'validation.tooLong' })
  const order = value.order
  if (typeof order !== 'number' || !Number.isSafeInteger(order))
    issues.push({ path: 'order', message: INVALID })
  const createdAt = plainString(value.createdAt, 'createdAt', issues)
  timesIssue(b, issues)
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, value: { ...b, id, name: name as string, order: order as number, createdAt } }
}

/** The first message for each path, for showing next to fields. */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const i of issues) if (!(i.path in out)) out[i.path] = i.message
  return out
}
