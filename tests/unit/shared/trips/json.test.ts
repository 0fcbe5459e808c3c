import { describe, expect, it } from 'vitest'
import { readTripsJson, tripsToJson, TRIPS_JSON_FORMAT } from '@shared/trips/json'
import { leg, trip, uuid } from '../../../fixtures/builders'

const trips = [
  trip({ id: uuid(1), note: '雨天 "晚点"\n第二行 🚄', tags: ['通勤', '雨天'] }),
  trip({
    id: uuid(2),
    date: '2025-10-08',
    legs: [
      leg({ payment: { kind: 'card', cardId: 'card-1' }, minutes: null }),
      leg({
        mode: 'metro',
        payment: { kind: 'app', app: 'alipay' },
        bill: { source: 'alipay', orderNo: '2025100822001400002' },
      }),
      leg({
        bill: { source: 'rail12306', orderNo: 'E123456789/2025-10-08/G7501/05车12A号' },
        paidBy: { source: 'alipay', orderNo: '2025100722001400010' },
        invoice: true,
      }),
    ],
  }),
]
const opts = {
  exportedAt: '2025-10-09T12:00:00.000Z',
  range: { from: '2025-10-01', to: '2025-10-09' },
}

describe('JSON codec', () => {
  it('writes a versioned envelope, oldest first', () => {
    const data = JSON.parse(tripsToJson(trips, opts))
    expect(data).toMatchObject({ format: TRIPS_JSON_FORMAT, version: 1, range: opts.range })
    expect(data.trips.map((t: { id: string }) => t.id)).toEqual([uuid(2), uuid(1)])
  })

  it('keeps every field, and Chinese text byte for byte', async () => {
    const text = tripsToJson(trips, opts)
    const r = await readTripsJson(text, { tomorrow: '2025-10-10' })
    if (!r.ok) throw new Error(r.error.message)
    const back = r.source.candidates.map((c) => c.trip!)
    expect(back).toEqual([trips[1], trips[0]])
    const enc = new TextEncoder()
    expect(enc.encode(tripsToJson(back, opts))).toEqual(enc.encode(text))
  })

  it('names invalid items by position and field', async () => {
    const text = JSON.stringify({
      format: TRIPS_JSON_FORMAT,
      version: 1,
      trips: [trip(), { ...trip({ id: uuid(3) }), legs: [] }],
    })
    const r = await readTripsJson(text, { tomorrow: '2025-10-10' })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.source.candidates[1]).toEqual({
      at: 2,
      issues: [{ at: 2, field: 'legs', message: 'validation.legsRequired' }],
    })
  })

  it.each([
    ['not json', 'import.badJson'],
    ['{"format":"something-else","version":1,"trips":[]}', 'import.notTripsFile'],
    [`{"format":"${TRIPS_JSON_FORMAT}","version":1}`, 'import.badTripsFile'],
    [`{"format":"${TRIPS_JSON_FORMAT}","version":9,"trips":[]}`, 'import.newerVersion'],
    ['['.repeat(100_000) + ']'.repeat(100_000), 'import.tooDeep'],
  ])('refuses %s', async (text, message) => {
    const r = await readTripsJson(text, { tomorrow: '2025-10-10' })
    expect(r.ok ? null : r.error.message).toBe(message)
  })

  it('says what a file of ours that is not a trips export is', async () => {
    const backup = JSON.stringify({ app: 'hujia-commute', kind: 'user-data', tables: {} })
    const pack = JSON.stringify({ format: 1, version: 3, sources: [] })
    for (const [text, kind] of [
      [backup, 'backup'],
      [pack, 'pack'],
      ['{"hello":1}', 'otherJson'],
    ])
      expect(await readTripsJson(text!, { tomorrow: '2025-10-10' })).toEqual({
        ok: false,
        error: { message: 'import.notTripsFile', params: { kind } },
      })
  })
})
