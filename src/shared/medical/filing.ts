// The user's recorded filing, and what the wizard can take from it.
import type { Filing } from './schema'
import type { WizardAnswers } from './answer'

/** 'expired' only when the user gave a valid-until date and it has passed. */
export type FilingState = 'active' | 'expired'

export function filingState(filing: Pick<Filing, 'validUntil'>, today: string): FilingState {
  return filing.validUntil !== null && filing.validUntil < today ? 'expired' : 'active'
}

/** The filing that counts now: the most recent one by filing date, then by last edit. */
export function currentFiling(filings: readonly Filing[]): Filing | null {
  let best: Filing | null = null
  for (const f of filings) {
    if (
      best === null ||
      f.date > best.date ||
      (f.date === best.date && f.updatedAt > best.updatedAt)
    )
      best = f
  }
  return best
}

/**
 * Wizard answers pre-filled from a filing: where the user is insured, the scheme, the city filed
 * to, and the filing type (or 'none' once it has expired). The care type is always asked.
 */
export function answersFromFiling(filing: Filing, today: string): Omit<WizardAnswers, 'careType'> {
  return {
    insuredIn: filing.insuredIn,
    scheme: filing.scheme,
    careIn: filing.city,
    filed: filingState(filing, today) === 'expired' ? 'none' : filing.type,
  }
}
