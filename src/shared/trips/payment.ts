// A leg's payment as one string, for the entry form's select, the CSV payment cell and a trip's
// identity: 'cash', 'ticket', 'card:<card id>' or 'app:<alipay|wechat|other>'.
import { PAY_APPS, type PayApp, type Payment } from './schema'

export function paymentValue(p: Payment): string {
  if (p.kind === 'card') return `card:${p.cardId}`
  if (p.kind === 'app') return `app:${p.app}`
  return p.kind
}

export function paymentFromValue(v: string): Payment | null {
  if (v === 'cash' || v === 'ticket') return { kind: v }
  if (v.startsWith('card:') && v.length > 5) return { kind: 'card', cardId: v.slice(5) }
  const app = v.startsWith('app:') ? v.slice(4) : ''
  if ((PAY_APPS as readonly string[]).includes(app)) return { kind: 'app', app: app as PayApp }
  return null
}
