import { describe, expect, it } from 'vitest'
import { SYSTEMS } from '@shared/pack/vocabulary'
import { cellFor, indexAcceptance, matrixForCards, matrixForTypes } from '@shared/transit/matrix'
import { transitFixture, withFixture } from '../../../fixtures/transit/pack'
import { userCard } from './helpers'

describe('card × system matrix', () => {
  it('has a row per pack card type and a cell per system, in order', () => {
    const rows = matrixForTypes(transitFixture)
    expect(rows.map((r) => r.key)).toEqual(['jx-citizen-card', 'sh-card-red', 'sh-ride-code'])
    for (const row of rows) expect(row.cells.map((c) => c.system)).toEqual([...SYSTEMS])
  })

  it('takes status, since-dates, conditions and sources from the acceptance record', () => {
    const [, , code] = matrixForTypes(transitFixture)
    const cell = code!.cells.find((c) => c.system === 'jxBus')!
    expect(cell.status).toBe('conditional')
    expect(cell.basis).toBe('record')
    expect(cell.since.map((s) => s.date)).toEqual(['2024-01-01'])
    expect(cell.conditions[0]!.text.en).toContain('no transfer discounts')
    expect(cell.sourceIds).toEqual(['guidebook-2024-qr'])
  })

  it('keeps the pack\'s own "unknown" as unknown with its sources', () => {
    const cell = cellFor(indexAcceptance(transitFixture.acceptance), 'sh-card-red', 'jxBus')
    expect(cell).toMatchObject({
      status: 'unknown',
      basis: 'record',
      sourceIds: ['guidebook-2024-qr'],
    })
  })

  it('reports a missing acceptance record as unknown, never guessed', () => {
    const cell = cellFor(indexAcceptance(transitFixture.acceptance), 'sh-ride-code', 'crossBus')
    expect(cell).toMatchObject({ status: 'unknown', basis: 'noRecord', records: [], sourceIds: [] })
  })

  it('reports records that disagree as unknown and keeps both', () => {
    const data = withFixture({
      acceptance: [
        ...transitFixture.acceptance,
        {
          id: 'jx-citizen-card-jxbus-2',
          cardTypeId: 'jx-citizen-card',
          system: 'jxBus',
          status: 'no',
          since: [],
          conditions: [],
          sourceIds: ['guidebook-2024-qr'],
        },
      ],
    })
    const cell = cellFor(indexAcceptance(data.acceptance), 'jx-citizen-card', 'jxBus')
    expect(cell.status).toBe('unknown')
    expect(cell.basis).toBe('conflict')
    expect(cell.records.map((r) => r.status).sort()).toEqual(['no', 'works'])
    expect(cell.sourceIds).toEqual(['zjol-2016-jx-card', 'guidebook-2024-qr'])
  })

  it('has a row per user card, and marks a card whose type left the pack', () => {
    const mine = userCard('jx-citizen-card', '我的市民卡')
    const gone = userCard('retired-card', '旧卡')
    const rows = matrixForCards([mine, gone], transitFixture)
    expect(rows.map((r) => r.key)).toEqual([mine.id, gone.id])
    expect(rows[0]!.cardType?.id).toBe('jx-citizen-card')
    expect(rows[0]!.cells.find((c) => c.system === 'shMetro')!.status).toBe('works')
    expect(rows[1]!.cardType).toBeNull()
    expect(rows[1]!.cells).toEqual([])
  })
})
