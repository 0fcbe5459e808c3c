import { describe, expect, it } from 'vitest'
import { inDisplayOrder } from '@shared/transit/order'
import { transitFixture } from '../../../fixtures/transit/pack'

describe('display order', () => {
  const shuffled = {
    ...transitFixture,
    cardTypes: [...transitFixture.cardTypes].reverse(),
    busLines: [...transitFixture.busLines].reverse(),
    stations: [...transitFixture.stations].reverse(),
    places: [...transitFixture.places].reverse(),
  }
  const ordered = inDisplayOrder(shuffled)

  it('puts Shanghai cards first, cards before codes', () => {
    expect(ordered.cardTypes.map((c) => c.id)).toEqual([
      'sh-card-red',
      'sh-ride-code',
      'jx-citizen-card',
    ])
  })

  it('groups bus lines cross-border, demonstration zone, city bus', () => {
    expect(ordered.busLines.map((l) => l.kind)).toEqual([
      'crossBorder',
      'crossBorder',
      'demoZone',
      'cityBus',
    ])
  })

  it('lists Shanghai stations and places before Jiaxing ones, stations before districts', () => {
    expect(ordered.stations.map((s) => s.side)).toEqual([
      ...Array(4).fill('shanghai'),
      'jiaxing',
      'jiaxing',
    ])
    expect(ordered.places.slice(0, 2).map((p) => p.id)).toEqual(['sh-hongqiao-hub', 'sh-minhang'])
  })

  it('does not change the input', () => {
    expect(shuffled.cardTypes[0]!.id).toBe('sh-ride-code')
  })
})
