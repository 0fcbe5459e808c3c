// The user's own medical records: the filing (备案) they made and the visits they paid for.
// Validation messages are i18n keys: 'validation.*' resolved in the medical namespace first,
// then in common (date, amount, tooLong …).
import { z } from 'zod'
import { idSchema, CARE_IN, INSURED_IN, SCHEMES, textSchema } from '../pack/schema'
import { dateSchema, uuidSchema } from '../trips/schema'

/** A visit or filing before this is a typo rather than a record. */
export const MIN_MEDICAL_DATE = '2000-01-01'
/** ¥1,000,000: the largest amount one visit may record. */
export const MAX_VISIT_FEN = 100_000_000
export const MAX_HOSPITAL_NAME_LENGTH = 100
export const MAX_DEPARTMENT_LENGTH = 60
export const MAX_NOTE_LENGTH = 2000
export const MAX_DOCUMENTS = 40
export const MAX_DOCUMENT_LENGTH = 200

export const FILING_TYPES = ['longTerm', 'temporary'] as const
export type FilingType = (typeof FILING_TYPES)[number]

const medicalDateSchema = dateSchema.refine((d) => d >= MIN_MEDICAL_DATE, {
  message: 'validation.dateTooEarly',
})

/** The user's filing for cross-region care: where they are insured and where they filed to. */
export const filingSchema = z
  .object({
    id: uuidSchema,
    type: z.enum(FILING_TYPES, { message: 'validation.filingType' }),
    insuredIn: z.enum(INSURED_IN, { message: 'validation.insuredIn' }),
    scheme: z.enum(SCHEMES, { message: 'validation.scheme' }),
    /** The city the filing is for (where the care happens). */
    city: z.enum(CARE_IN, { message: 'validation.city' }),
    date: medicalDateSchema,
    /** Only when the user knows it: no source gives a filing's validity. */
    validUntil: medicalDateSchema.nullable(),
    note: z.string().max(MAX_NOTE_LENGTH, { message: 'validation.tooLong' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine((f) => f.validUntil === null || f.validUntil >= f.date, {
    message: 'validation.validUntilBeforeDate',
    path: ['validUntil'],
  })
export type Filing = z.infer<typeof filingSchema>

export const CLAIM_STATUSES = ['notNeeded', 'toClaim', 'submitted', 'reimbursed'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
/** Claims the user still has to act on or wait for. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['toClaim', 'submitted']

export const fenSchema = z
  .number({ message: 'validation.amount' })
  .int({ message: 'validation.amount' })
  .min(0, { message: 'validation.amountRange' })
  .max(MAX_VISIT_FEN, { message: 'validation.amountRange' })

/**
 * One document to keep for a claim. Items copied from the service pack keep its text in both
 * languages and its sources; items the user adds have the same text twice and no sources.
 */
export const documentItemSchema = z.object({
  id: z.string().min(1),
  text: textSchema,
  sourceIds: z.array(idSchema),
  done: z.boolean(),
})
export type DocumentItem = z.infer<typeof documentItemSchema>

export const claimSchema = z.object({
  status: z.enum(CLAIM_STATUSES, { message: 'validation.claimStatus' }),
  /** Set only once reimbursed. */
  reimbursedFen: fenSchema.nullable(),
  documents: z.array(documentItemSchema).max(MAX_DOCUMENTS, { message: 'validation.tooMany' }),
})
export type Claim = z.infer<typeof claimSchema>

export const visitObjectSchema = z.object({
  id: uuidSchema,
  date: medicalDateSchema,
  /** A hospital of the service pack, or null when the user typed a name. */
  hospitalId: idSchema.nullable(),
  hospitalName: z.string().max(MAX_HOSPITAL_NAME_LENGTH, { message: 'validation.tooLong' }),
  department: z.string().max(MAX_DEPARTMENT_LENGTH, { message: 'validation.tooLong' }),
  totalFen: fenSchema,
  /** Paid by the insurance fund at the counter. */
  directFen: fenSchema,
  /** Paid by the user at the counter. */
  outOfPocketFen: fenSchema,
  claim: claimSchema,
  note: z.string().max(MAX_NOTE_LENGTH, { message: 'validation.tooLong' }),
  createdAt: z.string(),
  updatedAt: z.string(),
})

/** The cross-field rules of a visit, each reported on the field the user has to change. */
export const visitSchema = visitObjectSchema.superRefine((v, ctx) => {
  if (v.hospitalId === null && v.hospitalName.trim() === '')
    ctx.addIssue({ code: 'custom', message: 'validation.hospitalRequired', path: ['hospitalName'] })
  if (v.directFen + v.outOfPocketFen > v.totalFen)
    ctx.addIssue({
      code: 'custom',
      message: 'validation.amountsExceedTotal',
      path: ['outOfPocketFen'],
    })
  const { status, reimbursedFen } = v.claim
  if (status === 'reimbursed' && reimbursedFen === null)
    ctx.addIssue({
      code: 'custom',
      message: 'validation.reimbursedRequired',
      path: ['claim', 'reimbursedFen'],
    })
  if (status !== 'reimbursed' && reimbursedFen !== null)
    ctx.addIssue({
      code: 'custom',
      message: 'validation.reimbursedOnlyWhenDone',
      path: ['claim', 'reimbursedFen'],
    })
  if (reimbursedFen !== null && reimbursedFen > v.outOfPocketFen)
    ctx.addIssue({
      code: 'custom',
      message: 'validation.reimbursedExceedsPaid',
      path: ['claim', 'reimbursedFen'],
    })
})
export type Visit = z.infer<typeof visitSchema>

/** A visit dated no later than `tomorrowDate`. */
export function visitSchemaUntil(tomorrowDate: string) {
  return visitSchema.refine((v) => v.date <= tomorrowDate, {
    message: 'validation.dateFuture',
    path: ['date'],
  })
}

/** A filing dated no later than `tomorrowDate` (a valid-until date may be in the future). */
export function filingSchemaUntil(tomorrowDate: string) {
  return filingSchema.refine((f) => f.date <= tomorrowDate, {
    message: 'validation.dateFuture',
    path: ['date'],
  })
}
