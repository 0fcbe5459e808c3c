// Which payments are rides: the counterparty (or, failing that, the description) names a transit
// operator — the Shanghai transport card company, a metro or bus operator, Jiaxing's buses, 12306
// / China Railway, or a ride-code service. Card top-ups and deposits are not rides (the rides are
// paid from the card later), and ride-hailing is not transit.
import type { Mode } from '../trips/schema'

export const OPERATOR_IDS = ['shCard', 'shMetro', 'shBus', 'jxBus', 'rail', 'rideCode'] as const
export type OperatorId = (typeof OPERATOR_IDS)[number]

interface Operator {
  id: OperatorId
  re: RegExp
  /** The mode when the row's text names none. */
  mode: Mode
}

/** In order: the first that matches wins (the card company before "上海…公共交通"). */
const OPERATORS: readonly Operator[] = [
  { id: 'shCard', re: /上海公共交通卡|上海交通卡|交通卡股份/, mode: 'metro' },
  { id: 'shMetro', re: /申通地铁|上海地铁|上海轨道交通|Metro大都会|地铁大都会/i, mode: 'metro' },
  { id: 'rail', re: /12306|中国铁路|国铁|铁路客户服务|铁路网络/, mode: 'hsr' },
  {
    id: 'jxBus',
    re: /嘉兴.{0,6}(公交|公共交通|巴士)|嘉通行|(嘉善|平湖|海宁|桐乡|海盐).{0,4}公交/,
    mode: 'cityBus',
  },
  {
    id: 'shBus',
    re: /久事公交|巴士(公交|集团|股份)|(浦东|金山|松江|青浦|嘉定|闵行|奉贤|南汇|上海).{0,4}(公交|客运)|上海.{0,4}公共交通/,
    mode: 'cityBus',
  },
  { id: 'rideCode', re: /乘车码|交通联合|公交卡|乘车卡/, mode: 'metro' },
]

const NOT_A_RIDE_RE = /充值|押金|开卡|退卡|换卡|年费|补卡/

export function operatorOf(counterparty: string, text: string): Operator | null {
  if (NOT_A_RIDE_RE.test(text)) return null
  for (const source of [counterparty, text])
    for (const o of OPERATORS) if (o.re.test(source)) return o
  return null
}
