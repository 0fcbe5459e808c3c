import { describe, expect, it } from 'vitest'
import { answer } from '@shared/medical/answer'
import { checklistFromAnswer, claimDocuments, customDocument } from '@shared/medical/checklist'
import { rule } from './rules'

const t = (s: string) => ({ zh: s, en: s })
const A = {
  insuredIn: 'jiaxing',
  scheme: 'employee',
  careIn: 'shanghai',
  careType: 'inpatient',
  filed: 'none',
} as const

describe('checklists from the rules', () => {
  const rules = [
    rule('file', { effect: 'fileFirst', steps: [t('open the app'), t('pick the city')] }),
    rule('card', { topic: 'credential' }),
    rule('docs', {
      topic: 'manualClaim',
      effect: 'manualClaim',
      details: [{ text: t('invoice'), sourceIds: ['d1'] }],
    }),
    rule('old-claim', { topic: 'manualClaim', effect: 'manualClaim', status: 'historical' }),
    rule('background', { topic: 'yrdOutpatient', steps: [t('not an action')] }),
  ]

  it('takes steps, what to bring and what to keep, in that order, with their sources', () => {
    const items = checklistFromAnswer(answer(A, rules, null, { today: '2026-11-26' }))
    expect(items.map((i) => [i.id, i.text.en, i.sourceIds, i.done])).toEqual([
      ['file:step:0', 'open the app', ['src-file'], false],
      ['file:step:1', 'pick the city', ['src-file'], false],
      ['card:statement:0', 'statement card', ['src-card'], false],
      ['docs:detail:0', 'invoice', ['d1'], false],
      ['old-claim:statement:0', 'statement old-claim', ['src-old-claim'], false],
    ])
  })

  it('starts a claim with the manual-claim rules in force', () => {
    expect(claimDocuments(rules).map((d) => d.id)).toEqual(['docs:detail:0'])
    expect(claimDocuments([])).toEqual([])
  })

  it('adds the user’s own document in both languages, without sources', () => {
    expect(customDocument('x', '病历本')).toEqual({
      id: 'own:x',
      text: { zh: '病历本', en: '病历本' },
      sourceIds: [],
      done: false,
    })
  })
})
