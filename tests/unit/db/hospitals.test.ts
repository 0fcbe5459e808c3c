import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, test } from 'vitest'
import type { HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import {
  deleteHospitalNote,
  listHospitalNotes,
  MAX_NOTE_LENGTH,
  saveNote,
  setFavourite,
} from '@renderer/db/hospitals'
import { seedShippedPack } from '@renderer/db/pack'
import { findMissing } from '@renderer/db/pack-queries'

const FIXTURES = fileURLToPath(new URL('../../fixtures/packs/', import.meta.url))
const fixture = (name: string) => async () =>
  JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as unknown

let db: HujiaDb

beforeEach(async () => {
  db = await freshDb()
})

describe('favourites and notes', () => {
  test('a favourite and a note share one row per hospital', async () => {
    expect(await setFavourite('test-hospital-a', true, db)).toEqual({ ok: true })
    expect(await saveNote('test-hospital-a', '  周三下午有上海专家门诊  ', db)).toEqual({
      ok: true,
    })
    const [row, ...rest] = await listHospitalNotes(db)
    expect(rest).toEqual([])
    expect(row).toMatchObject({
      hospitalId: 'test-hospital-a',
      favourite: true,
      note: '周三下午有上海专家门诊',
    })
    expect(Number.isNaN(Date.parse(row?.updatedAt ?? ''))).toBe(false)
  })

  test('unfavouriting keeps the note; clearing both removes the row', async () => {
    await setFavourite('test-hospital-a', true, db)
    await saveNote('test-hospital-a', '备注', db)
    await setFavourite('test-hospital-a', false, db)
    expect(await db.hospitalNotes.get('test-hospital-a')).toMatchObject({
      favourite: false,
      note: '备注',
    })
    await saveNote('test-hospital-a', '   ', db)
    expect(await db.hospitalNotes.get('test-hospital-a')).toBeUndefined()
  })

  test('a bad id or an overlong note is refused with a message and writes nothing', async () => {
    expect(await setFavourite('Not An Id', true, db)).toEqual({
      ok: false,
      error: 'validation.hospitalId',
    })
    expect(await saveNote('test-hospital-a', 'x'.repeat(MAX_NOTE_LENGTH + 1), db)).toEqual({
      ok: false,
      error: 'validation.noteTooLong',
    })
    expect(await listHospitalNotes(db)).toEqual([])
  })

  test('deleteHospitalNote forgets a hospital', async () => {
    await setFavourite('test-hospital-b', true, db)
    await deleteHospitalNote('test-hospital-b', db)
    expect(await listHospitalNotes(db)).toEqual([])
  })

  test('favourites and notes survive a pack upgrade, including one whose hospital was dropped', async () => {
    await seedShippedPack(db, fixture('pack-v1.json'))
    await setFavourite('test-hospital-a', true, db)
    await saveNote('test-hospital-b', '儿科看过', db)
    const upgrade = await seedShippedPack(db, fixture('pack-v2.json'))
    expect(upgrade.status).toBe('upgraded')
    const notes = await listHospitalNotes(db)
    expect(notes.map((n) => [n.hospitalId, n.favourite, n.note]).sort()).toEqual([
      ['test-hospital-a', true, ''],
      ['test-hospital-b', false, '儿科看过'],
    ])
    // test-hospital-b left the pack: the directory shows its note as "no longer in the data".
    const missing = await findMissing(
      db,
      'hospitals',
      notes.map((n) => n.hospitalId),
    )
    expect([...missing]).toEqual(['test-hospital-b'])
  })
})
