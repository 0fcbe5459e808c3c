// The settlement wizard's answer, computed from the service pack's medical rules. No rule text
// lives here: the function only picks, ranks and groups rules; what they say comes from the pack,
// and what the UI adds (headings, "the sources do not say") comes from its locale files.
import { isCrossProvince, medicalRuleApplies, type MedicalAnswers } from '../pack/medical'
import { sourceFreshness } from '../pack/age'
import {
  MEDICAL_TOPICS,
  type DatedFact,
  type Fact,
  type MedicalRule,
  type Source,
  type Text,
} from '../pack/schema'
import { today as todayString } from '../calendar/dates'
import { filingState } from './filing'
import type { Filing } from './schema'

/** The five wizard questions; the pack's matcher defines what each answer means. */
export type WizardAnswers = MedicalAnswers

/** 'afterFiling': direct settlement is possible once the user has filed. */
export type Verdict = 'yes' | 'afterFiling' | 'no' | 'unknown'

export type Effect = MedicalRule['effect']
export type SectionId = 'firstSteps' | 'bring' | 'notDirect' | 'whenFails' | 'also'
export const SECTION_IDS: readonly SectionId[] = [
  'firstSteps',
  'bring',
  'notDirect',
  'whenFails',
  'also',
]

/** One rule as the result shows it; `steps` carry the rule's own sources. */
export interface RuleItem {
  ruleId: string
  topic: MedicalRule['topic']
  effect: Effect
  status: MedicalRule['status']
  title: Text
  statement: Text
  sourceIds: string[]
  since: DatedFact[]
  steps: Text[]
  details: Fact[]
  hospitalIds: string[]
}

export type NoteCode =
  /** No rule decides this combination: the sources are silent. */
  | 'noRule'
  /** A rule says the sources leave this open. */
  | 'openInSources'
  /** Equally specific rules disagree. */
  | 'conflict'
  /** The verdict rests on a dated report or an announced plan, not on a rule in force. */
  | 'verdictNotInForce'
  | 'historical'
  | 'plan'
  /** A detail is the fact sheet's reasoning, not a sourced fact. */
  | 'inference'
  /** Care in the insured person's own province: the sources cover cross-province settlement. */
  | 'notCrossProvince'
  | 'oldSource'
  | 'undatedSource'
  | 'lowConfidence'
  /** A section the answer needs has nothing in the sources. */
  | 'noFilingSteps'
  | 'noCredential'
  | 'noClaimSteps'
  /** About the user's recorded filing. */
  | 'filingExpired'
  | 'filingOtherCity'
  | 'filingTypeDiffers'

export interface Note {
  code: NoteCode
  ruleIds: string[]
  sourceIds: string[]
}

export interface MedicalAnswer {
  answers: WizardAnswers
  verdict: Verdict
  /** The rules that decided the verdict (empty when no rule does). */
  basis: RuleItem[]
  sections: Record<SectionId, RuleItem[]>
  notes: Note[]
  /** Hospitals the applying rules name, in rule order, without repeats. */
  hospitalIds: string[]
  /** Every source the answer cites. */
  sourceIds: string[]
  /** Always true: every medical answer ends with "confirm with the official channel". */
  confirmWithOfficialChannel: true
}

export interface AnswerOptions {
  /** The pack's sources, to flag old, undated and low-confidence ones. */
  sources?: readonly Source[]
  /** yyyy-MM-dd; defaults to the local date. */
  today?: string
}

const DECISIVE: readonly Effect[] = ['direct', 'fileFirst', 'manualClaim', 'unknown']
const APPLIES_LISTS = ['insuredIn', 'scheme', 'careIn', 'careType', 'filed'] as const

/**
 * How narrowly a rule is aimed: how many of the user's answers it names. `crossProvinceOnly` is
 * a precondition almost every rule shares, not an answer, so it does not count.
 */
export function specificity(rule: MedicalRule): number {
  return APPLIES_LISTS.filter((k) => rule.applies[k].length > 0).length
}

/**
 * A rule as shown. `shown` holds dates and details already shown by an earlier rule of the same
 * answer (two filing rules cite the same notice), so the user reads each fact once.
 */
function toItem(rule: MedicalRule, shown?: Set<string>): RuleItem {
  const fresh = <T extends { text: Text }>(x: T, kind: string) => {
    if (!shown) return true
    const key = `${kind}:${'date' in x ? String(x.date) : ''}:${x.text.zh}`
    if (shown.has(key)) return false
    shown.add(key)
    return true
  }
  return {
    ruleId: rule.id,
    topic: rule.topic,
    effect: rule.effect,
    status: rule.status,
    title: rule.title,
    statement: rule.statement,
    sourceIds: rule.sourceIds,
    since: rule.since.filter((d) => fresh(d, 'since')),
    steps: rule.steps,
    details: rule.details.filter((d) => fresh(d, 'detail')),
    hospitalIds: rule.hospitalIds,
  }
}

/**
 * Where a rule goes in the answer: filing rules and anything that must be done before care
 * first; what to show at the counter; claiming back; other situations that are paid and
 * claimed back; the rest as background.
 */
function sectionOf(rule: MedicalRule): SectionId {
  if (rule.topic === 'filing' || rule.topic === 'filingChannel' || rule.effect === 'fileFirst')
    return 'firstSteps'
  if (rule.topic === 'credential' || rule.topic === 'payment') return 'bring'
  if (rule.topic === 'manualClaim') return 'whenFails'
  if (rule.effect === 'manualClaim') return 'notDirect'
  return 'also'
}

interface Decision {
  verdict: Verdict
  basis: MedicalRule[]
  notes: Note[]
}

function decide(applying: readonly MedicalRule[], filed: WizardAnswers['filed']): Decision {
  const decisive = applying.filter((r) => DECISIVE.includes(r.effect))
  const inForce = decisive.filter((r) => r.status === 'inForce')
  const pool = inForce.length > 0 ? inForce : decisive
  if (pool.length === 0) return { verdict: 'unknown', basis: [], notes: [note('noRule', [])] }
  const top = Math.max(...pool.map(specificity))
  const basis = pool.filter((r) => specificity(r) === top)
  const notes: Note[] = []
  if (inForce.length === 0) notes.push(note('verdictNotInForce', basis))
  const effects = new Set(basis.map((r) => r.effect))
  // When a source says the question is open, no equally specific rule may close it.
  if (effects.has('unknown')) {
    const open = basis.filter((r) => r.effect === 'unknown')
    return { verdict: 'unknown', basis: open, notes: [...notes, note('openInSources', open)] }
  }
  if (effects.size > 1)
    return { verdict: 'unknown', basis, notes: [...notes, note('conflict', basis)] }
  const effect = basis[0]!.effect
  const verdict: Verdict =
    effect === 'direct'
      ? 'yes'
      : effect === 'manualClaim'
        ? 'no'
        : filed === 'none'
          ? 'afterFiling'
          : 'yes'
  return { verdict, basis, notes }
}

function note(code: NoteCode, rules: readonly MedicalRule[], sourceIds?: string[]): Note {
  return {
    code,
    ruleIds: rules.map((r) => r.id),
    sourceIds: sourceIds ?? unique(rules.flatMap((r) => r.sourceIds)),
  }
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)]
}

function allSourceIds(rule: MedicalRule): string[] {
  return [
    ...rule.sourceIds,
    ...rule.since.flatMap((d) => d.sourceIds),
    ...rule.details.flatMap((d) => d.sourceIds),
  ]
}

function filingNotes(myFiling: Filing, answers: WizardAnswers, today: string): Note[] {
  const notes: Note[] = []
  if (filingState(myFiling, today) === 'expired') notes.push(note('filingExpired', [], []))
  else if (answers.filed !== 'none' && answers.filed !== myFiling.type)
    notes.push(note('filingTypeDiffers', [], []))
  if (myFiling.city !== answers.careIn) notes.push(note('filingOtherCity', [], []))
  return notes
}

function sourceNotes(cited: readonly string[], sources: readonly Source[], today: string): Note[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const used = cited.flatMap((id) => byId.get(id) ?? [])
  const notes: Note[] = []
  const add = (code: NoteCode, list: Source[]) => {
    if (list.length > 0)
      notes.push(
        note(
          code,
          [],
          list.map((s) => s.id),
        ),
      )
  }
  add(
    'oldSource',
    used.filter((s) => sourceFreshness(s, today) === 'old'),
  )
  add(
    'undatedSource',
    used.filter((s) => sourceFreshness(s, today) === 'undated'),
  )
  add(
    'lowConfidence',
    used.filter((s) => s.confidence === 'low'),
  )
  return notes
}

/**
 * The wizard's answer. `myFiling` is the user's recorded filing: it never changes the verdict
 * (the answers do), it adds notes when it has expired or is for another city.
 */
export function answer(
  answers: WizardAnswers,
  rules: readonly MedicalRule[],
  myFiling?: Filing | null,
  options: AnswerOptions = {},
): MedicalAnswer {
  const today = options.today ?? todayString()
  // Storage order is id order; show rules by topic (filing before channels before claims), the
  // most specific first within a topic.
  const applying = rules
    .filter((r) => medicalRuleApplies(r, answers))
    .sort(
      (a, b) =>
        MEDICAL_TOPICS.indexOf(a.topic) - MEDICAL_TOPICS.indexOf(b.topic) ||
        specificity(b) - specificity(a) ||
        a.id.localeCompare(b.id),
    )
  const decision = decide(applying, answers.filed)

  const sections: Record<SectionId, RuleItem[]> = {
    firstSteps: [],
    bring: [],
    notDirect: [],
    whenFails: [],
    also: [],
  }
  const shown = new Set<string>()
  for (const rule of applying) sections[sectionOf(rule)].push(toItem(rule, shown))

  const notes = [...decision.notes]
  if (isCrossProvince(answers.insuredIn, answers.careIn) === false)
    notes.push(note('notCrossProvince', []))
  const historical = applying.filter((r) => r.status === 'historical')
  const plans = applying.filter((r) => r.status === 'plan')
  const inferred = applying.filter((r) => r.details.some((d) => d.inference === true))
  if (historical.length > 0) notes.push(note('historical', historical))
  if (plans.length > 0) notes.push(note('plan', plans))
  if (inferred.length > 0)
    notes.push(
      note(
        'inference',
        inferred,
        unique(
          inferred.flatMap((r) => r.details.filter((d) => d.inference).flatMap((d) => d.sourceIds)),
        ),
      ),
    )
  const hasSteps = (id: SectionId) => sections[id].some((i) => i.steps.length > 0)
  if (decision.verdict === 'afterFiling' && !hasSteps('firstSteps'))
    notes.push(note('noFilingSteps', []))
  if (decision.verdict !== 'no' && sections.bring.length === 0) notes.push(note('noCredential', []))
  if (!hasSteps('whenFails') && sections.whenFails.every((i) => i.details.length === 0))
    notes.push(note('noClaimSteps', []))
  if (myFiling) notes.push(...filingNotes(myFiling, answers, today))

  const sourceIds = unique(applying.flatMap(allSourceIds))
  if (options.sources) notes.push(...sourceNotes(sourceIds, options.sources, today))

  return {
    answers,
    verdict: decision.verdict,
    basis: decision.basis.map((r) => toItem(r)),
    sections,
    notes,
    hospitalIds: unique(applying.flatMap((r) => r.hospitalIds)),
    sourceIds,
    confirmWithOfficialChannel: true,
  }
}
