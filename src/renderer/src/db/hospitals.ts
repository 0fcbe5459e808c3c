// The user's favourite hospitals and notes (db.hospitalNotes). Rows point at pack hospital ids
// and are never touched by pack upgrades, so a note can outlive its hospital in the data; the
// directory then shows it as "no longer in the data".
import { useLiveQuery } from 'dexie-react-hooks'
import { z } from 'zod'
import { idSchema } from '@shared/pack'
import { db as appDb, type HospitalNote, type HujiaDb } from './db'

export const MAX_NOTE_LENGTH = 2000

// Errors are i18n keys of the hospitals namespace.
const noteSchema = z.string().max(MAX_NOTE_LENGTH, { message: 'validation.noteTooLong' })

export type NoteWriteResult = { ok: true } | { ok: false; error: string }

function checkId(hospitalId: unknown): NoteWriteResult | null {
  return idSchema.safeParse(hospitalId).success
    ? null
    : { ok: false, error: 'validation.hospitalId' }
}

/**
 * Applies `change` to the hospital's row in one transaction. A row left with no favourite and
 * no note is deleted: it would say nothing.
 */
async function update(
  db: HujiaDb,
  hospitalId: string,
  change: Partial<Pick<HospitalNote, 'favourite' | 'note'>>,
): Promise<void> {
  await db.transaction('rw', db.hospitalNotes, async () => {
    const before = await db.hospitalNotes.get(hospitalId)
    const row: HospitalNote = {
      hospitalId,
      favourite: before?.favourite ?? false,
      note: before?.note ?? '',
      ...change,
      updatedAt: new Date().toISOString(),
    }
    if (!row.favourite && row.note === '') await db.hospitalNotes.delete(hospitalId)
    else await db.hospitalNotes.put(row)
  })
}

export async function setFavourite(
  hospitalId: string,
  favourite: boolean,
  db: HujiaDb = appDb,
): Promise<NoteWriteResult> {
  const bad = checkId(hospitalId)
  if (bad) return bad
  if (typeof favourite !== 'boolean') return { ok: false, error: 'validation.favourite' }
  await update(db, hospitalId, { favourite })
  return { ok: true }
}

/** Saves the note (surrounding blank space trimmed); an empty note removes it. */
export async function saveNote(
  hospitalId: string,
  note: string,
  db: HujiaDb = appDb,
): Promise<NoteWriteResult> {
  const bad = checkId(hospitalId)
  if (bad) return bad
  const parsed = noteSchema.safeParse(typeof note === 'string' ? note.trim() : note)
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'validation.note' }
  await update(db, hospitalId, { note: parsed.data })
  return { ok: true }
}

/** Forgets the favourite and the note (e.g. for a hospital no longer in the data). */
export async function deleteHospitalNote(hospitalId: string, db: HujiaDb = appDb): Promise<void> {
  await db.hospitalNotes.delete(hospitalId)
}

export async function listHospitalNotes(db: HujiaDb = appDb): Promise<HospitalNote[]> {
  return db.hospitalNotes.toArray()
}

/** Every note by hospital id, live; undefined while loading. */
export function useHospitalNotes(): Map<string, HospitalNote> | undefined {
  return useLiveQuery(
    async () => new Map((await listHospitalNotes()).map((n) => [n.hospitalId, n])),
    [],
  )
}
