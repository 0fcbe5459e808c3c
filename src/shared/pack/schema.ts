// The offline service pack: every transit, insurance and hospital fact the app shows, each with
// the sources it comes from. resources/data/pack.json is parsed with `packSchema`; cross-record
// rules (unique ids, references, checksum) live in validate.ts.
//
// Conventions used by every table:
// - `id` is a stable kebab-case string; user data points at it (cards.typeId, hospitalNotes).
// - `sourceIds` (at least one) name records in `sources`; nested facts carry their own.
// - Human text is `{ zh, en }`, written for the app (facts copied, not sentences).
// - A value the sources disagree on is a list, one entry per source (e.g. two transfer windows).
// - Anything no source gives is absent (null / empty list), never guessed.
// - A number no source states (derived, e.g. by subtraction) carries `inference: true`.
//
// Format 2 (pack v2) adds divisions (place codes, parents, access to stations), station closures,
// fare rules, working-day calendars and context notes. Every field it adds has a default, so a
// format-1 file still parses; the stricter rules of format 2 live in validate.ts.
import { z } from 'zod'
import { CONFIDENCES, PACK_SECTIONS, SIDES, SYSTEMS } from './vocabulary'
import { isDateString } from '../calendar/dates'

/** The format this app ships and writes; it still reads every earlier one. */
export const PACK_FORMAT = 2
export const PACK_FORMATS = [1, 2] as const

/**
 * Length caps, like the trip schema's: a pack is read by every screen, so one 100,000-character
 * text would slow them all. Several times the longest text the shipped pack holds.
 */
export const MAX_PACK_TEXT = 2000
/** Names, aliases, publishers, addresses, ids. */
export const MAX_PACK_NAME = 200

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const YEAR_RE = /^\d{4}$/
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/
const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/

/** A bounded string: every string in the pack is one. */
const name = () => z.string().min(1).max(MAX_PACK_NAME)

export const idSchema = z
  .string()
  .max(MAX_PACK_NAME)
  .regex(ID_RE, { message: 'must be a kebab-case id' })
export const sourceIdsSchema = z.array(idSchema).min(1, { message: 'needs at least one source' })

/** A full calendar date, yyyy-MM-dd. */
export const fullDateSchema = z.string().refine(isDateString, { message: 'must be yyyy-MM-dd' })
/** What a source actually gives: a year, a month or a day (yyyy | yyyy-MM | yyyy-MM-dd). */
export const partialDateSchema = z
  .string()
  .refine((s) => YEAR_RE.test(s) || MONTH_RE.test(s) || isDateString(s), {
    message: 'must be yyyy, yyyy-MM or yyyy-MM-dd',
  })

export const textSchema = z.strictObject({
  zh: z.string().min(1, { message: 'Chinese text is empty' }).max(MAX_PACK_TEXT),
  en: z.string().min(1, { message: 'English text is empty' }).max(MAX_PACK_TEXT),
})
export type Text = z.infer<typeof textSchema>

/**
 * One sourced statement. `inference: true` marks reasoning the fact sheet labels [INFERENCE]:
 * the UI must show it as unconfirmed, never as fact.
 */
export const factSchema = z.strictObject({
  text: textSchema,
  sourceIds: sourceIdsSchema,
  inference: z.boolean().optional(),
})
export type Fact = z.infer<typeof factSchema>

/**
 * A dated event or claim ("card issued from 2016-10-28"); `planned` marks a target date.
 * `quote`: the source's own words for the date, as the fact sheet records them. A `since` entry
 * (in force or accepted from a date) needs one that says "from" (validate.ts).
 */
export const datedFactSchema = z.strictObject({
  date: partialDateSchema,
  text: textSchema,
  planned: z.boolean().optional(),
  quote: z.string().min(1).max(MAX_PACK_TEXT).optional(),
  sourceIds: sourceIdsSchema,
})
export type DatedFact = z.infer<typeof datedFactSchema>

/** Where to check what the pack cannot answer: an official lookup, given as a source to link. */
export const lookupSchema = z.strictObject({ name: textSchema, sourceIds: sourceIdsSchema })
export type Lookup = z.infer<typeof lookupSchema>

/**
 * A sourced number (minutes, km) with what it measures ("non-stop train"). `inference`: no
 * source states the number itself (e.g. km derived by subtraction); shown as unconfirmed.
 */
export const measureSchema = z.strictObject({
  value: z.number().positive(),
  label: textSchema.nullable(),
  inference: z.boolean().optional(),
  sourceIds: sourceIdsSchema,
})
export type Measure = z.infer<typeof measureSchema>

/**
 * A fare in integer fen as a source reported it. Every fare is shown with "verify"; how old it is
 * comes from its sources' dates, or `asOf` when the source dates the fare itself (a ticket's day).
 */
export const fareSchema = z.strictObject({
  fen: z.number().int().min(0),
  label: textSchema.nullable(),
  asOf: partialDateSchema.optional(),
  inference: z.boolean().optional(),
  sourceIds: sourceIdsSchema,
})
export type Fare = z.infer<typeof fareSchema>

// ── sources ────────────────────────────────────────────────────────────────────────────────
/**
 * `title` describes the page in our words (the fact sheet records no page titles); `publisher` is
 * the site or outlet. `date` is what the page gives. `dateKind`: 'published' (the page's own date), 'approximate'
 * (the fact sheet's best estimate for an undated page, e.g. from its URL) or 'retrieved' (no
 * date at all: when the fact sheet read it, 2026-11).
 */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  publisher: name(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(MAX_PACK_TEXT)
    .nullable(),
  date: partialDateSchema,
  dateKind: z.enum(['published', 'approximate', 'retrieved']),
  confidence: z.enum(CONFIDENCES),
  note: textSchema.nullable(),
})
export type Source = z.infer<typeof sourceSchema>

// ── cards, codes and where they work ─────────────────────────────────────────────────────────
/**
 * `standard`: 'mot' = Ministry of Transport / T-Union, 'mohurd' = 住建部, 'dual' = both,
 * 'qr' = a ride code, 'unknown' = no source says. `side`: who issues it ('national' = T-Union).
 */
export const cardTypeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['card', 'qr']),
  name: textSchema,
  aliases: z.array(name()),
  issuer: textSchema,
  side: z.enum(['shanghai', 'jiaxing', 'national']),
  standard: z.enum(['mot', 'mohurd', 'dual', 'qr', 'unknown']),
  /** When the card or code first appeared; several entries when sources disagree. */
  introduced: z.array(datedFactSchema),
  notes: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type CardType = z.infer<typeof cardTypeSchema>

/**
 * Whether a card type works on a system. 'works': accepted (conditions may list lost discounts);
 * 'conditional': accepted only in part (some routes, some versions); 'no': sourced refusal;
 * 'unknown': no source settles it; `sourceIds` then name the sources that show the gap.
 * `since` holds one entry per source when sources disagree on the date.
 */
export const acceptanceSchema = z.strictObject({
  id: idSchema,
  cardTypeId: idSchema,
  system: z.enum(SYSTEMS),
  status: z.enum(['works', 'no', 'conditional', 'unknown']),
  /** The status itself is reasoning no source states (likely, not confirmed): shown unconfirmed. */
  inference: z.boolean().optional(),
  since: z.array(datedFactSchema),
  conditions: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type Acceptance = z.infer<typeof acceptanceSchema>

// ── rail ───────────────────────────────────────────────────────────────────────────────────
/** Names a station or place is also written as (上海虹桥站, 虹桥站): search and log matching. */
const aliasesSchema = z.array(name()).default([])

/** A period a station takes no passengers, as its source dates it; `to` null: no end given. */
export const closureSchema = z.strictObject({
  from: fullDateSchema,
  to: fullDateSchema.nullable(),
  text: textSchema,
  quote: z.string().min(1).max(MAX_PACK_TEXT).optional(),
  sourceIds: sourceIdsSchema,
})
export type Closure = z.infer<typeof closureSchema>

/**
 * `district` is the station's location in words as its source gives it (嘉善县大云镇);
 * `placeId` the division (places) it is in. `closures`: passenger service suspended.
 */
export const stationSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: aliasesSchema,
  /** Names the station had before (松江南 → 上海松江). */
  formerNames: z.array(datedFactSchema),
  /** 12306 telecode as a source gives it; `note` says when it may be stale. */
  telecode: z
    .strictObject({
      code: z.string().regex(/^[A-Z]{3}$/),
      note: textSchema.nullable(),
      sourceIds: sourceIdsSchema,
    })
    .nullable(),
  side: z.enum(SIDES),
  district: textSchema.nullable(),
  placeId: idSchema.nullable().default(null),
  lines: z.array(textSchema),
  opened: z.array(datedFactSchema),
  closures: z.array(closureSchema).default([]),
  notes: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type Station = z.infer<typeof stationSchema>

/**
 * A sourced rail connection. `minutes`/`km`/`fares` are lists: one entry per sourced figure. A
 * link between two intermediate stations of one line may carry km derived by subtraction from a
 * source's route-km table: its label says so and it cites that table's source.
 * `system`: the acceptance column its tickets and cards follow (national rail or the Jinshan
 * Railway), stated per link rather than guessed from `kind`.
 */
export const railLinkSchema = z.strictObject({
  id: idSchema,
  fromStationId: idSchema,
  toStationId: idSchema,
  line: textSchema,
  kind: z.enum(['hsr', 'suburban', 'conventional']),
  system: z.enum(SYSTEMS),
  minutes: z.array(measureSchema),
  km: z.array(measureSchema),
  fares: z.array(fareSchema),
  /** Fare rules (fareRules) that govern this link's fares: the sourced fares are then history. */
  fareRuleIds: z.array(idSchema).default([]),
  notes: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type RailLink = z.infer<typeof railLinkSchema>

/**
 * A fare that is a rule rather than a number (the 2024-06-15 floating HSR fares). The app shows
 * the rule, the last sourced number with its date, and `lookup` (12306) for today's fare; it
 * never computes a fare from the rule.
 */
export const fareRuleSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  rule: textSchema,
  /** Which trains or services the rule covers, as its source says. */
  appliesTo: textSchema,
  since: z.array(datedFactSchema),
  details: z.array(factSchema),
  lookup: lookupSchema,
  sourceIds: sourceIdsSchema,
})
export type FareRule = z.infer<typeof fareRuleSchema>

// ── buses ──────────────────────────────────────────────────────────────────────────────────
/** Service hours as a source states them; first/last are null when the source gives none. */
export const hoursSchema = z.strictObject({
  first: z.string().regex(HHMM_RE).nullable(),
  last: z.string().regex(HHMM_RE).nullable(),
  label: textSchema.nullable(),
  sourceIds: sourceIdsSchema,
})
export type Hours = z.infer<typeof hoursSchema>

/** A connection from a bus line: to a rail station, another bus line, or described in text. */
export const connectionSchema = z.strictObject({
  stationId: idSchema.nullable(),
  busLineId: idSchema.nullable(),
  text: textSchema,
  sourceIds: sourceIdsSchema,
})
export type Connection = z.infer<typeof connectionSchema>

/**
 * kind: 'crossBorder' (毗邻公交 across the Shanghai–Zhejiang line), 'demoZone' (示范区 lines,
 * may run via Jiangsu), 'cityBus' (a Jiaxing or Shanghai city line that feeds a station).
 * `system`: the acceptance column a rider's card is checked against — 'crossBus' for cross-border
 * and demonstration-zone lines, 'shBus' or 'jxBus' for a city line by the city its sources place
 * it in. `stops` is null unless a source lists them; stopCount likewise.
 */
export const busLineSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: z.array(name()),
  kind: z.enum(['crossBorder', 'demoZone', 'cityBus']),
  system: z.enum(SYSTEMS),
  from: textSchema,
  to: textSchema,
  stops: z.array(textSchema).nullable(),
  stopCount: z.number().int().positive().nullable(),
  hours: z.array(hoursSchema),
  minutes: z.array(measureSchema),
  km: z.array(measureSchema),
  fares: z.array(fareSchema),
  discountNotes: z.array(factSchema),
  opened: z.array(datedFactSchema),
  operators: z.array(factSchema),
  connections: z.array(connectionSchema),
  notes: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type BusLine = z.infer<typeof busLineSchema>

// ── planned lines ──────────────────────────────────────────────────────────────────────────
/** `status` holds as of `statusAsOf`, per `statusSourceIds`; milestones are dated events/targets. */
export const plannedLineSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: z.array(name()),
  status: z.enum(['study', 'planned', 'underConstruction', 'open']),
  statusAsOf: partialDateSchema,
  statusSourceIds: sourceIdsSchema,
  milestones: z.array(datedFactSchema),
  facts: z.array(factSchema),
  stationIds: z.array(idSchema),
  sourceIds: sourceIdsSchema,
})
export type PlannedLine = z.infer<typeof plannedLineSchema>

// ── places (home / work choices) ───────────────────────────────────────────────────────────
/** A sourced way from a place to a station outside it (青浦 → 上海虹桥 by Metro Line 17). */
export const accessSchema = z.strictObject({
  stationId: idSchema,
  text: textSchema,
  inference: z.boolean().optional(),
  sourceIds: sourceIdsSchema,
})
export type Access = z.infer<typeof accessSchema>

export const PLACE_KINDS = ['district', 'town', 'subdistrict', 'zone', 'station', 'area'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

/**
 * A place a user can live or work. In format 2 places are the administrative divisions:
 * 'district' = county level (区, 县, 县级市), 'town' (镇) and 'subdistrict' (街道) below it, 'zone'
 * (a development zone with no code of its own), 'area' (a village or stop area a bus line names).
 * 'station' is format 1 only. `code`: the statistical division code (6 digits county level, 9
 * township level); `codeNote` says why there is none. `parentIds`: the division(s) above it
 * (two when the sources do not settle which). `stationIds`: stations in it; `access`: sourced
 * links to stations outside it; `replaces`: ids (and names) an older pack used for this place,
 * so a saved home or work moves here with a notice. `schematic` is an approximate cell on a
 * diagram grid (col 0–12 west→east, row 0–8 north→south): a drawing aid, never a coordinate.
 */
export const placeSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: aliasesSchema,
  side: z.enum(SIDES),
  kind: z.enum(PLACE_KINDS),
  code: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, { message: 'must be a 6- or 9-digit division code' })
    .nullable()
    .default(null),
  codeNote: factSchema.nullable().default(null),
  parentIds: z.array(idSchema).default([]),
  district: textSchema.nullable(),
  stationIds: z.array(idSchema),
  busLineIds: z.array(idSchema),
  access: z.array(accessSchema).default([]),
  // Each replaced id carries the sources that put it in this place (a station's district, a
  // stop a bus line names), shown with the notice that moves a saved home or work.
  replaces: z
    .array(z.strictObject({ id: idSchema, name: textSchema, sourceIds: z.array(idSchema).min(1) }))
    .default([]),
  schematic: z
    .strictObject({ col: z.number().int().min(0).max(12), row: z.number().int().min(0).max(8) })
    .nullable(),
  notes: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type Place = z.infer<typeof placeSchema>

// ── medical insurance rules ─────────────────────────────────────────────────────────────────
export const INSURED_IN = ['shanghai', 'jiaxing', 'zhejiangOther', 'other'] as const
export type InsuredIn = (typeof INSURED_IN)[number]
export const SCHEMES = ['employee', 'resident'] as const
export type Scheme = (typeof SCHEMES)[number]
export const CARE_IN = ['shanghai', 'jiaxing', 'yrdOther'] as const
export type CareIn = (typeof CARE_IN)[number]
export const CARE_TYPES = ['outpatient', 'inpatient', 'emergency', 'chronic', 'pharmacy'] as const
export type CareType = (typeof CARE_TYPES)[number]
export const FILED = ['none', 'longTerm', 'temporary'] as const
export type Filed = (typeof FILED)[number]

/**
 * Who a rule applies to. Each list is the set of matching answers; an empty list means "any".
 * `crossProvinceOnly`: the rule is about care outside the insured person's province.
 */
export const appliesSchema = z.strictObject({
  insuredIn: z.array(z.enum(INSURED_IN)),
  scheme: z.array(z.enum(SCHEMES)),
  careIn: z.array(z.enum(CARE_IN)),
  careType: z.array(z.enum(CARE_TYPES)),
  filed: z.array(z.enum(FILED)),
  crossProvinceOnly: z.boolean(),
})
export type Applies = z.infer<typeof appliesSchema>

export const MEDICAL_TOPICS = [
  'filing',
  'filingChannel',
  'credential',
  'yrdOutpatient',
  'nationalOutpatient',
  'chronic',
  'manualClaim',
  'localPlan',
  'networkedHospital',
  'payment',
  'pharmacy',
] as const

/**
 * One insurance rule or fact. `effect` summarises it for a wizard: 'direct' (settled on the
 * spot), 'fileFirst' (direct only after filing), 'manualClaim' (pay, then claim back), 'info',
 * 'unknown' (the sources leave it open). `status`: 'inForce' per its sources, 'plan' (announced
 * intention), 'historical' (a dated report, may have changed).
 */
export const medicalRuleSchema = z.strictObject({
  id: idSchema,
  topic: z.enum(MEDICAL_TOPICS),
  title: textSchema,
  statement: textSchema,
  effect: z.enum(['direct', 'fileFirst', 'manualClaim', 'info', 'unknown']),
  status: z.enum(['inForce', 'plan', 'historical']),
  applies: appliesSchema,
  since: z.array(datedFactSchema),
  steps: z.array(textSchema),
  details: z.array(factSchema),
  hospitalIds: z.array(idSchema),
  sourceIds: sourceIdsSchema,
})
export type MedicalRule = z.infer<typeof medicalRuleSchema>

// ── hospitals and partnerships ──────────────────────────────────────────────────────────────
/** A campus; `address` and `district` only where a source gives them. */
export const campusSchema = z.strictObject({
  name: textSchema,
  address: name().nullable(),
  district: textSchema.nullable().default(null),
  sourceIds: sourceIdsSchema,
})
export type Campus = z.infer<typeof campusSchema>

/** A grade (三甲) as one source gives it; `note` dates or qualifies it ("2016 list"). */
export const levelClaimSchema = z.strictObject({
  value: name(),
  note: textSchema.nullable().default(null),
  sourceIds: sourceIdsSchema,
})
export type LevelClaim = z.infer<typeof levelClaimSchema>

export const hospitalSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: z.array(name()),
  city: z.enum(SIDES),
  district: textSchema.nullable(),
  /**
   * Grades such as 三甲, one entry per source where sources disagree; empty when none gives one.
   * Format 1 wrote a single object or null; both read as this list.
   */
  level: z
    .union([levelClaimSchema, z.array(levelClaimSchema), z.null()])
    .transform((v) => (v === null ? [] : Array.isArray(v) ? v : [v])),
  campuses: z.array(campusSchema),
  settlement: z.array(factSchema),
  facts: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type Hospital = z.infer<typeof hospitalSchema>

/**
 * A relation between a host hospital (where patients are seen) and a partner. Either id may be
 * null when the source names only a city or "Shanghai experts"; `parties` then says who.
 * `status`: 'reported' (a source reports it), 'unconfirmed' (only announced; no later source
 * found it).
 */
export const partnershipSchema = z
  .strictObject({
    id: idSchema,
    hospitalId: idSchema.nullable(),
    partnerId: idSchema.nullable(),
    parties: textSchema,
    programme: textSchema,
    status: z.enum(['reported', 'unconfirmed']),
    since: z.array(datedFactSchema),
    departments: z.array(factSchema),
    settlement: z.array(factSchema),
    facts: z.array(factSchema),
    sourceIds: sourceIdsSchema,
  })
  .refine((p) => p.hospitalId !== null || p.partnerId !== null, {
    message: 'a partnership names at least one hospital',
  })
export type Partnership = z.infer<typeof partnershipSchema>

// ── working-day calendars ───────────────────────────────────────────────────────────────────
/**
 * The official holiday and make-up-day arrangement for one year (国务院办公厅 notice), which
 * overrides the bundled chinese-days calendar for that year. `off`: days off (放假调休);
 * `work`: weekend days worked (上班).
 */
export const workCalendarSchema = z.strictObject({
  id: idSchema,
  year: z.number().int().min(2000).max(2100),
  days: z.array(
    z.strictObject({
      name: textSchema,
      off: z.array(fullDateSchema),
      work: z.array(fullDateSchema),
    }),
  ),
  sourceIds: sourceIdsSchema,
})
export type WorkCalendar = z.infer<typeof workCalendarSchema>

// ── context notes ───────────────────────────────────────────────────────────────────────────
/**
 * Sourced context a commuter may want that belongs to no record (021 landlines, statistics, the
 * hospital lists no search found), with the official lookup to use instead where there is one.
 */
export const contextNoteSchema = z.strictObject({
  id: idSchema,
  topic: z.enum(['commuters', 'telecom', 'policy', 'caution', 'hospitals', 'medical']),
  title: textSchema,
  facts: z.array(factSchema).min(1),
  lookup: lookupSchema.nullable().default(null),
  sourceIds: sourceIdsSchema,
})
export type ContextNote = z.infer<typeof contextNoteSchema>

// ── the pack file ──────────────────────────────────────────────────────────────────────────
/**
 * The whole file. `version` grows with every published edit (compared numerically); `asOf` is
 * the date the data was compiled; `sha256` is packChecksum() of everything else (checksum.ts).
 */
export const packSchema = z.strictObject({
  format: z.union([z.literal(1), z.literal(2)]),
  version: z.number().int().positive(),
  asOf: fullDateSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lowercase hex digits' }),
  sources: z.array(sourceSchema),
  cardTypes: z.array(cardTypeSchema),
  acceptance: z.array(acceptanceSchema),
  stations: z.array(stationSchema),
  railLinks: z.array(railLinkSchema),
  busLines: z.array(busLineSchema),
  plannedLines: z.array(plannedLineSchema),
  places: z.array(placeSchema),
  medicalRules: z.array(medicalRuleSchema),
  hospitals: z.array(hospitalSchema),
  partnerships: z.array(partnershipSchema),
  fareRules: z.array(fareRuleSchema).default([]),
  workCalendars: z.array(workCalendarSchema).default([]),
  contextNotes: z.array(contextNoteSchema).default([]),
})
export type Pack = z.infer<typeof packSchema>

export type PackSection = (typeof PACK_SECTIONS)[number]
export type PackRecordOf<S extends PackSection> = Pack[S][number]
export type PackHeader = Pick<Pack, 'format' | 'version' | 'asOf' | 'sha256'>
