// Which medical-insurance rules apply to a wizard's answers. The matching rules are part of the
// pack format: an empty list in `applies` means "any"; `crossProvinceOnly` rules apply unless the
// care is known to be in the insured person's own province.
import type { CareIn, CareType, Filed, InsuredIn, MedicalRule, Scheme } from './schema'

export interface MedicalAnswers {
  insuredIn: InsuredIn
  scheme: Scheme
  careIn: CareIn
  careType: CareType
  filed: Filed
}

// 'other' is somewhere outside Shanghai and Zhejiang; 'yrdOther' may be in Zhejiang or not.
const INSURED_PROVINCE: Record<InsuredIn, string> = {
  shanghai: 'shanghai',
  jiaxing: 'zhejiang',
  zhejiangOther: 'zhejiang',
  other: 'other',
}

/**
 * true / false when the answers settle whether care is in another province; null when they do
 * not (care elsewhere in the delta for someone insured in Zhejiang or elsewhere).
 */
export function isCrossProvince(insuredIn: InsuredIn, careIn: CareIn): boolean | null {
  const home = INSURED_PROVINCE[insuredIn]
  if (careIn === 'yrdOther') return home === 'shanghai' ? true : null
  const care = careIn === 'shanghai' ? 'shanghai' : 'zhejiang'
  return home !== care
}

function matches<T>(allowed: readonly T[], answer: T): boolean {
  return allowed.length === 0 || allowed.includes(answer)
}

export function medicalRuleApplies(rule: MedicalRule, answers: MedicalAnswers): boolean {
  const a = rule.applies
  if (a.crossProvinceOnly && isCrossProvince(answers.insuredIn, answers.careIn) === false)
    return false
  return (
    matches(a.insuredIn, answers.insuredIn) &&
    matches(a.scheme, answers.scheme) &&
    matches(a.careIn, answers.careIn) &&
    matches(a.careType, answers.careType) &&
    matches(a.filed, answers.filed)
  )
}

export function applicableMedicalRules(
  rules: MedicalRule[],
  answers: MedicalAnswers,
): MedicalRule[] {
  return rules.filter((r) => medicalRuleApplies(r, answers))
}
