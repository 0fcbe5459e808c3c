// The pack's fixed vocabularies. Kept apart from schema.ts, which brings zod: the database and the
// first screen use them at start, before any pack is validated.
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
  'fareRules',
  'workCalendars',
  'contextNotes',
] as const

/** Sections added in format 2; a format-1 file has none of them (they read as empty). */
export const FORMAT_2_SECTIONS = ['fareRules', 'workCalendars', 'contextNotes'] as const

export const SIDES = ['shanghai', 'jiaxing'] as const
export type Side = (typeof SIDES)[number]
export const CONFIDENCES = ['high', 'medium', 'low'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/** The transport systems an acceptance rule can be about. */
export const SYSTEMS = [
  'shMetro',
  'shBus',
  'jinshanRail',
  'jxBus',
  'crossBus',
  'nationalRail',
] as const
export type TransitSystem = (typeof SYSTEMS)[number]
