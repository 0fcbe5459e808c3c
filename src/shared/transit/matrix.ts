// The card × system matrix: for each card (the user's, or every pack card type) and each
// transport system, what the pack's acceptance records say. A missing record is "unknown",
// never guessed; records that disagree are "unknown" too, with every record kept for display.
import type { UserCard } from '../cards/schema'
import type { Acceptance, CardType, DatedFact, Fact } from '../pack/schema'
import { SYSTEMS, type TransitSystem } from '../pack/vocabulary'
import type { TransitData } from './types'

export type CellStatus = Acceptance['status']

export interface MatrixCell {
  cardTypeId: string
  system: TransitSystem
  status: CellStatus
  /** Why the status is what it is: the pack's own answer, no record at all, or a conflict. */
  basis: 'record' | 'noRecord' | 'conflict'
  records: Acceptance[]
  since: DatedFact[]
  conditions: Fact[]
  sourceIds: string[]
}

export interface MatrixRow {
  /** The user card's id, or the card type's id for a pack row. */
  key: string
  card: UserCard | null
  /** null: the user's card points at a type that is no longer in the pack. */
  cardType: CardType | null
  /** One cell per SYSTEMS entry, in that order; empty when cardType is null. */
  cells: MatrixCell[]
}

export type AcceptanceIndex = Map<string, Acceptance[]>

const pairKey = (cardTypeId: string, system: TransitSystem) => `${cardTypeId}\u0000${system}`

export function indexAcceptance(acceptance: readonly Acceptance[]): AcceptanceIndex {
  const index: AcceptanceIndex = new Map()
  for (const a of acceptance) {
    const key = pairKey(a.cardTypeId, a.system)
    index.set(key, [...(index.get(key) ?? []), a])
  }
  return index
}

export function cellFor(
  index: AcceptanceIndex,
  cardTypeId: string,
  system: TransitSystem,
): MatrixCell {
  const records = index.get(pairKey(cardTypeId, system)) ?? []
  const statuses = new Set(records.map((r) => r.status))
  const [only] = statuses
  const basis = records.length === 0 ? 'noRecord' : statuses.size > 1 ? 'conflict' : 'record'
  return {
    cardTypeId,
    system,
    status: basis === 'record' && only ? only : 'unknown',
    basis,
    records,
    since: records.flatMap((r) => r.since),
    conditions: records.flatMap((r) => r.conditions),
    sourceIds: [...new Set(records.flatMap((r) => r.sourceIds))],
  }
}

function rowFor(
  key: string,
  card: UserCard | null,
  cardType: CardType | null,
  index: AcceptanceIndex,
): MatrixRow {
  const cells = cardType ? SYSTEMS.map((s) => cellFor(index, cardType.id, s)) : []
  return { key, card, cardType, cells }
}

/** One row per user card, in the order given. */
export function matrixForCards(
  cards: readonly UserCard[],
  data: Pick<TransitData, 'cardTypes' | 'acceptance'>,
): MatrixRow[] {
  const index = indexAcceptance(data.acceptance)
  const types = new Map(data.cardTypes.map((t) => [t.id, t]))
  return cards.map((card) => rowFor(card.id, card, types.get(card.typeId) ?? null, index))
}

/** One row per card type in the pack, in pack order. */
export function matrixForTypes(data: Pick<TransitData, 'cardTypes' | 'acceptance'>): MatrixRow[] {
  const index = indexAcceptance(data.acceptance)
  return data.cardTypes.map((t) => rowFor(t.id, null, t, index))
}
