import { beforeEach, describe, expect, it } from 'vitest'
import type { HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import {
  addTemplate,
  deleteTemplate,
  listTemplates,
  moveTemplate,
  renameTemplate,
  restoreTemplate,
  TemplateValidationError,
} from '@renderer/db/templates'
import { trip } from '../../fixtures/builders'

let database: HujiaDb
const now = new Date('2025-10-09T10:00:00+08:00')

beforeEach(async () => {
  database = await freshDb()
})

describe('saved commutes', () => {
  it('saves a commute from a trip, after the others, without its date', async () => {
    const a = await addTemplate(' 早上上班 ', trip(), database, now)
    const b = await addTemplate('晚上回家', trip({ direction: 'toHome' }), database, now)
    expect(a).toMatchObject({ name: '早上上班', order: 0, legs: trip().legs })
    expect(a).not.toHaveProperty('date')
    expect(a).not.toHaveProperty('updatedAt')
    expect(b.order).toBe(1)
    expect((await listTemplates(database)).map((t) => t.name)).toEqual(['早上上班', '晚上回家'])
  })

  it('refuses a nameless commute and writes nothing', async () => {
    await expect(addTemplate('  ', trip(), database, now)).rejects.toThrow(TemplateValidationError)
    expect(await database.templates.count()).toBe(0)
  })

  it('renames and reorders', async () => {
    const a = await addTemplate('A', trip(), database, now)
    await addTemplate('B', trip(), database, now)
    await addTemplate('C', trip(), database, now)
    await moveTemplate(a.id, 1, database)
    expect((await listTemplates(database)).map((t) => t.name)).toEqual(['B', 'A', 'C'])
    await moveTemplate(a.id, -1, database)
    await moveTemplate(a.id, -1, database)
    expect((await listTemplates(database)).map((t) => t.name)).toEqual(['A', 'B', 'C'])
    await renameTemplate(a.id, '早班', database)
    expect((await listTemplates(database))[0]!.name).toBe('早班')
  })

  it('deletes and restores', async () => {
    const a = await addTemplate('A', trip(), database, now)
    const gone = await deleteTemplate(a.id, database)
    expect(await database.templates.count()).toBe(0)
    await restoreTemplate(gone!, database)
    expect(await database.templates.get(a.id)).toEqual(a)
  })
})
