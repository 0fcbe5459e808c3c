// Every combination of the wizard's answers against the shipped service pack: none crashes, none
// is empty, and the known cases give the answer their sources support.
import { describe, expect, it } from 'vitest'
import { answer, type MedicalAnswer, type WizardAnswers } from '@shared/medical/answer'
import { checklistFromAnswer } from '@shared/medical/checklist'
import { CARE_IN, CARE_TYPES, FILED, INSURED_IN, isCrossProvince, SCHEMES } from '@shared/pack'
import { JX_TO_SH } from './helpers'
import { shippedPack } from './rules'

const pack = shippedPack()
const TODAY = '2026-11-26'
const sourceIds = new Set(pack.sources.map((s) => s.id))
const hospitalIds = new Set(pack.hospitals.map((h) => h.id))

const ALL: WizardAnswers[] = INSURED_IN.flatMap((insuredIn) =>
  SCHEMES.flatMap((scheme) =>
    CARE_IN.flatMap((careIn) =>
      CARE_TYPES.flatMap((careType) =>
        FILED.map((filed) => ({ insuredIn, scheme, careIn, careType, filed })),
      ),
    ),
  ),
)

const run = (a: WizardAnswers): MedicalAnswer =>
  answer(a, pack.medicalRules, null, { today: TODAY, sources: pack.sources })
const ids = (items: { ruleId: string }[]) => items.map((i) => i.ruleId)
const codes = (r: MedicalAnswer) => r.notes.map((n) => n.code)
const label = (a: WizardAnswers) => Object.values(a).join('/')

describe('every combination of answers', () => {
  it('covers 4 × 2 × 3 × 5 × 3 = 360 combinations', () => {
    expect(ALL).toHaveLength(360)
    expect(new Set(ALL.map(label)).size).toBe(360)
  })

  it.each(ALL.map((a) => [label(a), a] as const))('%s gives a complete, sourced answer', (_, a) => {
    const r = run(a)
    expect(['yes', 'afterFiling', 'no', 'unknown']).toContain(r.verdict)
    // Never empty: either rules decided it, or the answer says the sources are silent.
    expect(r.basis.length > 0 || codes(r).includes('noRule')).toBe(true)
    expect(r.confirmWithOfficialChannel).toBe(true)
    const items = [...r.basis, ...Object.values(r.sections).flat()]
    for (const item of items) {
      expect(item.sourceIds.length).toBeGreaterThan(0)
      for (const id of item.sourceIds)
        expect(sourceIds.has(id), `${item.ruleId} cites ${id}`).toBe(true)
      for (const d of [...item.details, ...item.since])
        expect(d.sourceIds.length).toBeGreaterThan(0)
    }
    for (const n of r.notes) for (const id of n.sourceIds) expect(sourceIds.has(id)).toBe(true)
    for (const id of r.hospitalIds) expect(hospitalIds.has(id), `hospital ${id}`).toBe(true)
    // Whenever the answer asks the user to do something, the checklist they can save has it.
    const actions =
      r.sections.firstSteps.length + r.sections.bring.length + r.sections.whenFails.length
    expect(checklistFromAnswer(r).length > 0).toBe(actions > 0)
  })
})

describe('known cases, as the sources support them', () => {
  const SH_TO_JX: WizardAnswers = {
    insuredIn: 'shanghai',
    scheme: 'employee',
    careIn: 'jiaxing',
    careType: 'outpatient',
    filed: 'none',
  }

  it('insured in Jiaxing, inpatient in Shanghai, not filed: file first, then settle directly', () => {
    const r = run(JX_TO_SH)
    expect(r.verdict).toBe('afterFiling')
    expect(ids(r.basis)).toEqual(['med-filing-long-term', 'med-filing-temporary'])
    expect(ids(r.sections.firstSteps)).toEqual(expect.arrayContaining(['med-filing-channels']))
    expect(
      r.sections.firstSteps.find((i) => i.ruleId === 'med-filing-channels')?.steps.length,
    ).toBeGreaterThan(0)
    expect(ids(r.sections.bring)).toEqual(['med-credential'])
    expect(ids(r.sections.whenFails)).toEqual(expect.arrayContaining(['med-claim-documents']))
    // The 2017 report of card settlement at Changhai and First People's is shown, as a dated report.
    expect(r.hospitalIds).toEqual(expect.arrayContaining(['sh-changhai', 'sh-first-people']))
    expect(r.notes.find((n) => n.code === 'historical')?.ruleIds).toContain('med-jx-networked-2017')
  })

  it('the same, once filed for temporary treatment: settled directly', () => {
    expect(run({ ...JX_TO_SH, filed: 'temporary' }).verdict).toBe('yes')
    expect(run({ ...JX_TO_SH, filed: 'longTerm' }).verdict).toBe('yes')
  })

  it('insured in Shanghai, outpatient in Jiaxing: file first; the delta pilot and the 2017 plan are background', () => {
    const r = run(SH_TO_JX)
    expect(r.verdict).toBe('afterFiling')
    expect(ids(r.sections.also)).toEqual(
      expect.arrayContaining([
        'med-yrd-outpatient',
        'med-national-outpatient',
        'med-seed-2017-plan',
      ]),
    )
    expect(ids(r.sections.whenFails)).toEqual(expect.arrayContaining(['med-sh-online-claim']))
    expect(codes(r)).toEqual(expect.arrayContaining(['historical', 'plan']))
    // The sources never name Jiaxing a first-batch pilot city: the answer carries that detail.
    const yrd = r.sections.also.find((i) => i.ruleId === 'med-yrd-outpatient')
    expect(yrd?.details.some((d) => d.text.en.includes('Jiaxing'))).toBe(true)
  })

  it('chronic-disease outpatient care: certification and filing first', () => {
    const r = run({ ...JX_TO_SH, careType: 'chronic' })
    expect(r.verdict).toBe('afterFiling')
    expect(r.sections.firstSteps.find((i) => i.ruleId === 'med-chronic')?.steps).toHaveLength(2)
  })

  it('emergencies across the province line are settled directly after a temporary filing', () => {
    expect(run({ ...JX_TO_SH, careType: 'emergency' }).verdict).toBe('afterFiling')
    expect(run({ ...JX_TO_SH, careType: 'emergency', filed: 'temporary' }).verdict).toBe('yes')
  })

  it('pharmacy: the sources found no Jiaxing–Shanghai arrangement, so the answer is unknown', () => {
    for (const a of ALL.filter((x) => x.careType === 'pharmacy')) {
      const r = run(a)
      expect(r.verdict, label(a)).toBe('unknown')
      expect(ids(r.basis), label(a)).toEqual(['med-pharmacy'])
      expect(codes(r), label(a)).toContain('openInSources')
    }
    expect(codes(run({ ...JX_TO_SH, careType: 'pharmacy' }))).toContain('inference')
  })

  it('every other cross-province case: after filing, or directly once filed', () => {
    const cases = ALL.filter(
      (a) => a.careType !== 'pharmacy' && isCrossProvince(a.insuredIn, a.careIn) !== false,
    )
    expect(cases.length).toBeGreaterThan(100)
    for (const a of cases)
      expect(run(a).verdict, label(a)).toBe(a.filed === 'none' ? 'afterFiling' : 'yes')
  })

  it('care in the insured province: the sources cover cross-province settlement only', () => {
    const cases = ALL.filter(
      (a) => a.careType !== 'pharmacy' && isCrossProvince(a.insuredIn, a.careIn) === false,
    )
    expect(cases.map(label)).toContain('jiaxing/employee/jiaxing/outpatient/none')
    for (const a of cases) {
      const r = run(a)
      expect(r.verdict, label(a)).toBe('unknown')
      expect(codes(r), label(a)).toEqual(expect.arrayContaining(['noRule', 'notCrossProvince']))
    }
  })

  it('a claim outside a networked institution is explained in every cross-province answer', () => {
    for (const a of ALL.filter((x) => isCrossProvince(x.insuredIn, x.careIn) !== false)) {
      const r = run(a)
      expect([...ids(r.sections.notDirect), ...ids(r.sections.whenFails)], label(a)).toContain(
        'med-not-networked',
      )
    }
  })
})
