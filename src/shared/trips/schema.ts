// The trip model, and the only definition of a valid trip: every writer (the form, imports,
// restore, the database) checks with these schemas through validate.ts. Validation messages are
// i18n keys (validation.*) so the UI can show them in either language next to the field they name.
import { z } from 'zod'
import { durationMinutes, isDateString, TIME_RE } from '../calendar/dates'

export const MODES = [
  'metro',
  'cityBus',
  'crossBus',
  'hsr',
  'train',
  'taxi',
  'car',
  'bike',
  'walk',
] as const
export type Mode = (typeof MODES)[number]

export const DIRECTIONS = ['toWork', 'toHome', 'other'] as const
export type Direction = (typeof DIRECTIONS)[number]

export const PAYMENT_KINDS = ['card', 'cash', 'ticket', 'app'] as const
export type PaymentKind = (typeof PAYMENT_KINDS)[number]

/**
 * The app a phone payment went through (kind 'app'): a ride code or ticket paid in Alipay or WeChat
 * Pay, or 'other' when the record names none (a bank or card statement).
 */
export const PAY_APPS = ['alipay', 'wechat', 'other'] as const
export type PayApp = (typeof PAY_APPS)[number]

/** ¥10,000 is the largest fare a leg may have. */
export const MAX_FARE_FEN = 1_000_000
export const MIN_LEG_MINUTES = 1
export const MAX_LEG_MINUTES = 600
/** The earliest trip date accepted; anything before is a typo (1900) rather than a commute. */
export const MIN_TRIP_DATE = '2000-01-01'
export const MAX_LEGS = 20
export const MAX_TAGS = 20
export const MAX_TAG_LENGTH = 30
export const MAX_PLACE_LENGTH = 100
export const MAX_LINE_LENGTH = 50
export const MAX_NOTE_LENGTH = 2000
export const MAX_TEMPLATE_NAME_LENGTH = 60
/** Tags are written to one CSV cell separated by ';', so a tag may not hold one. */
export const TAG_SEPARATOR_RE = /[;；]/

export const uuidSchema = z.uuid({ message: 'validation.id' })
export const dateSchema = z.string().refine(isDateString, { message: 'validation.date' })
export const timeSchema = z.string().regex(TIME_RE, { message: 'validation.time' })

export const paymentSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('card'),
      cardId: z.string().min(1, { message: 'validation.card' }),
    }),
    z.object({ kind: z.literal('cash') }),
    z.object({ kind: z.literal('ticket') }),
    z.object({ kind: z.literal('app'), app: z.enum(PAY_APPS, { message: 'validation.payment' }) }),
  ],
  { message: 'validation.payment' },
)
export type Payment = z.infer<typeof paymentSchema>

/** Where an imported leg came from: the bill's source and its own number for the payment. */
export const BILL_SOURCES = ['alipay', 'wechat', 'rail12306', 'csv'] as const
export type BillSource = (typeof BILL_SOURCES)[number]
export const MAX_ORDER_NO_LENGTH = 120
export const legBillSchema = z.object({
  source: z.enum(BILL_SOURCES, { message: 'validation.invalid' }),
  orderNo: z
    .string()
    .min(1, { message: 'validation.invalid' })
    .max(MAX_ORDER_NO_LENGTH, { message: 'validation.tooLong' }),
})
export type LegBill = z.infer<typeof legBillSchema>

export const legSchema = z.object({
  mode: z.enum(MODES, { message: 'validation.mode' }),
  from: z.string().max(MAX_PLACE_LENGTH, { message: 'validation.tooLong' }),
  to: z.string().max(MAX_PLACE_LENGTH, { message: 'validation.tooLong' }),
  line: z.string().max(MAX_LINE_LENGTH, { message: 'validation.tooLong' }),
  payment: paymentSchema,
  fareFen: z
    .number({ message: 'validation.fare' })
    .int({ message: 'validation.fare' })
    .min(0, { message: 'validation.fareRange' })
    .max(MAX_FARE_FEN, { message: 'validation.fareRange' }),
  minutes: z
    .number({ message: 'validation.minutes' })
    .int({ message: 'validation.minutes' })
    .min(MIN_LEG_MINUTES, { message: 'validation.minutesRange' })
    .max(MAX_LEG_MINUTES, { message: 'validation.minutesRange' })
    .nullable(),
  /**
   * Set on legs imported from a bill; re-importing the same payment then adds nothing. On a rail
   * leg it names the 12306 ticket once one is known, else the payment.
   */
  bill: legBillSchema.optional(),
  /**
   * Rail legs whose `bill` is a 12306 ticket: the Alipay, WeChat or statement payment that bought
   * it, so the same ticket seen in a bill and in a 12306 mail stays one leg.
   */
  paidBy: legBillSchema.optional(),
  /** Rail legs: the e-invoice (电子发票) was requested from 12306. Absent = not yet. */
  invoice: z.boolean({ message: 'validation.invalid' }).optional(),
})
export type Leg = z.infer<typeof legSchema>

/** Rail legs are the ones 12306 issues e-invoices for. */
export function isRailMode(mode: Mode): boolean {
  return mode === 'hsr' || mode === 'train'
}

export const tagSchema = z
  .string()
  .min(1, { message: 'validation.tag' })
  .max(MAX_TAG_LENGTH, { message: 'validation.tag' })
  .refine((t) => t.trim() === t && !TAG_SEPARATOR_RE.test(t), { message: 'validation.tag' })

/** The part of a trip a user fills in; a saved commute holds the same minus the date. */
export const tripBodySchema = z.object({
  direction: z.enum(DIRECTIONS, { message: 'validation.direction' }),
  legs: z
    .array(legSchema)
    .min(1, { message: 'validation.legsRequired' })
    .max(MAX_LEGS, { message: 'validation.tooManyLegs' }),
  departTime: timeSchema.nullable(),
  arriveTime: timeSchema.nullable(),
  note: z.string().max(MAX_NOTE_LENGTH, { message: 'validation.tooLong' }),
  tags: z.array(tagSchema).max(MAX_TAGS, { message: 'validation.tooManyTags' }),
})
export type TripBody = z.infer<typeof tripBodySchema>

const tripDateSchema = dateSchema.refine((d) => d >= MIN_TRIP_DATE, {
  message: 'validation.dateTooEarly',
})

export const tripSchema = tripBodySchema.extend({
  id: uuidSchema,
  date: tripDateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Trip = z.infer<typeof tripSchema>

/** A trip as typed, before it has an id and timestamps. */
export const tripDraftSchema = tripBodySchema.extend({ date: tripDateSchema })

/** A saved commute: a trip without a date, logged for any day in one click. */
export const commuteTemplateSchema = tripBodySchema.extend({
  id: uuidSchema,
  name: z
    .string()
    .min(1, { message: 'validation.nameRequired' })
    .max(MAX_TEMPLATE_NAME_LENGTH, { message: 'validation.tooLong' }),
  order: z.number().int(),
  createdAt: z.string(),
})
export type CommuteTemplate = z.infer<typeof commuteTemplateSchema>

/**
 * Depart → arrive may cross midnight, but a door-to-door time outside 1–600 minutes is a typo
 * (08:00 → 07:59 would otherwise count as almost a day). Kept out of the object schemas so they
 * can still be picked and extended. A malformed time has its own message and is not judged here.
 */
export function tripTimesAreValid(t: Pick<TripBody, 'departTime' | 'arriveTime'>): boolean {
  const { departTime: d, arriveTime: a } = t
  if (typeof d !== 'string' || typeof a !== 'string' || !TIME_RE.test(d) || !TIME_RE.test(a))
    return true
  const m = durationMinutes(d, a)
  return m >= MIN_LEG_MINUTES && m <= MAX_LEG_MINUTES
}

const timesRule = {
  message: 'validation.durationRange',
  path: ['arriveTime'],
}

const futureRule = { message: 'validation.dateFuture', path: ['date'] }

/** Trips and drafts dated no later than tomorrow (relative to `tomorrowDate`). */
function schemasUntil(tomorrowDate: string) {
  const notAfter = (t: { date: string }) => t.date <= tomorrowDate
  return {
    tomorrowDate,
    trip: tripSchema.refine(notAfter, futureRule).refine(tripTimesAreValid, timesRule),
    draft: tripDraftSchema.refine(notAfter, futureRule).refine(tripTimesAreValid, timesRule),
  }
}
// Built once per "tomorrow": an import checks every row against the same schema.
let current = schemasUntil('')

function until(tomorrowDate: string): typeof current {
  if (current.tomorrowDate !== tomorrowDate) current = schemasUntil(tomorrowDate)
  return current
}

export function tripSchemaUntil(tomorrowDate: string) {
  return until(tomorrowDate).trip
}

export function tripDraftSchemaUntil(tomorrowDate: string) {
  return until(tomorrowDate).draft
}

/** A saved commute as it may be written. */
export const validTemplateSchema = commuteTemplateSchema.refine(tripTimesAreValid, timesRule)

export function tripFareFen(trip: Pick<Trip, 'legs'>): number {
  return trip.legs.reduce((sum, l) => sum + l.fareFen, 0)
}
