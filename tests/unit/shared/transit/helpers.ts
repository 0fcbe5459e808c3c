import type { UserCard } from '@shared/cards/schema'

let n = 0

/** A user card pointing at a pack card type. */
export function userCard(typeId: string, nickname = typeId): UserCard {
  n += 1
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    typeId,
    nickname,
    note: '',
    createdAt: '2026-11-01T08:00:00.000Z',
  }
}
