// Saved commutes: a trip without a date, logged in one click. Kept in the order the user set.
import { useLiveQuery } from 'dexie-react-hooks'
import { bodyOf, tidyDraft } from '@shared/trips/draft'
import { nextTemplateOrder, sortTemplates } from '@shared/trips/quick-entry'
import { checkTemplate, type FieldIssue } from '@shared/trips/validate'
import type { CommuteTemplate, TripBody } from '@shared/trips/schema'
import { db, type HujiaDb } from './db'

export class TemplateValidationError extends Error {
  constructor(public readonly issues: FieldIssue[]) {
    super(`invalid saved commute: ${issues.map((i) => `${i.path} ${i.message}`).join(', ')}`)
    this.name = 'TemplateValidationError'
  }
}

function checked(t: CommuteTemplate): CommuteTemplate {
  const r = checkTemplate(t)
  if (!r.ok) throw new TemplateValidationError(r.issues)
  return r.value
}

export async function listTemplates(database: HujiaDb = db): Promise<CommuteTemplate[]> {
  return sortTemplates(await database.templates.toArray())
}

/** Live saved commutes in order; undefined while loading. */
export function useTemplates(): CommuteTemplate[] | undefined {
  return useLiveQuery(() => listTemplates(), [])
}

/** Saves a commute (from a trip or the form) after the others. */
export async function addTemplate(
  name: string,
  body: TripBody,
  database: HujiaDb = db,
  now = new Date(),
): Promise<CommuteTemplate> {
  return database.transaction('rw', database.templates, async () => {
    const template = checked({
      ...tidyDraft(bodyOf(body)),
      id: crypto.randomUUID(),
      name: name.trim(),
      order: nextTemplateOrder(await database.templates.toArray()),
      createdAt: now.toISOString(),
    })
    await database.templates.add(template)
    return template
  })
}

export async function renameTemplate(
  id: string,
  name: string,
  database: HujiaDb = db,
): Promise<CommuteTemplate> {
  return database.transaction('rw', database.templates, async () => {
    const old = await database.templates.get(id)
    if (!old) throw new Error(`saved commute ${id} does not exist`)
    const template = checked({ ...old, name: name.trim() })
    await database.templates.put(template)
    return template
  })
}

/** Moves a saved commute one place up (-1) or down (+1), which changes its Ctrl/Cmd+digit. */
export async function moveTemplate(
  id: string,
  delta: -1 | 1,
  database: HujiaDb = db,
): Promise<void> {
  await database.transaction('rw', database.templates, async () => {
    const all = sortTemplates(await database.templates.toArray())
    const i = all.findIndex((t) => t.id === id)
    const j = i + delta
    if (i === -1 || j < 0 || j >= all.length) return
    const [a, b] = [all[i]!, all[j]!]
    all[i] = b
    all[j] = a
    // Renumber densely so equal orders left by older versions cannot stall a move.
    await database.templates.bulkPut(all.map((t, order) => ({ ...t, order })))
  })
}

/** Deletes a saved commute and returns it for an undo. Trips logged from it stay. */
export async function deleteTemplate(
  id: string,
  database: HujiaDb = db,
): Promise<CommuteTemplate | undefined> {
  return database.transaction('rw', database.templates, async () => {
    const old = await database.templates.get(id)
    await database.templates.delete(id)
    return old
  })
}

export async function restoreTemplate(t: CommuteTemplate, database: HujiaDb = db): Promise<void> {
  await database.templates.put(t)
}
