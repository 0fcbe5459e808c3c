// How a ride from a bill was paid. A payment in Alipay or WeChat Pay (or on a statement) is a phone
// or card payment, never cash: it names the user's saved ride code where one fits the operator,
// else the app itself ('app'). A rail leg is a ticket. Schema v6 corrects legs that earlier
// imports recorded as cash.
import { isRailMode, type BillSource, type Mode, type PayApp, type Payment } from '../trips/schema'
import type { OperatorId } from './operators'

/** The ride codes (pack card types) each operator's payments go through, most likely first. */
const RIDE_CODES: Record<OperatorId, readonly string[]> = {
  shCard: ['sh-ride-code'],
  shMetro: ['metro-daduhui', 'sh-ride-code'],
  shBus: ['sh-ride-code'],
  jxBus: ['jiatongxing'],
  rideCode: ['sh-ride-code', 'metro-daduhui', 'jiatongxing'],
  rail: [],
}

/** The app a bill's payments went through; a statement (or a 12306 mail) names none. */
export function appOf(source: BillSource): PayApp {
  return source === 'alipay' || source === 'wechat' ? source : 'other'
}

export interface PaidRide {
  source: BillSource
  mode: Mode
  operator: OperatorId | null
}

export function billPayment(
  b: PaidRide,
  cards: readonly { id: string; typeId: string }[],
): Payment {
  if (isRailMode(b.mode)) return { kind: 'ticket' }
  for (const type of b.operator ? RIDE_CODES[b.operator] : []) {
    const card = cards.find((c) => c.typeId === type)
    if (card) return { kind: 'card', cardId: card.id }
  }
  return { kind: 'app', app: appOf(b.source) }
}

/**
 * Schema v6's upgrade of a stored leg (the Dexie upgrade and the backup upgrade share it): a
 * non-rail leg that holds a payment from an Alipay, WeChat or statement bill and says "cash" was
 * recorded so by an earlier import — the bill shows it was paid in the app. Anything else is
 * returned as it is.
 */
export function withAppPayment<T>(leg: T): T {
  if (leg === null || typeof leg !== 'object') return leg
  const l = leg as { mode?: unknown; payment?: { kind?: unknown }; bill?: { source?: unknown } }
  const source = l.bill?.source
  if (
    l.payment?.kind !== 'cash' ||
    l.mode === 'hsr' ||
    l.mode === 'train' ||
    (source !== 'alipay' && source !== 'wechat' && source !== 'csv')
  )
    return leg
  return { ...leg, payment: { kind: 'app', app: appOf(source) } }
}
