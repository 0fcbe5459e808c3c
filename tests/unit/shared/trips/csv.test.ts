import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normaliseDate, normaliseTime } from '@shared/calendar/dates'
import { CSV_COLUMNS } from '@shared/trips/csv-aliases'
import { csvBytes, tripsToCsv } from '@shared/trips/csv-export'
import { readTripsCsv, type CsvImportContext } from '@shared/trips/csv-import'
import type { ImportSource, RowIssue } from '@shared/trips/import-types'
import type { Trip } from '@shared/trips/schema'
import { CARD_ID, idSequence, leg, trip, uuid } from '../../../fixtures/builders'

const cards = [
  { id: CARD_ID, nickname: '我的嘉兴市民卡' },
  { id: uuid(901), nickname: '上海交通卡' },
]
const ctx = (over: Partial<CsvImportContext> = {}): CsvImportContext => ({
  cards,
  tomorrow: '2025-10-10',
  now: new Date('2025-10-09T12:00:00.000Z'),
  newId: idSequence(),
  ...over,
})

async function read(text: string, over: Partial<CsvImportContext> = {}): Promise<ImportSource> {
  const r = await readTripsCsv(new TextEncoder().encode(text), ctx(over))
  if (!r.ok) throw new Error(r.error.message)
  return r.source
}

function tripsOf(source: ImportSource): Trip[] {
  return source.candidates.map((c) => {
    if (!c.trip) throw new Error(JSON.stringify(c.issues))
    return c.trip
  })
}

function issuesOf(source: ImportSource): RowIssue[] {
  return source.candidates.flatMap((c) => c.issues ?? [])
}

const chineseTrips: Trip[] = [
  trip({
    id: uuid(10),
    note: '早上下雨，G7501 晚点 "5 分钟"\r\n第二行',
    tags: ['雨天', '晚点'],
    legs: [
      leg({
        mode: 'metro',
        from: '莘庄',
        to: '上海虹桥',
        line: '=1号线',
        payment: { kind: 'card', cardId: CARD_ID },
        fareFen: 500,
        minutes: 35,
      }),
      leg({
        from: '上海虹桥',
        to: '嘉兴南',
        line: 'G7501',
        payment: { kind: 'ticket' },
        fareFen: 2450,
        minutes: 28,
      }),
      leg({
        mode: 'crossBus',
        from: '-嘉兴南站',
        to: '@公司, 南湖区',
        line: '+86 嘉兴 K1',
        payment: { kind: 'cash' },
        fareFen: 0,
        minutes: null,
      }),
    ],
  }),
  trip({
    id: uuid(11),
    date: '2025-10-08',
    direction: 'toHome',
    departTime: '23:40',
    arriveTime: '00:50',
    legs: [leg({ payment: { kind: 'card', cardId: uuid(999) } })],
  }),
  trip({
    id: uuid(12),
    date: '2025-10-08',
    direction: 'other',
    departTime: null,
    arriveTime: null,
    note: '',
    legs: [
      leg({
        mode: 'walk',
        from: '',
        to: '',
        line: '',
        payment: { kind: 'cash' },
        fareFen: 0,
        minutes: 12,
      }),
    ],
  }),
]

describe('CSV export', () => {
  const csv = tripsToCsv(chineseTrips, cards)
  const lines = csv.split('\r\n')

  it('starts with a UTF-8 BOM and the documented header, with CRLF line ends', async () => {
    expect([...csvBytes(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(lines[0]).toBe('\uFEFF' + CSV_COLUMNS.join(','))
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('writes one row per leg, oldest first, fare in yuan with two decimals, card by nickname', async () => {
    // 5 legs + header + the trailing empty string; one note holds a CRLF inside quotes.
    const table = csv.replace(/"[^"]*(""[^"]*)*"/g, 'Q')
    expect(table.split('\r\n').filter(Boolean)).toHaveLength(6)
    // In a day, untimed trips come after timed ones (compareChronological).
    expect(lines[1]).toMatch(new RegExp(`^${uuid(11)},2025-10-08,toHome,23:40,00:50,1,hsr,`))
    expect(lines[2]).toBe(
      `${uuid(12)},2025-10-08,other,,,1,walk,,,,cash,,0.00,12,,,2025-10-09T00:00:00.000Z,2025-10-09T00:00:00.000Z,,,,,`,
    )
    expect(csv).toContain(`,1,metro,莘庄,上海虹桥,'=1号线,card,我的嘉兴市民卡,5.00,35,`)
    expect(csv).toContain(',24.50,28,')
  })

  it("carries a leg's e-invoice flag, the bill it came from, its payment's bill and an app payment, and reads them back", async () => {
    const imported = trip({
      legs: [
        leg({
          invoice: true,
          bill: { source: 'rail12306', orderNo: 'E123/2026-11-06/G7501/05车12A号' },
          paidBy: { source: 'alipay', orderNo: '2026110522001400010' },
        }),
        leg({
          mode: 'metro',
          payment: { kind: 'app', app: 'alipay' },
          bill: { source: 'alipay', orderNo: '2026110322001400002' },
        }),
      ],
    })
    const text = tripsToCsv([imported], [])
    expect(text).toContain(
      ',yes,rail12306,E123/2026-11-06/G7501/05车12A号,alipay,2026110522001400010\r\n',
    )
    expect(text).toContain(',metro,上海虹桥,嘉兴南,G7501,app:alipay,,24.50,')
    const r = await readTripsCsv(csvBytes(text), { cards: [], tomorrow: '2026-12-31' })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.source.candidates[0]!.trip!.legs).toEqual(imported.legs)
  })

  it('neutralises cells starting with = + - @ and quotes commas, quotes and line breaks', async () => {
    expect(csv).toContain(`'-嘉兴南站,"@公司, 南湖区"`.replace('"@', `"'@`))
    expect(csv).toContain(`'+86 嘉兴 K1`)
    expect(csv).toContain('"早上下雨，G7501 晚点 ""5 分钟""\r\n第二行"')
  })

  it('writes the id of a card that is gone or shares its nickname', async () => {
    expect(csv).toContain(`,card,${uuid(999)},`)
    const twins = [...cards, { id: uuid(902), nickname: '我的嘉兴市民卡' }]
    expect(tripsToCsv([chineseTrips[0]!], twins)).toContain(`,card,${CARD_ID},`)
  })
})

describe('CSV import', () => {
  it('round-trips Chinese text byte for byte', async () => {
    const bytes = csvBytes(tripsToCsv(chineseTrips, cards))
    const r = await readTripsCsv(bytes, ctx())
    if (!r.ok) throw new Error(r.error.message)
    const back = tripsOf(r.source)
    expect(back).toEqual([chineseTrips[1], chineseTrips[2], chineseTrips[0]])
    expect(csvBytes(tripsToCsv(back, cards))).toEqual(bytes)
  })

  it('reads a GBK file from Chinese Excel with Chinese headers and values, Excel dates and times', async () => {
    const bytes = new Uint8Array(
      readFileSync(resolve(__dirname, '../../../fixtures/trips/excel-gbk.csv')),
    )
    const r = await readTripsCsv(bytes, ctx())
    if (!r.ok) throw new Error(r.error.message)
    expect(r.source.encoding).toBe('gbk')
    const [a, b] = tripsOf(r.source)
    expect(a).toMatchObject({
      date: '2025-10-09',
      direction: 'toWork',
      departTime: '07:10',
      arriveTime: '08:30',
      note: '早班, 顺利',
    })
    expect(a!.legs).toEqual([leg({ payment: { kind: 'ticket' }, fareFen: 2450, minutes: 28 })])
    expect(b).toMatchObject({ direction: 'toHome', note: '' })
    expect(b!.legs[0]).toMatchObject({
      mode: 'crossBus',
      from: '嘉善',
      to: '枫泾',
      line: '嘉善-枫泾',
      payment: { kind: 'cash' },
      fareFen: 400,
      minutes: 60,
    })
    expect(a!.id).not.toBe(b!.id)
  })

  it('reads a UTF-8 file with a BOM and LF line ends', async () => {
    const text = '\uFEFFdate,mode,fare_yuan,payment\n2025-10-09,地铁,4,现金\n'
    expect(tripsOf(await read(text))[0]!.legs[0]).toMatchObject({ mode: 'metro', fareFen: 400 })
  })

  it('reads phone payments by the app’s own names in both languages, and refuses an unknown app', async () => {
    const text = [
      'date,mode,fare_yuan,payment',
      '2025-10-09,地铁,4,支付宝',
      '2025-10-09,公交,2,微信支付',
      '2025-10-09,metro,3,Other e-payment',
      '2025-10-09,metro,3,app:wechat',
      '2025-10-09,metro,3,app:paypal',
    ].join('\r\n')
    const source = await read(text)
    expect(source.candidates.slice(0, 4).map((c) => c.trip?.legs[0]!.payment)).toEqual([
      { kind: 'app', app: 'alipay' },
      { kind: 'app', app: 'wechat' },
      { kind: 'app', app: 'other' },
      { kind: 'app', app: 'wechat' },
    ])
    expect(source.candidates[4]!.issues).toMatchObject([
      { at: 6, field: 'payment', message: 'validation.payment', value: 'app:paypal' },
    ])
  })

  it('joins leg rows by trip_id, or by leg number when there is no id', async () => {
    const text = [
      'trip_id,date,leg,mode,fare_yuan,payment',
      'x,2025-10-09,2,hsr,24.5,ticket',
      ',2025-10-08,1,metro,4,cash',
      ',2025-10-08,2,hsr,24.5,ticket',
      'x,2025-10-09,1,metro,4,cash',
    ].join('\r\n')
    const [x, anon] = tripsOf(await read(text))
    expect(x!.legs.map((l) => l.mode)).toEqual(['metro', 'hsr'])
    expect(anon!.legs.map((l) => l.mode)).toEqual(['metro', 'hsr'])
    // "x" is not a UUID: it only groups rows, and the trip gets a fresh id.
    expect(x!.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('resolves cards by id or nickname and keeps a deleted card’s id', async () => {
    const text = [
      'date,mode,fare_yuan,payment,card',
      `2025-10-09,metro,4,card,上海交通卡`,
      `2025-10-09,metro,5,card,${CARD_ID}`,
      `2025-10-09,metro,6,,${uuid(555)}`,
    ].join('\r\n')
    expect(tripsOf(await read(text)).map((t) => t.legs[0]!.payment)).toEqual([
      { kind: 'card', cardId: uuid(901) },
      { kind: 'card', cardId: CARD_ID },
      { kind: 'card', cardId: uuid(555) },
    ])
  })

  it('rejects bad rows with their line numbers, columns and reasons, keeping the good ones', async () => {
    const text = [
      'date,direction,mode,fare_yuan,minutes,payment,card,note',
      '2025-10-09,toWork,metro,4,20,cash,,"a note',
      'spanning lines"',
      '2025-10-09,toWork,rocket,4,20,cash,,',
      '2025-13-01,toWork,metro,4,20,cash,,',
      '2025-10-11,toWork,metro,4,20,cash,,',
      '2025-10-09,toWork,metro,10000.01,0,cash,,',
      '2025-10-09,toWork,metro,abc,20,card,没有这张卡,',
      '2025-10-09,toWork,metro,,20,,,',
    ].join('\r\n')
    const source = await read(text)
    expect(source.candidates.filter((c) => c.trip).map((c) => c.at)).toEqual([2])
    const issues = issuesOf(source).map((i) => [i.at, i.field, i.message])
    expect(issues).toEqual(
      [
        [4, 'mode', 'validation.mode'],
        [5, 'date', 'validation.date'],
        [6, 'date', 'validation.dateFuture'],
        [7, 'fare_yuan', 'validation.fareRange'],
        [7, 'minutes', 'validation.minutesRange'],
        [8, 'card', 'import.unknownCard'],
        [8, 'fare_yuan', 'validation.moneyNotNumber'],
        [9, 'payment', 'import.paymentRequired'],
        [9, 'fare_yuan', 'import.required'],
      ]
        .map(([at, field, message]) => [at, field, message])
        .sort((a, b) => (a[0] as number) - (b[0] as number)),
    )
    expect(issuesOf(source).find((i) => i.at === 4)!.value).toBe('rocket')
  })

  it('flags leg rows of one trip that disagree, and leg numbers out of order', async () => {
    const id = uuid(20)
    const text = [
      'trip_id,date,leg,mode,fare_yuan,payment',
      `${id},2025-10-09,1,metro,4,cash`,
      `${id},2025-10-08,2,hsr,24.5,ticket`,
      ',2025-10-09,3,metro,4,cash',
    ].join('\r\n')
    const issues = issuesOf(await read(text)).map((i) => [i.at, i.field, i.message])
    expect(issues).toEqual([
      [3, 'date', 'import.tripRowsDisagree'],
      [4, 'leg', 'import.legOrder'],
    ])
  })

  it('refuses a file without the required columns, or without rows', async () => {
    const r = await readTripsCsv(new TextEncoder().encode('date,note\r\n2025-10-09,x\r\n'), ctx())
    expect(r).toEqual({
      ok: false,
      error: { message: 'import.missingColumns', params: { columns: 'mode, fare_yuan' } },
    })
    expect(await readTripsCsv(new TextEncoder().encode('date,mode,fare_yuan\r\n'), ctx())).toEqual({
      ok: false,
      error: { message: 'import.empty' },
    })
  })

  it('lists columns it did not recognise', async () => {
    expect(
      (await read('date,mode,fare_yuan,payment,天气\r\n2025-10-09,metro,4,cash,晴\r\n'))
        .ignoredColumns,
    ).toEqual(['天气'])
  })
})

describe('CSV import: nothing lost, nothing inflated (issue 14)', () => {
  const fareOf = async (text: string) => {
    const c = (await read(text)).candidates[0]!
    return c.trip ? c.trip.legs[0]!.fareFen : c.issues.map((i) => [i.field, i.message, i.value])
  }

  it('refuses a fare whose comma could be a decimal mark, never reading 12,5 as ¥125', async () => {
    const head = 'date,mode,fare_yuan,payment\r\n'
    expect(await fareOf(head + '2025-10-09,metro,"12,5",cash')).toEqual([
      ['fare_yuan', 'validation.moneyComma', '12,5'],
    ])
    expect(await fareOf(head + '2025-10-09,metro,"1,234",cash')).toEqual([
      ['fare_yuan', 'validation.moneyComma', '1,234'],
    ])
    expect(await fareOf(head + '2025-10-09,metro,"1,234.50",cash')).toBe(123450)
  })

  it('reads a semicolon file’s decimal comma by a rule it states, with the first such cell', async () => {
    const text =
      'date;mode;fare_yuan;payment\r\n2025-10-09;metro;7;cash\r\n2025-10-09;hsr;31,50;ticket\r\n'
    const source = await read(text)
    expect(tripsOf(source).map((t) => t.legs[0]!.fareFen)).toEqual([700, 3150])
    expect(source.decimalComma).toEqual({ line: 3, cell: '31,50', fen: 3150 })
  })

  it('keeps the decimal point in a semicolon file that writes one, refusing its comma cells', async () => {
    const text =
      'date;mode;fare_yuan;payment\r\n2025-10-09;metro;3.50;cash\r\n2025-10-09;hsr;31,50;ticket\r\n'
    const source = await read(text)
    expect(source.decimalComma).toBeUndefined()
    expect(
      source.candidates.map((c) => c.trip?.legs[0]!.fareFen ?? c.issues?.[0]!.message),
    ).toEqual([350, 'validation.moneyComma'])
  })

  it('refuses a file whose quote opened on line N never closes, naming the line', async () => {
    const rows = ['date,mode,fare_yuan,payment,note']
    for (let i = 0; i < 20; i++) rows.push(`2025-10-09,metro,4,cash,${i === 9 ? '"oops' : 'ok'}`)
    const r = await readTripsCsv(new TextEncoder().encode(rows.join('\r\n') + '\r\n'), ctx())
    expect(r).toEqual({
      ok: false,
      error: { message: 'import.unclosedQuote', params: { line: 11 } },
    })
  })

  it('accepts the app’s own column labels as headers, 线路/车次 among them', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const labels = JSON.parse(
        readFileSync(
          resolve(__dirname, `../../../../src/renderer/src/features/trips/locales/${lang}.json`),
          'utf8',
        ),
      ).columns as Record<string, string>
      const header = CSV_COLUMNS.map((c) => labels[c]!)
      const text = [
        header.join(','),
        `${uuid(40)},2025-10-09,回家,18:30,19:00,1,地铁,莘庄,徐家汇,1号线,现金,,4.00,30,,,,,,,,`,
      ].join('\r\n')
      const source = await read(text)
      expect(source.ignoredColumns, lang).toEqual([])
      expect(tripsOf(source)[0]!.legs[0]!.line).toBe('1号线')
    }
  })

  it('accepts the app’s own mode and direction names in both languages', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const common = JSON.parse(
        readFileSync(
          resolve(__dirname, `../../../../src/renderer/src/app/locales/${lang}.json`),
          'utf8',
        ),
      ) as { mode: Record<string, string>; direction: Record<string, string> }
      const rows = Object.entries(common.mode).map(
        ([, label], i) => `${uuid(50 + i)},2025-10-09,${common.direction.toHome},"${label}",0,cash`,
      )
      const source = await read(
        ['trip_id,date,direction,mode,fare_yuan,payment', ...rows].join('\r\n'),
      )
      expect(
        tripsOf(source).map((t) => t.legs[0]!.mode),
        lang,
      ).toEqual(Object.keys(common.mode))
      expect(new Set(tripsOf(source).map((t) => t.direction))).toEqual(new Set(['toHome']))
    }
  })
})

describe('normalising spreadsheet cells', () => {
  it.each([
    ['2025-10-09', '2025-10-09'],
    ['2025/10/9', '2025-10-09'],
    ['2025.1.2', '2025-01-02'],
    ['2025年10月9日', '2025-10-09'],
    ['2025/2/30', null],
    ['10/9/2025', null],
  ])('date %s → %s', (cell, expected) => expect(normaliseDate(cell)).toBe(expected))

  it.each([
    ['8:05', '08:05'],
    ['08:05:00', '08:05'],
    ['23:59', '23:59'],
    ['24:00', null],
    ['8h05', null],
  ])('time %s → %s', (cell, expected) => expect(normaliseTime(cell)).toBe(expected))
})

describe('the browser tests’ fixtures', () => {
  const fixture = (name: string): Uint8Array =>
    new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/trips', name)))

  it('import-good.csv holds three valid trips, one with two legs', async () => {
    const r = await readTripsCsv(fixture('import-good.csv'), ctx())
    if (!r.ok) throw new Error(r.error.message)
    const trips = tripsOf(r.source)
    expect(trips.map((t) => t.legs.length)).toEqual([2, 1, 1])
    expect(trips[1]!.note).toBe('晚上回家\r\n换乘顺利')
  })

  it('import-bad-rows.csv has only invalid rows, import-bad-columns.csv lacks the fare column', async () => {
    const r = await readTripsCsv(fixture('import-bad-rows.csv'), ctx())
    if (!r.ok) throw new Error(r.error.message)
    expect(r.source.candidates.map((c) => [c.at, c.issues?.[0]?.message])).toEqual([
      [2, 'validation.date'],
      [3, 'validation.mode'],
      [4, 'validation.fareRange'],
    ])
    expect(await readTripsCsv(fixture('import-bad-columns.csv'), ctx())).toMatchObject({
      ok: false,
      error: { message: 'import.missingColumns', params: { columns: 'fare_yuan' } },
    })
  })
})
