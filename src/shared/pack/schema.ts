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
import { z } from 'zod'
import { CONFIDENCES, PACK_SECTIONS, SIDES, SYSTEMS } from './vocabulary'
import { isDateString } from '../calendar/dates'

export const PACK_FORMAT = 1

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const YEAR_RE = /^\d{4}$/
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/
const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/

export const idSchema = z.string().regex(ID_RE, { message: 'must be a kebab-case id' })
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
  zh: z.string().min(1, { message: 'Chinese text is empty' }),
  en: z.string().min(1, { message: 'English text is empty' }),
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

/** A dated event or claim ("card issued from 2016-10-28"); `planned` marks a target date. */
export const datedFactSchema = z.strictObject({
  date: partialDateSchema,
  text: textSchema,
  planned: z.boolean().optional(),
  sourceIds: sourceIdsSchema,
})
export type DatedFact = z.infer<typeof datedFactSchema>

/** A sourced number (minutes, km) with what it measures ("non-stop train"). */
export const measureSchema = z.strictObject({
  value: z.number().positive(),
  label: textSchema.nullable(),
  sourceIds: sourceIdsSchema,
})
export type Measure = z.infer<typeof measureSchema>

/**
 * A fare in integer fen as a source reported it. Every fare is shown with "verify"; how old it is
 * comes from its sources' dates.
 */
export const fareSchema = z.strictObject({
  fen: z.number().int().min(0),
  label: textSchema.nullable(),
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
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).nullable(),
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
  aliases: z.array(z.string().min(1)),
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
  since: z.array(datedFactSchema),
  conditions: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type Acceptance = z.infer<typeof acceptanceSchema>

// ── rail ───────────────────────────────────────────────────────────────────────────────────
export const stationSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
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
  lines: z.array(textSchema),
  opened: z.array(datedFactSchema),
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
  notes: z.array(factSchema),
  sourceIds: sourceIdsSchema,
})
export type RailLink = z.infer<typeof railLinkSchema>

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
  aliases: z.array(z.string().min(1)),
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
  aliases: z.array(z.string().min(1)),
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
/**
 * A place a user can live or work, with the stations and bus lines that serve it. `schematic` is
 * an approximate cell on a schematic diagram grid (col 0–12 west→east, row 0–8 north→south): a
 * drawing aid, never a coordinate.
 */
export const placeSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  side: z.enum(SIDES),
  kind: z.enum(['district', 'town', 'station', 'area']),
  district: textSchema.nullable(),
  stationIds: z.array(idSchema),
  busLineIds: z.array(idSchema),
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
export const campusSchema = z.strictObject({
  name: textSchema,
  address: z.string().min(1),
  sourceIds: sourceIdsSchema,
})
export type Campus = z.infer<typeof campusSchema>

export const hospitalSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: z.array(z.string().min(1)),
  city: z.enum(SIDES),
  district: textSchema.nullable(),
  /** Grade such as 三甲, only where a source gives it. */
  level: z.strictObject({ value: z.string().min(1), sourceIds: sourceIdsSchema }).nullable(),
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

// ── the pack file ──────────────────────────────────────────────────────────────────────────
/**
 * The whole file. `version` grows with every published edit (compared numerically); `asOf` is
 * the date the data was compiled; `sha256` is packChecksum() of everything else (checksum.ts).
 */
export const packSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
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
})
export type Pack = z.infer<typeof packSchema>

export type PackSection = (typeof PACK_SECTIONS)[number]
export type PackRecordOf<S extends PackSection> = Pack[S][number]
export type PackHeader = Pick<Pack, 'format' | 'version' | 'asOf' | 'sha256'>
