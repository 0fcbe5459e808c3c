// Every documented layout and variation, read from fixture files built to bill-formats.md.
import { describe, expect, test } from 'vitest'
import { readBill, readPastedBill, MAX_BILL_BYTES } from '@shared/bills/read'
import { readFileSync } from 'node:fs'
import { decodeText } from '@shared/csv/decode'
import {
  guessMapping,
  headerKey,
  mappingIsComplete,
  readMappedCsv,
  type ColumnMapping,
} from '@shared/bills/mapped-csv'
import { fixture, PASSWORD, read, readFile, TOMORROW } from './helpers'

describe('Alipay', () => {
  test.each([
    ['alipay-gbk.csv', 'gbk'],
    ['alipay-gb18030.csv', 'gbk'],
    ['alipay-utf8.csv', 'utf-8'],
  ])(
    '%s: both separator wordings, trailing comma, tab-suffixed order numbers',
    async (name, enc) => {
      const file = await readFile(name)
      expect(file.layout).toBe('alipayCsv')
      expect(file.encoding).toBe(enc)
      expect(file.rows).toHaveLength(10)
      expect(file.invalid).toEqual([])
      const metro = file.rows.find((r) => r.orderNo === '2026110322001400002')!
      expect(metro).toMatchObject({
        source: 'alipay',
        merchantOrderNo: 'T2026110300002',
        date: '2026-11-03',
        time: '08:05',
        amountFen: 500,
        flow: 'out',
        status: 'ok',
        counterparty: '上海公共交通卡股份有限公司',
        text: '上海地铁-莘庄-人民广场',
      })
      expect(file.rows.map((r) => r.status)).toContain('refund')
      expect(file.rows.filter((r) => r.status === 'failed')).toHaveLength(1)
      expect(file.rows.filter((r) => r.flow === 'in')).toHaveLength(1)
    },
  )

  test('GB18030 text outside GBK is read', async () => {
    // The fixture's preamble holds 㐀, which only GB18030 encodes; the rows still read.
    const bytes = fixture('alipay-gb18030.csv')
    expect(decodeText(bytes).text).toContain('张㐀')
    expect((await readFile('alipay-gb18030.csv')).rows).toHaveLength(10)
  })

  test.each(['alipay_record_20261201_0900.zip', 'alipay_record_aes.zip'])(
    '%s (ZipCrypto and AES) asks for the password, refuses a wrong one, reads with the right one',
    async (name) => {
      expect(await read(name)).toEqual({ kind: 'password', wrong: false })
      expect(await read(name, '000000')).toEqual({ kind: 'password', wrong: true })
      const file = await readFile(name, PASSWORD)
      expect(file.layout).toBe('alipayZip')
      expect(file.encoding).toBe('gbk')
      expect(file.rows).toHaveLength(10)
    },
  )
})

describe('WeChat Pay', () => {
  test.each([
    ['wechat.xlsx', 'wechatXlsx'],
    ['wechat.csv', 'wechatCsv'],
  ])('%s: 16-row preamble, separator, ¥1,234.56 amounts', async (name, layout) => {
    const file = await readFile(name)
    expect(file.layout).toBe(layout)
    expect(file.rows).toHaveLength(7)
    expect(file.invalid).toEqual([])
    expect(file.rows.find((r) => r.counterparty === '美团')!.amountFen).toBe(123456)
    // A number cell (xlsx) and its text twin (CSV) read the same.
    expect(file.rows.find((r) => r.orderNo === '4200002026110400004')).toMatchObject({
      amountFen: 200,
      date: '2026-11-04',
      time: '08:35',
      status: 'ok',
    })
    expect(file.rows.find((r) => r.orderNo === '4200002026110500001')!.status).toBe('refunded')
    expect(file.rows.find((r) => r.counterparty === '王五')!.flow).toBe('in')
    expect(file.rows.filter((r) => r.status === 'failed')).toHaveLength(1)
  })
})

describe('12306 order mail', () => {
  const tickets = [
    {
      date: '2026-11-06',
      time: '07:12',
      from: '上海虹桥',
      to: '嘉兴南',
      line: 'G7501',
      mode: 'hsr',
      amountFen: 3150,
      orderNo: 'E123456789/2026-11-06/G7501/05车12A号',
    },
    {
      date: '2026-11-06',
      time: '18:05',
      from: '嘉兴南',
      to: '上海虹桥',
      line: 'G7512',
      mode: 'hsr',
      amountFen: 3150,
    },
  ]
  test('pasted as text', () => {
    const r = readPastedBill(readFileSync('tests/fixtures/bills/rail-order.txt', 'utf8'), {
      tomorrow: TOMORROW,
    })
    expect(r.kind === 'file' && r.file.rows).toMatchObject(tickets)
  })
  test.each(['rail-order-qp.eml', 'rail-order-gbk-base64.eml'])(
    '%s: quoted-printable UTF-8 and base64 GBK HTML',
    async (name) => {
      const file = await readFile(name)
      expect(file.layout).toBe('rail12306Mail')
      expect(file.rows).toMatchObject(tickets)
      // The passenger (for the preview's choice), the order and the day it was bought.
      expect(file.rows.map((r) => [r.passenger, r.order, r.boughtOn])).toEqual([
        ['张三', 'E123456789', '2026-11-05'],
        ['张三', 'E123456789', '2026-11-05'],
      ])
    },
  )
  test('a refund mail gives the ticket back', () => {
    const r = readPastedBill(readFileSync('tests/fixtures/bills/rail-refund.txt', 'utf8'), {
      tomorrow: TOMORROW,
    })
    expect(r.kind === 'file' && r.file.rows).toMatchObject([
      { status: 'refund', flow: 'in', merchantOrderNo: 'E123456789/2026-11-06/G7512/03车08F号' },
    ])
  })
})

describe('bad input: a clear message naming the problem', () => {
  test.each([
    ['not-a-bill.png', 'bills.error.wrongType'],
    ['unknown-layout.csv', 'bills.error.unknownLayout'],
    ['alipay_record_truncated.zip', 'bills.error.damaged'],
  ])('%s', async (name, message) => {
    const r = await read(name, PASSWORD)
    expect(r.kind === 'error' && r.error.message).toBe(message)
  })

  test('an empty file and one over the size limit', async () => {
    const empty = await readBill('x.csv', new Uint8Array(0), { tomorrow: TOMORROW })
    expect(empty.kind === 'error' && empty.error.message).toBe('bills.error.empty')
    const huge = await readBill('x.csv', new Uint8Array(60 * 1024 * 1024), { tomorrow: TOMORROW })
    expect(huge.kind === 'error' && huge.error).toEqual({
      message: 'bills.error.tooLarge',
      params: { size: '60.0', max: MAX_BILL_BYTES / 1024 / 1024 },
    })
  })

  test.each([
    ['alipay-amount-1e309.csv', 'amount', 'bills.row.amount', '1e309'],
    ['alipay-amount-minus-zero.csv', 'amount', 'bills.row.amount', '-0'],
    ['alipay-date-1999.csv', 'time', 'bills.row.dateRange', '1999-12-31 08:00:00'],
    ['alipay-date-2099.csv', 'time', 'bills.row.dateRange', '2099-01-01 08:00:00'],
  ])(
    '%s: the row is named with its line, column and value',
    async (name, field, message, value) => {
      const file = await readFile(name)
      expect(file.invalid).toEqual([{ at: 27, field, message, value }])
      expect(file.rows).toHaveLength(9)
    },
  )

  test('a truncated CSV names the cut-off row', async () => {
    const file = await readFile('alipay-truncated.csv')
    expect(file.invalid.map((i) => [i.at, i.message])).toEqual([
      [29, 'bills.row.amount'],
      [29, 'bills.row.orderNo'],
    ])
  })

  test('a CSV in another layout asks for a column mapping', async () => {
    const r = await read('bank.csv')
    expect(r.kind).toBe('mapping')
    expect(r.kind === 'mapping' && r.table.header).toEqual([
      '记账日期',
      '交易时间',
      '交易金额',
      '摘要',
      '对方户名',
    ])
  })
})

describe('any other CSV through a column mapping', () => {
  test('a bank statement: spending written negative, identical rows told apart', async () => {
    const r = await read('bank.csv')
    if (r.kind !== 'mapping') throw new Error(r.kind)
    const guess = guessMapping(r.table.header)
    expect(guess.columns).toMatchObject({
      date: '记账日期',
      amount: '交易金额',
      description: '摘要',
    })
    const mapping: ColumnMapping = {
      columns: { ...guess.columns, time: '交易时间' },
      spending: 'negative',
    }
    expect(mappingIsComplete(r.table.header, mapping)).toBe(true)
    const file = readMappedCsv(r.table, mapping, TOMORROW)
    expect(file.invalid).toEqual([])
    expect(file.rows.map((x) => [x.date, x.time, x.amountFen, x.flow])).toEqual([
      ['2026-11-06', '07:50', 400, 'out'],
      ['2026-11-06', '12:00', 3000, 'out'],
      ['2026-11-06', '18:20', 400, 'out'],
      ['2026-11-07', '09:00', 200000, 'in'],
    ])
    const again = readMappedCsv(r.table, mapping, TOMORROW)
    expect(again.rows.map((x) => x.orderNo)).toEqual(file.rows.map((x) => x.orderNo))
    expect(new Set(file.rows.map((x) => x.orderNo)).size).toBe(4)
    expect(headerKey(r.table.header)).toBe(r.key)
  })

  test('-0 and 1e309 in a mapped amount are refused', () => {
    const table = {
      header: ['日期', '金额', '摘要'],
      records: [
        { line: 2, cells: ['2026-11-06', '-0', '地铁'] },
        { line: 3, cells: ['2026-11-06', '1e309', '地铁'] },
      ],
    }
    const m: ColumnMapping = {
      columns: {
        date: '日期',
        time: '',
        amount: '金额',
        description: '摘要',
        from: '',
        to: '',
        mode: '',
      },
      spending: 'positive',
    }
    const file = readMappedCsv(table, m, TOMORROW)
    expect(file.rows).toEqual([])
    expect(file.invalid.map((i) => [i.at, i.message])).toEqual([
      [2, 'bills.row.amount'],
      [3, 'bills.row.amount'],
    ])
  })
})
