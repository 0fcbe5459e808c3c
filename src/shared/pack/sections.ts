// Kept apart from schema.ts (which brings zod) so the database module can use it at start.
/** The table names of a pack, in file order; the renderer's db.ts has one Dexie table each. */
export const PACK_SECTIONS = [
  'sources',
  'cardTypes',
  'acceptance',
  'stations',
  'railLinks',
  'busLines',
  'plannedLines',
  'places',
  'medicalRules',
  'hospitals',
  'partnerships',
] as const
