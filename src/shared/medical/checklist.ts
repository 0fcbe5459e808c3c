// Checklists built from the rules: the wizard's "save as checklist" and the documents to keep
// for a claim. Items keep the pack's text in both languages and the sources it cites.
import type { MedicalRule } from '../pack/schema'
import type { MedicalAnswer, RuleItem, SectionId, WizardAnswers } from './answer'
import type { DocumentItem } from './schema'

export interface SavedChecklist {
  savedAt: string
  answers: WizardAnswers
  items: DocumentItem[]
}

type RuleParts = Pick<RuleItem, 'ruleId' | 'statement' | 'steps' | 'details' | 'sourceIds'>

/** The sections whose steps the user has to do, in the order they happen. */
const ACTION_SECTIONS: readonly SectionId[] = ['firstSteps', 'bring', 'whenFails']

/**
 * A rule's steps, then its details when asked; a rule with neither is one item, its statement
 * (the pack lists some documents in one sentence).
 */
function itemsOf(rule: RuleParts, withDetails: boolean): DocumentItem[] {
  const item = (kind: string, i: number, text: DocumentItem['text'], sourceIds: string[]) => ({
    id: `${rule.ruleId}:${kind}:${i}`,
    text,
    sourceIds,
    done: false,
  })
  const steps = rule.steps.map((text, i) => item('step', i, text, rule.sourceIds))
  const details = withDetails
    ? rule.details.map((d, i) => item('detail', i, d.text, d.sourceIds))
    : []
  if (steps.length + details.length > 0) return [...steps, ...details]
  return [item('statement', 0, rule.statement, rule.sourceIds)]
}

/** What the answer asks the user to do: filing steps, what to bring, what to keep for a claim. */
export function checklistFromAnswer(a: MedicalAnswer): DocumentItem[] {
  const seen = new Set<string>()
  const out: DocumentItem[] = []
  for (const id of ACTION_SECTIONS)
    for (const rule of a.sections[id])
      for (const item of itemsOf(rule, id === 'whenFails'))
        if (!seen.has(item.id)) {
          seen.add(item.id)
          out.push(item)
        }
  return out
}

/** The checklist a new claim starts with: what the pack's manual-claim rules in force say. */
export function claimDocuments(rules: readonly MedicalRule[]): DocumentItem[] {
  return rules
    .filter((r) => r.topic === 'manualClaim' && r.status === 'inForce')
    .flatMap((r) => itemsOf({ ...r, ruleId: r.id }, true))
}

/** A document the user adds by hand: the same text in both languages, no sources. */
export function customDocument(id: string, text: string): DocumentItem {
  return { id: `own:${id}`, text: { zh: text, en: text }, sourceIds: [], done: false }
}
