import { beforeEach, describe, expect, it } from 'vitest'
import type { HujiaDb } from '@renderer/db/db'
import { freshDb } from './fresh-db'
import {
  addCard,
  cardUsage,
  CardValidationError,
  deleteCard,
  listCards,
  restoreCard,
  updateCard,
} from '@renderer/db/cards'
import { transitFixture } from '../../fixtures/transit/pack'

let database: HujiaDb

beforeEach(async () => {
  database = await freshDb()
  await database.cardTypes.bulkPut(transitFixture.cardTypes)
})

async function errorsOf(p: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await p
  } catch (e) {
    if (e instanceof CardValidationError) return e.errors
    throw e
  }
  throw new Error('expected a validation error')
}

describe('my cards', () => {
  it('adds a card with a pack type, trimmed nickname and note', async () => {
    const card = await addCard(
      { typeId: 'jx-citizen-card', nickname: '  市民卡 ', note: ' 蓝色那张 ' },
      database,
    )
    expect(card).toMatchObject({ typeId: 'jx-citizen-card', nickname: '市民卡', note: '蓝色那张' })
    expect(card.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await listCards(database)).toEqual([card])
  })

  it('refuses a missing type, an unknown type and an empty nickname, writing nothing', async () => {
    expect(await errorsOf(addCard({ typeId: '', nickname: ' ', note: '' }, database))).toEqual({
      typeId: 'transit:cards.errors.type',
      nickname: 'validation.nameRequired',
    })
    expect(
      await errorsOf(addCard({ typeId: 'no-such-card', nickname: '卡', note: '' }, database)),
    ).toEqual({ typeId: 'transit:cards.errors.typeGone' })
    expect(await database.cards.count()).toBe(0)
  })

  it('refuses a nickname or note that is too long with a translated message key', async () => {
    const errors = await errorsOf(
      addCard({ typeId: 'sh-card-red', nickname: 'x'.repeat(41), note: 'y'.repeat(501) }, database),
    )
    expect(errors).toEqual({ nickname: 'validation.tooLong', note: 'validation.tooLong' })
    expect(await database.cards.count()).toBe(0)
  })

  it('edits a card, and keeps a type that has left the pack while the nickname changes', async () => {
    const card = await addCard({ typeId: 'sh-card-red', nickname: '红卡', note: '' }, database)
    const edited = await updateCard(
      card.id,
      { typeId: 'sh-ride-code', nickname: '乘车码', note: '手机' },
      database,
    )
    expect(edited).toMatchObject({
      id: card.id,
      typeId: 'sh-ride-code',
      nickname: '乘车码',
      createdAt: card.createdAt,
    })
    await database.cardTypes.delete('sh-ride-code')
    const again = await updateCard(
      card.id,
      { typeId: 'sh-ride-code', nickname: '旧码', note: '' },
      database,
    )
    expect(again.nickname).toBe('旧码')
    // …but not switch to another type that is not in the pack.
    expect(
      await errorsOf(
        updateCard(card.id, { typeId: 'gone-too', nickname: '旧码', note: '' }, database),
      ),
    ).toEqual({ typeId: 'transit:cards.errors.typeGone' })
    expect((await database.cards.get(card.id))!.nickname).toBe('旧码')
  })

  it('deletes a card and restores it on undo', async () => {
    const card = await addCard({ typeId: 'sh-card-red', nickname: '红卡', note: '' }, database)
    const removed = await deleteCard(card.id, database)
    expect(removed).toEqual(card)
    expect(await database.cards.count()).toBe(0)
    await restoreCard(removed!, database)
    expect(await listCards(database)).toEqual([card])
  })

  it('counts the trips and saved commutes that pay with a card', async () => {
    const card = await addCard({ typeId: 'sh-card-red', nickname: '红卡', note: '' }, database)
    const leg = (payment: object) => ({
      mode: 'metro',
      from: '',
      to: '',
      line: '',
      payment,
      fareFen: 300,
      minutes: 20,
    })
    const trip = (id: string, payment: object) => ({ id, date: '2026-11-02', legs: [leg(payment)] })
    await database.trips.bulkPut([
      trip('t1', { kind: 'card', cardId: card.id }),
      trip('t2', { kind: 'cash' }),
      trip('t3', { kind: 'card', cardId: 'other' }),
    ] as never)
    await database.templates.put({
      id: 'c1',
      order: 0,
      legs: [leg({ kind: 'card', cardId: card.id })],
    } as never)
    expect(await cardUsage(card.id, database)).toEqual({ trips: 1, templates: 1 })
  })

  it('lists cards in the order they were added', async () => {
    await database.cards.bulkPut([
      {
        id: 'b',
        typeId: 'sh-card-red',
        nickname: 'B',
        note: '',
        createdAt: '2026-11-02T00:00:00.000Z',
      },
      {
        id: 'a',
        typeId: 'sh-card-red',
        nickname: 'A',
        note: '',
        createdAt: '2026-11-01T00:00:00.000Z',
      },
    ])
    expect((await listCards(database)).map((c) => c.nickname)).toEqual(['A', 'B'])
  })
})
