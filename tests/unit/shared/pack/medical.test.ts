import { describe, expect, test } from 'vitest'
import {
  applicableMedicalRules,
  isCrossProvince,
  medicalRuleApplies,
  type MedicalAnswers,
  type MedicalRule,
} from '@shared/pack'
import { shippedPack } from './helpers'
import { rule as handMade } from '../medical/rules'

const rules = shippedPack().medicalRules
const ids = (answers: MedicalAnswers) => applicableMedicalRules(rules, answers).map((r) => r.id)
const base: MedicalAnswers = {
  insuredIn: 'jiaxing',
  scheme: 'employee',
  careIn: 'shanghai',
  careType: 'outpatient',
  filed: 'none',
}

describe('isCrossProvince', () => {
  test.each<[MedicalAnswers['insuredIn'], MedicalAnswers['careIn'], boolean | null]>([
    ['jiaxing', 'shanghai', true],
    ['shanghai', 'jiaxing', true],
    ['jiaxing', 'jiaxing', false],
    ['zhejiangOther', 'jiaxing', false],
    ['shanghai', 'shanghai', false],
    ['other', 'jiaxing', true],
    ['shanghai', 'yrdOther', true],
    ['jiaxing', 'yrdOther', null],
    ['other', 'yrdOther', null],
  ])('insured in %s, care in %s → %s', (insuredIn, careIn, expected) => {
    expect(isCrossProvince(insuredIn, careIn)).toBe(expected)
  })
})

describe('medicalRuleApplies', () => {
  const rule = (applies: Partial<MedicalRule['applies']>): MedicalRule =>
    handMade('test-rule', {}, applies)
  test('empty lists match any answer', () => {
    expect(medicalRuleApplies(rule({}), base)).toBe(true)
  })
  test('a listed answer must match', () => {
    expect(medicalRuleApplies(rule({ careType: ['chronic'] }), base)).toBe(false)
    expect(
      medicalRuleApplies(rule({ careType: ['chronic'] }), { ...base, careType: 'chronic' }),
    ).toBe(true)
  })
  test('cross-province rules skip care at home but keep the undecided case', () => {
    const cross = rule({ crossProvinceOnly: true })
    expect(medicalRuleApplies(cross, { ...base, careIn: 'jiaxing' })).toBe(false)
    expect(medicalRuleApplies(cross, { ...base, careIn: 'yrdOther' })).toBe(true)
  })
})

describe('the shipped rules answer the wizard', () => {
  test('Jiaxing-insured, outpatient in Shanghai, not filed: filing rules and the 2017 networked hospitals', () => {
    expect(ids(base)).toEqual(
      expect.arrayContaining([
        'med-filing-long-term',
        'med-filing-temporary',
        'med-filing-channels',
        'med-credential',
        'med-not-networked',
        'med-yrd-outpatient',
        'med-jx-networked-2017',
      ]),
    )
    expect(ids(base)).not.toContain('med-seed-2017-plan')
    expect(ids(base)).not.toContain('med-sh-online-claim')
  })

  test('filed as long-term resident: the temporary-treatment rule drops out', () => {
    const got = ids({ ...base, filed: 'longTerm' })
    expect(got).toContain('med-filing-long-term')
    expect(got).not.toContain('med-filing-temporary')
  })

  test('Shanghai-insured in Jiaxing: the seed’s 2017 plan and the Shanghai online claim', () => {
    const got = ids({ ...base, insuredIn: 'shanghai', careIn: 'jiaxing', careType: 'inpatient' })
    expect(got).toEqual(expect.arrayContaining(['med-seed-2017-plan', 'med-sh-online-claim']))
    expect(got).not.toContain('med-yrd-outpatient')
  })

  test('chronic care needs the chronic-disease rule', () => {
    expect(ids({ ...base, careType: 'chronic' })).toContain('med-chronic')
  })

  test('care at home gets no cross-province rule', () => {
    const got = ids({ ...base, careIn: 'jiaxing' })
    expect(got.every((id) => !rules.find((r) => r.id === id)!.applies.crossProvinceOnly)).toBe(true)
  })
})
