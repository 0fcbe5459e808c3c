// The fixture is only useful if it has the shapes the real pack has.
import { describe, expect, it } from 'vitest'
import { transitFixture, transitTablesSchema } from '../../../fixtures/transit/pack'

describe('transit fixture', () => {
  it('parses with the pack schemas', () => {
    expect(transitTablesSchema.safeParse(transitFixture).error).toBeUndefined()
  })

  it('cites only sources it contains', () => {
    const ids = new Set(transitFixture.sources.map((s) => s.id))
    const cited = JSON.stringify(transitFixture)
      .match(/"(?:sourceIds|statusSourceIds)":\[[^\]]*\]/g)!
      .flatMap((m) => [...m.matchAll(/"([a-z0-9-]+)"/g)].map((x) => x[1]!))
      .filter((id) => id !== 'sourceIds' && id !== 'statusSourceIds')
    expect(cited.filter((id) => !ids.has(id))).toEqual([])
  })
})
