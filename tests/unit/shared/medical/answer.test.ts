// The wizard's rules function on hand-made rules: how it ranks, groups and annotates them.
import { describe, expect, it } from 'vitest'
import { answer, specificity, type WizardAnswers } from '@shared/medical/answer'
import type { Source } from '@shared/pack'
import { filing, JX_TO_SH } from './helpers'
import { rule } from './rules'

const TODAY = '2026-11-26'

const fileFirst = rule('file-first', { effect: 'fileFirst' }, { crossProvinceOnly: true })

describe('answer: the verdict', () => {
  it('is "after filing" for a file-first rule before filing, and "yes" once filed', () => {
    expect(answer(JX_TO_SH, [fileFirst], null, { today: TODAY }).verdict).toBe('afterFiling')
    expect(
      answer({ ...JX_TO_SH, filed: 'temporary' }, [fileFirst], null, { today: TODAY }).verdict,
    ).toBe('yes')
  })

  it('maps direct to yes and manual claim to no', () => {
    expect(
      answer(JX_TO_SH, [rule('d', { effect: 'direct' })], null, { today: TODAY }).verdict,
    ).toBe('yes')
    expect(
      answer(JX_TO_SH, [rule('m', { effect: 'manualClaim' })], null, { today: TODAY }).verdict,
    ).toBe('no')
  })

  it('is unknown, saying the sources are silent, when no rule decides', () => {
    const a = answer(JX_TO_SH, [rule('info', { effect: 'info' })], null, { today: TODAY })
    expect(a.verdict).toBe('unknown')
    expect(a.basis).toEqual([])
    expect(a.notes.map((n) => n.code)).toContain('noRule')
  })

  it('lets the rule naming more answers decide', () => {
    const narrow = rule(
      'narrow',
      { effect: 'direct' },
      { insuredIn: ['jiaxing'], careIn: ['shanghai'] },
    )
    const broad = rule('broad', { effect: 'manualClaim' }, { careIn: ['shanghai'] })
    const a = answer(JX_TO_SH, [broad, narrow], null, { today: TODAY })
    expect([a.verdict, a.basis.map((b) => b.ruleId)]).toEqual(['yes', ['narrow']])
    expect(specificity(narrow)).toBe(2)
    expect(specificity(fileFirst)).toBe(0)
  })

  it('keeps a question open when an equally specific rule says the sources leave it open', () => {
    const open = rule('open', { effect: 'unknown' }, { careType: ['inpatient'] })
    const direct = rule('direct', { effect: 'direct' }, { careIn: ['shanghai'] })
    const a = answer(JX_TO_SH, [direct, open], null, { today: TODAY })
    expect([a.verdict, a.basis.map((b) => b.ruleId)]).toEqual(['unknown', ['open']])
    expect(a.notes.map((n) => n.code)).toContain('openInSources')
  })

  it('says so when equally specific rules disagree', () => {
    const a = answer(
      JX_TO_SH,
      [
        rule('a', { effect: 'direct' }, { careIn: ['shanghai'] }),
        rule('b', { effect: 'manualClaim' }, { careType: ['inpatient'] }),
      ],
      null,
      { today: TODAY },
    )
    expect(a.verdict).toBe('unknown')
    expect(a.notes.find((n) => n.code === 'conflict')?.ruleIds).toEqual(['a', 'b'])
  })

  it('prefers rules in force, and flags a verdict that rests only on a dated report', () => {
    const old = rule(
      'old',
      { effect: 'direct', status: 'historical' },
      { insuredIn: ['jiaxing'], careIn: ['shanghai'] },
    )
    expect(answer(JX_TO_SH, [old, fileFirst], null, { today: TODAY }).verdict).toBe('afterFiling')
    const alone = answer(JX_TO_SH, [old], null, { today: TODAY })
    expect(alone.verdict).toBe('yes')
    expect(alone.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['verdictNotInForce', 'historical']),
    )
  })

  it('ignores rules that do not apply to the answers', () => {
    const other = rule('other', { effect: 'direct' }, { insuredIn: ['shanghai'] })
    const local = rule('local', { effect: 'direct' }, { crossProvinceOnly: true })
    const a = answer({ ...JX_TO_SH, careIn: 'jiaxing' }, [other, local], null, { today: TODAY })
    expect(a.verdict).toBe('unknown')
    expect(a.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['noRule', 'notCrossProvince']),
    )
  })
})

describe('answer: the sections', () => {
  const rules = [
    fileFirst,
    rule('channel', { topic: 'filingChannel', steps: [{ zh: '备案', en: 'File' }] }),
    rule('card', { topic: 'credential' }),
    rule('claim', { topic: 'manualClaim', effect: 'manualClaim' }),
    rule('not-networked', { topic: 'networkedHospital', effect: 'manualClaim' }),
    rule('background', { topic: 'yrdOutpatient' }),
    rule('chronic', { topic: 'chronic', effect: 'fileFirst' }),
  ]

  it('groups rules by what the user has to do, in topic order whatever the storage order', () => {
    const a = answer(JX_TO_SH, [...rules].reverse(), null, { today: TODAY })
    const ids = Object.fromEntries(
      Object.entries(a.sections).map(([k, v]) => [k, v.map((i) => i.ruleId)]),
    )
    expect(ids).toEqual({
      firstSteps: ['file-first', 'channel', 'chronic'],
      bring: ['card'],
      notDirect: ['not-networked'],
      whenFails: ['claim'],
      also: ['background'],
    })
  })

  it('says what the sources leave out: no filing steps, nothing to bring, no claim steps', () => {
    const a = answer(JX_TO_SH, [fileFirst], null, { today: TODAY })
    expect(a.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['noFilingSteps', 'noCredential', 'noClaimSteps']),
    )
    const full = answer(JX_TO_SH, rules, null, { today: TODAY })
    expect(full.notes.map((n) => n.code)).not.toContain('noFilingSteps')
    expect(full.notes.map((n) => n.code)).not.toContain('noCredential')
  })

  it('shows a date or detail two rules share only once', () => {
    const shared = {
      since: [{ date: '2023-01-01', text: { zh: '执行', en: 'In force' }, sourceIds: ['s'] }],
      details: [{ text: { zh: '目标', en: 'Target' }, sourceIds: ['s'] }],
    }
    const a = answer(
      JX_TO_SH,
      [
        rule('a', { effect: 'fileFirst', ...shared }),
        rule('b', { effect: 'fileFirst', ...shared }),
      ],
      null,
      { today: TODAY },
    )
    expect(a.sections.firstSteps.map((i) => [i.since.length, i.details.length])).toEqual([
      [1, 1],
      [0, 0],
    ])
  })

  it('lists the hospitals the rules name once, and every source cited', () => {
    const a = answer(
      JX_TO_SH,
      [
        rule('a', {
          hospitalIds: ['h1', 'h2'],
          details: [{ text: { zh: 'x', en: 'x' }, sourceIds: ['d'] }],
        }),
        rule('b', { hospitalIds: ['h2', 'h3'] }),
      ],
      null,
      { today: TODAY },
    )
    expect(a.hospitalIds).toEqual(['h1', 'h2', 'h3'])
    expect(a.sourceIds).toEqual(['src-a', 'd', 'src-b'])
  })

  it('always ends with the official channel', () => {
    expect(answer(JX_TO_SH, [], null, { today: TODAY }).confirmWithOfficialChannel).toBe(true)
  })
})

describe('answer: notes on sources and on my filing', () => {
  const source = (id: string, date: string, over: Partial<Source> = {}): Source => ({
    id,
    title: { zh: id, en: id },
    publisher: 'p',
    url: null,
    date,
    dateKind: 'published',
    confidence: 'high',
    note: null,
    ...over,
  })

  it('flags old, undated and low-confidence sources the answer cites', () => {
    const rules = [
      rule('a', { sourceIds: ['old', 'new'] }),
      rule('b', { sourceIds: ['undated', 'weak'] }),
    ]
    const sources = [
      source('old', '2017'),
      source('new', '2026-01-05'),
      source('undated', '2026-11', { dateKind: 'retrieved' }),
      source('weak', '2025-06-01', { confidence: 'low' }),
      source('unused', '2001', { confidence: 'low' }),
    ]
    const notes = answer(JX_TO_SH, rules, null, { today: TODAY, sources }).notes
    expect(notes.filter((n) => n.code.endsWith('Source') || n.code === 'lowConfidence')).toEqual([
      { code: 'oldSource', ruleIds: [], sourceIds: ['old'] },
      { code: 'undatedSource', ruleIds: [], sourceIds: ['undated'] },
      { code: 'lowConfidence', ruleIds: [], sourceIds: ['weak'] },
    ])
  })

  it('marks details that are inferences', () => {
    const r = rule('guess', {
      details: [{ text: { zh: '推断', en: 'guess' }, sourceIds: ['fs'], inference: true }],
    })
    expect(answer(JX_TO_SH, [r], null, { today: TODAY }).notes).toContainEqual({
      code: 'inference',
      ruleIds: ['guess'],
      sourceIds: ['fs'],
    })
  })

  it('warns when my filing has expired, is for another city, or is of another type', () => {
    const codes = (f: ReturnType<typeof filing>, a: WizardAnswers = JX_TO_SH) =>
      answer(a, [fileFirst], f, { today: TODAY })
        .notes.map((n) => n.code)
        .filter((c) => c.startsWith('filing'))
    expect(codes(filing({ city: 'shanghai', validUntil: '2026-01-01' }))).toEqual(['filingExpired'])
    expect(codes(filing({ city: 'jiaxing' }))).toEqual(['filingOtherCity'])
    expect(
      codes(filing({ city: 'shanghai', type: 'longTerm' }), { ...JX_TO_SH, filed: 'temporary' }),
    ).toEqual(['filingTypeDiffers'])
    expect(
      codes(filing({ city: 'shanghai', type: 'longTerm' }), { ...JX_TO_SH, filed: 'longTerm' }),
    ).toEqual([])
  })

  it('never lets my filing change the verdict: the answers do', () => {
    expect(
      answer(JX_TO_SH, [fileFirst], filing({ type: 'longTerm' }), { today: TODAY }).verdict,
    ).toBe('afterFiling')
  })
})
