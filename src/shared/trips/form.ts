// The entry form's model: what the user types (strings) and how it becomes a TripDraft. Messages
// use the same paths as the schema ('legs.0.fareFen'), so every message lands next to its field.
import { durationMinutes, normaliseTime } from '../calendar/dates'
import { fenToYuan } from '../money/fen'
import { parseYuan } from '../money/parse'
import { parseTags, type TripDraft } from './draft'
import { paymentFromValue, paymentValue } from './payment'
import {
  isRailMode,
  type Direction,
  type Leg,
  type LegBill,
  type Mode,
  type TripBody,
} from './schema'
import type { FieldIssue } from './validate'

export interface LegForm {
  mode: Mode
  from: string
  to: string
  line: string
  /** A payment as paymentValue writes it: 'cash', 'ticket', 'card:<card id>', 'app:alipay' … */
  payment: string
  /** Yuan as typed: "24.5". */
  fare: string
  minutes: string
  /** Rail legs: the e-invoice was requested. */
  invoice: boolean
  /** The bill an imported leg came from, kept through edits so re-importing adds nothing. */
  bill?: LegBill
  /** A rail leg's payment of its 12306 ticket (schema.ts), kept through edits like `bill`. */
  paidBy?: LegBill
}

export interface TripForm {
  date: string
  direction: Direction
  departTime: string
  arriveTime: string
  legs: LegForm[]
  note: string
  /** Tags as typed, separated by commas or spaces. */
  tags: string
}

export function emptyLeg(over: Partial<LegForm> = {}): LegForm {
  return {
    mode: 'metro',
    from: '',
    to: '',
    line: '',
    payment: '',
    fare: '',
    minutes: '',
    invoice: false,
    ...over,
  }
}

/** A new leg continues where the previous one ended and pays the same way. */
export function nextLeg(prev: LegForm | undefined): LegForm {
  return emptyLeg(prev ? { from: prev.to, payment: prev.payment } : {})
}

export function emptyForm(date: string): TripForm {
  return {
    date,
    direction: 'toWork',
    departTime: '',
    arriveTime: '',
    legs: [emptyLeg()],
    note: '',
    tags: '',
  }
}

/**
 * The form for `body` on `date`. Editing keeps each leg's bill and e-invoice flag; a copy (repeat,
 * duplicate) is a new trip and starts without them.
 */
export function formFromBody(body: TripBody, date: string, editing = false): TripForm {
  return {
    date,
    direction: body.direction,
    departTime: body.departTime ?? '',
    arriveTime: body.arriveTime ?? '',
    legs: body.legs.map((l) => ({
      mode: l.mode,
      from: l.from,
      to: l.to,
      line: l.line,
      payment: paymentValue(l.payment),
      fare: fenToYuan(l.fareFen),
      minutes: l.minutes === null ? '' : String(l.minutes),
      invoice: editing && l.invoice === true,
      ...(editing && l.bill ? { bill: { ...l.bill } } : {}),
      ...(editing && l.paidBy ? { paidBy: { ...l.paidBy } } : {}),
    })),
    note: body.note,
    tags: body.tags.join(', '),
  }
}

/** Door-to-door minutes from the typed times, or null until both are valid. */
export function formDuration(f: Pick<TripForm, 'departTime' | 'arriveTime'>): number | null {
  const d = normaliseTime(f.departTime)
  const a = normaliseTime(f.arriveTime)
  return d && a ? durationMinutes(d, a) : null
}

/** Whether arrive is on the day after depart. */
export function crossesMidnight(f: Pick<TripForm, 'departTime' | 'arriveTime'>): boolean {
  const d = normaliseTime(f.departTime)
  const a = normaliseTime(f.arriveTime)
  return d !== null && a !== null && a < d
}

/**
 * Reads the form. Problems only the form can have (a fare that is not a number, no payment
 * chosen) come back as issues; the range rules are checkDraft's.
 */
export function draftFromForm(f: TripForm): { draft: TripDraft; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const time = (v: string, path: string): string | null => {
    if (v.trim() === '') return null
    const t = normaliseTime(v)
    if (t === null) issues.push({ path, message: 'validation.time' })
    return t ?? v
  }
  const legs = f.legs.map((l, i) => {
    const payment = paymentFromValue(l.payment)
    if (!payment) issues.push({ path: `legs.${i}.payment`, message: 'validation.payment' })
    let fareFen = 0
    if (l.fare.trim() === '')
      issues.push({ path: `legs.${i}.fareFen`, message: 'validation.required' })
    else {
      const fare = parseYuan(l.fare)
      if (!fare.ok) issues.push({ path: `legs.${i}.fareFen`, message: fare.error })
      else fareFen = fare.fen
    }
    let minutes: number | null = null
    const m = l.minutes.trim()
    if (m !== '') {
      if (/^\d+$/.test(m)) minutes = Number(m)
      else issues.push({ path: `legs.${i}.minutes`, message: 'validation.minutes' })
    }
    const leg: Leg = {
      mode: l.mode,
      from: l.from,
      to: l.to,
      line: l.line,
      payment: payment ?? { kind: 'cash' as const },
      fareFen,
      minutes,
    }
    if (l.bill) leg.bill = { ...l.bill }
    if (l.paidBy) leg.paidBy = { ...l.paidBy }
    if (isRailMode(l.mode)) leg.invoice = l.invoice
    return leg
  })
  const draft: TripDraft = {
    date: f.date.trim(),
    direction: f.direction,
    legs,
    departTime: time(f.departTime, 'departTime'),
    arriveTime: time(f.arriveTime, 'arriveTime'),
    note: f.note,
    tags: parseTags(f.tags),
  }
  return { draft, issues }
}
