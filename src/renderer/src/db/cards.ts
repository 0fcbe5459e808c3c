// The cards and ride codes the user carries. Each points at a pack card type; the trip log uses
// them as the payment of a leg. Writes validate first and write nothing when the input is bad.
import { useLiveQuery } from 'dexie-react-hooks'
import type { UserCard } from '@shared/cards/schema'
import { db, type HujiaDb } from './db'

/** What the form edits. */
export interface CardInput {
  typeId: string
  nickname: string
  note: string
}

/** Thrown when input does not validate; `errors` maps a field to an i18n key (common namespace unless prefixed). */
export class CardValidationError extends Error {
  constructor(public readonly errors: Partial<Record<keyof CardInput, string>>) {
    super(
      `invalid card: ${Object.entries(errors)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    )
    this.name = 'CardValidationError'
  }
}

const FIELDS: readonly (keyof CardInput)[] = ['typeId', 'nickname', 'note']

// The schema (zod) loads with the first save rather than with the transit screen, and always
// before a transaction opens: awaiting a fetch inside one would end the transaction.
const loadSchema = () => import('@shared/cards/schema').then((m) => m.userCardSchema)
type CardSchema = Awaited<ReturnType<typeof loadSchema>>

async function validate(
  schema: CardSchema,
  base: Pick<UserCard, 'id' | 'createdAt'>,
  input: CardInput,
  database: HujiaDb,
  /** A type that may stay although it left the pack (editing an old card's nickname). */
  keptTypeId?: string,
): Promise<UserCard> {
  const candidate = {
    ...base,
    typeId: input.typeId,
    nickname: input.nickname.trim(),
    note: input.note.trim(),
  }
  const errors: Partial<Record<keyof CardInput, string>> = {}
  const r = schema.safeParse(candidate)
  if (!r.success) {
    for (const issue of r.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0])
      if (!field) continue
      // The schema's length limits carry zod's English text rather than a key.
      errors[field] ??= issue.message.startsWith('validation.')
        ? issue.message
        : issue.code === 'too_big'
          ? 'validation.tooLong'
          : 'validation.required'
    }
  }
  if (!candidate.typeId) errors.typeId = 'transit:cards.errors.type'
  else if (candidate.typeId !== keptTypeId && !(await database.cardTypes.get(candidate.typeId))) {
    errors.typeId = 'transit:cards.errors.typeGone'
  }
  if (Object.keys(errors).length > 0) throw new CardValidationError(errors)
  return candidate
}

/** The user's cards, oldest first (the order they were added). */
export async function listCards(database: HujiaDb = db): Promise<UserCard[]> {
  const cards = await database.cards.toArray()
  return cards.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
}

/** Live list; undefined while loading. */
export function useCards(): UserCard[] | undefined {
  return useLiveQuery(() => listCards(), [])
}

export async function addCard(input: CardInput, database: HujiaDb = db): Promise<UserCard> {
  const card = await validate(
    await loadSchema(),
    { id: crypto.randomUUID(), createdAt: new Date().toISOString() },
    input,
    database,
  )
  await database.cards.add(card)
  return card
}

export async function updateCard(
  id: string,
  input: CardInput,
  database: HujiaDb = db,
): Promise<UserCard> {
  const schema = await loadSchema()
  return database.transaction('rw', database.cards, database.cardTypes, async () => {
    const old = await database.cards.get(id)
    if (!old) throw new Error(`card ${id} does not exist`)
    // A card whose type left the pack may keep that type while its nickname or note is edited.
    const card = await validate(schema, old, input, database, old.typeId)
    await database.cards.put(card)
    return card
  })
}

/** How many trips and saved commutes name this card as a leg's payment. */
export async function cardUsage(
  id: string,
  database: HujiaDb = db,
): Promise<{ trips: number; templates: number }> {
  const uses = (legs: { payment: { kind: string; cardId?: string } }[]) =>
    legs.some((l) => l.payment.kind === 'card' && l.payment.cardId === id)
  const [trips, templates] = await Promise.all([
    database.trips.filter((t) => uses(t.legs)).count(),
    database.templates.filter((t) => uses(t.legs)).count(),
  ])
  return { trips, templates }
}

/** Deletes a card and returns it so the caller can offer an undo. Trips keep their card id. */
export async function deleteCard(
  id: string,
  database: HujiaDb = db,
): Promise<UserCard | undefined> {
  return database.transaction('rw', database.cards, async () => {
    const old = await database.cards.get(id)
    await database.cards.delete(id)
    return old
  })
}

/** Puts a deleted card back (undo), as it was. */
export async function restoreCard(card: UserCard, database: HujiaDb = db): Promise<void> {
  const r = (await loadSchema()).safeParse(card)
  if (!r.success) throw new Error('cannot restore an invalid card')
  await database.cards.put(r.data)
}
