import { beforeEach, describe, expect, it } from 'vitest'
import type { HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import {
  deleteFiling,
  deleteVisits,
  listFilings,
  listVisits,
  MedicalValidationError,
  restoreVisits,
  saveFiling,
  saveVisit,
  setClaimStatus,
  setDocumentDone,
} from '@renderer/db/medical'
import { filing, uuid, visit } from '../shared/medical/helpers'

let database: HujiaDb

beforeEach(async () => {
  database = await freshDb()
})

const doc = (id: string) => ({
  id,
  text: { zh: '发票', en: 'Invoice' },
  sourceIds: ['src-a'],
  done: false,
})

describe('filings', () => {
  it('saves, lists newest first, edits and deletes', async () => {
    await saveFiling(filing({ id: uuid(1), date: '2025-01-01' }), database)
    await saveFiling(filing({ id: uuid(2), date: '2026-01-01' }), database)
    expect((await listFilings(database)).map((f) => f.id)).toEqual([uuid(2), uuid(1)])
    await saveFiling(filing({ id: uuid(1), date: '2025-01-01', city: 'jiaxing' }), database)
    expect((await database.filings.get(uuid(1)))?.city).toBe('jiaxing')
    expect((await deleteFiling(uuid(1), database))?.id).toBe(uuid(1))
    expect(await database.filings.count()).toBe(1)
  })

  it('refuses a bad filing with the field and message, and writes nothing', async () => {
    const bad = filing({ date: '2026-05-01', validUntil: '2026-04-01' })
    await expect(saveFiling(bad, database)).rejects.toMatchObject({
      errors: { validUntil: 'validation.validUntilBeforeDate' },
    })
    expect(await database.filings.count()).toBe(0)
  })
})

describe('visits and claims', () => {
  it('saves and lists visits newest first', async () => {
    await saveVisit(visit({ id: uuid(1), date: '2026-01-05' }), database)
    await saveVisit(visit({ id: uuid(2), date: '2026-03-05' }), database)
    expect((await listVisits(database)).map((v) => v.id)).toEqual([uuid(2), uuid(1)])
  })

  it('refuses amounts that do not add up, and writes nothing', async () => {
    const bad = visit({ totalFen: 100, directFen: 80, outOfPocketFen: 30 })
    const err = await saveVisit(bad, database).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MedicalValidationError)
    expect((err as MedicalValidationError).errors).toEqual({
      outOfPocketFen: 'validation.amountsExceedTotal',
    })
    expect(await database.visits.count()).toBe(0)
  })

  it('deletes several visits at once and restores them for an undo', async () => {
    for (const n of [1, 2, 3]) await saveVisit(visit({ id: uuid(n) }), database)
    const removed = await deleteVisits([uuid(1), uuid(3)], database)
    expect(removed.map((v) => v.id).sort()).toEqual([uuid(1), uuid(3)])
    expect(await database.visits.count()).toBe(1)
    await restoreVisits(removed, database)
    expect(await database.visits.count()).toBe(3)
  })

  it('moves several claims in one step, and clears a stale reimbursed amount', async () => {
    await saveVisit(
      visit({ id: uuid(1), claim: { status: 'toClaim', reimbursedFen: null, documents: [] } }),
      database,
    )
    await saveVisit(
      visit({ id: uuid(2), claim: { status: 'reimbursed', reimbursedFen: 100, documents: [] } }),
      database,
    )
    await setClaimStatus([uuid(1), uuid(2)], 'submitted', null, database)
    const rows = await database.visits.bulkGet([uuid(1), uuid(2)])
    expect(rows.map((v) => [v?.claim.status, v?.claim.reimbursedFen])).toEqual([
      ['submitted', null],
      ['submitted', null],
    ])
  })

  it('changes no claim when one of them would become invalid', async () => {
    await saveVisit(
      visit({
        id: uuid(1),
        outOfPocketFen: 20_000,
        claim: { status: 'submitted', reimbursedFen: null, documents: [] },
      }),
      database,
    )
    await saveVisit(
      visit({
        id: uuid(2),
        outOfPocketFen: 100,
        claim: { status: 'submitted', reimbursedFen: null, documents: [] },
      }),
      database,
    )
    await expect(
      setClaimStatus([uuid(1), uuid(2)], 'reimbursed', 5_000, database),
    ).rejects.toMatchObject({
      errors: { 'claim.reimbursedFen': 'validation.reimbursedExceedsPaid' },
    })
    const rows = await database.visits.bulkGet([uuid(1), uuid(2)])
    expect(rows.map((v) => v?.claim.status)).toEqual(['submitted', 'submitted'])
  })

  it('refuses to update a visit that does not exist', async () => {
    await expect(setClaimStatus([uuid(9)], 'submitted', null, database)).rejects.toThrow(
      /not found/,
    )
  })

  it('ticks a document of a claim', async () => {
    await saveVisit(
      visit({
        id: uuid(1),
        claim: { status: 'toClaim', reimbursedFen: null, documents: [doc('a'), doc('b')] },
      }),
      database,
    )
    await setDocumentDone(uuid(1), 'b', true, database)
    const v = await database.visits.get(uuid(1))
    expect(v?.claim.documents.map((d) => d.done)).toEqual([false, true])
  })
})
