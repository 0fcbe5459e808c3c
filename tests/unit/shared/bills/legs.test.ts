// Which rows become legs, what is skipped and why, refunds, and mode, stops and line from text.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readPastedBill } from '@shared/bills/read'
import { sortRows } from '@shared/bills/legs'
import { operatorOf } from '@shared/bills/operators'
import type { BillRow } from '@shared/bills/types'
import { names, readFile, TOMORROW } from './helpers'

const row = (over: Partial<BillRow>): BillRow => ({
  source: 'alipay',
  at: 2,
  orderNo: 'o1',
  merchantOrderNo: '',
  date: '2026-11-03',
  time: '08:00',
  amountFen: 400,
  flow: 'out',
  status: 'ok',
  category: '交通出行',
  counterparty: '',
  text: '',
  ...over,
})

describe('an Alipay bill', () => {
  test('three rides; skipped rows counted by reason; the refunded ticket cancelled', async () => {
    const sorted = sortRows((await readFile('alipay-gbk.csv')).rows, names)
    expect(sorted.skipped).toEqual({
      notTransit: 3,
      refund: 2,
      failed: 1,
      income: 1,
      otherPassenger: 0,
    })
    expect(
      sorted.legs.map((l) => [l.date, l.time, l.mode, l.from, l.to, l.line, l.fareFen]),
    ).toEqual([
      ['2026-11-03', '08:05', 'metro', '莘庄', '人民广场', '', 500],
      ['2026-11-03', '07:02', 'hsr', '上海虹桥', '嘉兴南', 'G7501', 3150],
      ['2026-11-02', '18:31', 'metro', '人民广场', '莘庄', '', 500],
    ])
    // G7512 was refunded: no leg for it.
    expect(sorted.legs.some((l) => l.line === 'G7512')).toBe(false)
  })
})

describe('a WeChat bill', () => {
  test('the station named with 火车站 is the pack station; a bus line is kept', async () => {
    const sorted = sortRows((await readFile('wechat.xlsx')).rows, names)
    expect(sorted.skipped).toEqual({
      notTransit: 1,
      refund: 1,
      failed: 1,
      income: 1,
      otherPassenger: 0,
    })
    expect(sorted.legs.map((l) => [l.mode, l.from, l.to, l.line, l.fareFen, l.operator])).toEqual([
      ['cityBus', '', '', 'K1路', 200, 'jxBus'],
      ['hsr', '上海虹桥', '嘉兴南', 'G7505', 3150, 'rail'],
      ['metro', '莘庄', '上海虹桥', '', 600, 'shMetro'],
    ])
  })
})

describe('transit rules', () => {
  test.each([
    ['上海公共交通卡股份有限公司', '上海地铁-A-B', 'shCard'],
    ['上海申通地铁集团有限公司', '', 'shMetro'],
    ['上海久事公交', '', 'shBus'],
    ['嘉兴市公共交通有限公司', '', 'jxBus'],
    ['嘉通行', '', 'jxBus'],
    ['中国铁路网络有限公司', '', 'rail'],
    ['铁路12306', '', 'rail'],
    ['支付宝', '乘车码 公交', 'rideCode'],
  ])('%s %s → %s', (counterparty, text, id) => {
    expect(operatorOf(counterparty, text)?.id).toBe(id)
  })

  test.each([
    ['滴滴出行', '快车'],
    ['上海公共交通卡股份有限公司', '交通卡充值'],
    ['沪上小馆', '午餐'],
  ])('%s %s is not a ride', (counterparty, text) => {
    expect(operatorOf(counterparty, text)).toBeNull()
  })

  test('without stops or line in the text the leg keeps the operator name and empty stops', () => {
    const { legs } = sortRows(
      [row({ counterparty: '上海申通地铁集团有限公司', text: '乘车' })],
      names,
    )
    expect(legs[0]).toMatchObject({
      mode: 'metro',
      from: '',
      to: '',
      line: '上海申通地铁集团有限公司',
    })
  })

  test('火车票 without a train number is a rail ticket of no particular kind: high-speed by default', () => {
    const { legs } = sortRows(
      [row({ counterparty: '中国铁路网络有限公司', text: '火车票' })],
      names,
    )
    expect(legs[0]).toMatchObject({ mode: 'hsr', operator: 'rail' })
    const slow = sortRows(
      [row({ counterparty: '中国铁路', text: '普速火车 K1234 嘉兴-上海' })],
      names,
    )
    expect(slow.legs[0]).toMatchObject({ mode: 'train', line: 'K1234' })
  })

  test('a cross-province bus line from the pack is crossBus', () => {
    const { legs } = sortRows([row({ counterparty: '嘉善公交', text: '328路 乘车' })], names)
    expect(legs[0]).toMatchObject({ mode: 'crossBus', line: '嘉善328路' })
  })

  test('a fare above ¥10,000 is not read as a ride', () => {
    const r = sortRows([row({ counterparty: '中国铁路', amountFen: 1_000_001 })], names)
    expect(r.legs).toEqual([])
    expect(r.invalid).toMatchObject([{ at: 2, message: 'validation.fareRange' }])
  })

  test('a refund sharing the merchant number cancels its ride only', () => {
    const r = sortRows(
      [
        row({ orderNo: 'a', merchantOrderNo: 'm1', counterparty: '中国铁路', text: 'G1 A-B' }),
        row({ orderNo: 'b', merchantOrderNo: 'm2', counterparty: '中国铁路', text: 'G2 A-B' }),
        row({
          orderNo: 'c',
          merchantOrderNo: 'm1',
          status: 'refund',
          flow: 'neutral',
          counterparty: '中国铁路',
        }),
      ],
      names,
    )
    expect(r.legs.map((l) => l.orderNo)).toEqual(['b'])
    expect(r.skipped.refund).toBe(2)
  })
})

describe('a 12306 mail with tickets for several passengers', () => {
  const rows = (() => {
    const r = readPastedBill(readFileSync('tests/fixtures/bills/rail-order-family.txt', 'utf8'), {
      tomorrow: TOMORROW,
    })
    if (r.kind !== 'file') throw new Error(r.kind)
    return r.file.rows
  })()

  test('names its passengers and imports only the one who is the user', () => {
    const sorted = sortRows(rows, names, '张三')
    expect(sorted.passengers).toEqual(['张三', '李四', '张小宝'])
    expect(sorted.legs.map((l) => [l.date, l.time, l.line, l.fareFen])).toEqual([
      ['2026-11-10', '07:12', 'G7501', 3150],
    ])
    expect(sorted.skipped.otherPassenger).toBe(2)
    // What the order came to, every passenger's tickets: what one payment for it is.
    expect(sorted.legs[0]!.order).toEqual({
      no: 'E223456789',
      totalFen: 7850,
      boughtOn: '2026-11-08',
    })
    // A leg keeps no name.
    expect(JSON.stringify(sorted.legs)).not.toMatch(/张三|李四|张小宝/)
  })

  test('until the user says which passenger they are, no ticket is imported', () => {
    const sorted = sortRows(rows, names)
    expect(sorted.legs).toEqual([])
    expect(sorted.skipped.otherPassenger).toBe(3)
  })

  test('a bill without passengers names none', async () => {
    expect(sortRows((await readFile('alipay-gbk.csv')).rows, names).passengers).toEqual([])
  })
})
