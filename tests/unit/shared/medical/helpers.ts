import type { Filing, Visit } from '@shared/medical/schema'
import type { VisitForm } from '@shared/medical/forms'
import type { WizardAnswers } from '@shared/medical/answer'

import { uuid } from '../../../fixtures/builders'

export { uuid }

/** Insured in Jiaxing (employee), in hospital in Shanghai, not filed: the commuter's usual case. */
export const JX_TO_SH: WizardAnswers = {
  insuredIn: 'jiaxing',
  scheme: 'employee',
  careIn: 'shanghai',
  careType: 'inpatient',
  filed: 'none',
}

export const NOW = '2026-11-20T08:00:00.000Z'
export const TOMORROW = '2026-11-21'

export function visit(over: Partial<Visit> = {}): Visit {
  return {
    id: uuid(1),
    date: '2026-03-02',
    hospitalId: 'sh-changhai',
    hospitalName: '',
    department: '肾内科',
    totalFen: 50_000,
    directFen: 30_000,
    outOfPocketFen: 20_000,
    claim: { status: 'notNeeded', reimbursedFen: null, documents: [] },
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  }
}

export function filing(over: Partial<Filing> = {}): Filing {
  return {
    id: uuid(50),
    type: 'longTerm',
    insuredIn: 'jiaxing',
    scheme: 'employee',
    city: 'shanghai',
    date: '2026-01-10',
    validUntil: null,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  }
}

export function visitForm(over: Partial<VisitForm> = {}): VisitForm {
  return {
    date: '2026-03-02',
    hospitalId: '',
    hospitalName: '嘉兴市第一医院',
    department: '肾内科',
    total: '500',
    direct: '300',
    outOfPocket: '200',
    claimStatus: 'notNeeded',
    reimbursed: '',
    documents: [],
    note: '',
    ...over,
  }
}
