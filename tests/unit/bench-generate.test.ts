// The benchmark measures the app on generated data; that data must be what the app accepts.
import { describe, expect, it } from 'vitest'
import { hospitalSchema, sourceSchema } from '@shared/pack'
import { tripSchemaUntil } from '@shared/trips/schema'
import { userCardSchema } from '@shared/cards/schema'
import {
  BENCH_CARD,
  BENCH_SOURCE,
  BENCH_SOURCE_ID,
  generateHospitals,
  generateTrips,
} from '../../scripts/bench/page/generate'

describe('benchmark data', () => {
  it('generates valid trips spread over the whole period, the same every time', () => {
    const trips = generateTrips(2_000, '2024-01-01', '2024-12-31')
    const schema = tripSchemaUntil('2025-01-01')
    for (const t of trips) expect(schema.safeParse(t).error).toBeUndefined()
    expect(new Set(trips.map((t) => t.id)).size).toBe(trips.length)
    expect(trips[0]?.date).toBe('2024-01-01')
    expect(trips.at(-1)?.date).toBe('2024-12-31')
    expect(generateTrips(50, '2024-01-01', '2024-01-31')).toEqual(
      generateTrips(50, '2024-01-01', '2024-01-31'),
    )
  })

  it('pays by the bench card, which is a valid card', () => {
    expect(userCardSchema.safeParse(BENCH_CARD).error).toBeUndefined()
    const cardIds = new Set(
      generateTrips(500, '2024-01-01', '2024-12-31').flatMap((t) =>
        t.legs.flatMap((l) => (l.payment.kind === 'card' ? [l.payment.cardId] : [])),
      ),
    )
    expect([...cardIds]).toEqual([BENCH_CARD.id])
  })

  it('generates valid hospitals with distinct ids and names, citing the bench source', () => {
    expect(sourceSchema.safeParse(BENCH_SOURCE).error).toBeUndefined()
    const hospitals = generateHospitals(5_000)
    expect(new Set(hospitals.flatMap((h) => h.sourceIds))).toEqual(new Set([BENCH_SOURCE_ID]))
    for (const h of hospitals) expect(hospitalSchema.safeParse(h).error).toBeUndefined()
    expect(new Set(hospitals.map((h) => h.id)).size).toBe(5_000)
    expect(new Set(hospitals.map((h) => h.name.zh)).size).toBe(5_000)
  })
})
