// Rows a format-1 pack left in the database, given the fields format 2 reads, with the values
// the schema's defaults give (schema.ts). The database upgrade to v3 runs this over the stored
// pack, so the screens can read it before the shipped pack v2 replaces it. Plain code, no zod:
// it runs at start, before any pack is validated.
import type { PackSection } from './schema'

type Row = Record<string, unknown>

const DEFAULTS: Partial<Record<PackSection, Row>> = {
  stations: { aliases: [], placeId: null, closures: [] },
  railLinks: { fareRuleIds: [] },
  places: { aliases: [], code: null, codeNote: null, parentIds: [], access: [], replaces: [] },
}

/** The row as format 2 reads it; a row that already has a field keeps its value. */
export function upgradeFormat1Row(section: PackSection, row: Row): Row {
  const out: Row = { ...DEFAULTS[section], ...row }
  if (section === 'hospitals') {
    const level = row['level']
    out['level'] =
      level === null || level === undefined
        ? []
        : Array.isArray(level)
          ? level
          : [{ note: null, ...(level as Row) }]
    out['campuses'] = ((row['campuses'] as Row[] | undefined) ?? []).map((c) => ({
      district: null,
      ...c,
    }))
  }
  return out
}

/** The sections whose rows change. */
export const FORMAT_1_UPGRADED: readonly PackSection[] = [
  'stations',
  'railLinks',
  'places',
  'hospitals',
]
