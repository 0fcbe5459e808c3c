// The wizard's answer: the verdict, what to do first, what to bring, what is not settled
// directly, what to do when settlement fails, notes on silent or old sources, fitting hospitals,
// and always the line sending the user to the official channel. The answer leads: each section
// ends with one source line that opens its sources; background ("also") is folded away.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  answer,
  SECTION_IDS,
  type SectionId,
  type Verdict,
  type WizardAnswers,
} from '@shared/medical/answer'
import { checklistFromAnswer } from '@shared/medical/checklist'
import type { Filing } from '@shared/medical/schema'
import { today } from '@shared/calendar/dates'
import { collectSourceIds } from '@shared/pack'
import { setSetting } from '@renderer/db/settings'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { FactMarks, MarksScope, SectionSources } from '@renderer/features/datapack/section-sources'
import { RuleBlock } from './rule-block'
import { HospitalLinks } from './hospital-links'
import { usePackMeta, usePackRecords } from '@renderer/db/pack-queries'
import { pick } from '@renderer/ui/pack-text'
import { AnswersSummary } from './messages'

const VERDICT_CLASS: Record<Verdict, string> = {
  yes: 'status-works',
  afterFiling: 'status-conditional',
  no: 'status-no',
  unknown: 'status-unknown',
}

/** Notes the facts' own marks and each section's source line already say. */
const SAID_BY_MARKS: ReadonlySet<string> = new Set(['oldSource', 'undatedSource', 'lowConfidence'])

/** Sections that say "the sources do not say" when empty; "also" simply disappears. */
const MUST_SAY: ReadonlySet<SectionId> = new Set(['firstSteps', 'bring', 'notDirect', 'whenFails'])

export function ResultView(props: { answers: WizardAnswers; filing: Filing | null }) {
  const { t, i18n } = useTranslation('medical')
  const toast = useToast()
  const meta = usePackMeta()
  const rules = usePackRecords('medicalRules')
  const sources = usePackRecords('sources')
  const lang = i18n.language
  const result = useMemo(
    () =>
      rules && sources
        ? answer(props.answers, rules, props.filing, { sources, today: today() })
        : undefined,
    [props.answers, props.filing, rules, sources],
  )
  // Before the service pack is stored every answer would read "the sources are silent".
  if (meta === null) return <p className="card muted">{t('result.noPack')}</p>
  if (!result || meta === undefined) return <p className="loading">{t('common:loading')}</p>

  const basisIds = new Set(result.basis.map((b) => b.ruleId))
  const titles = new Map(
    Object.values(result.sections)
      .flat()
      .map((i) => [i.ruleId, pick(i.title, lang)]),
  )

  const checklist = checklistFromAnswer(result)
  const notes = result.notes.filter((n) => !SAID_BY_MARKS.has(n.code))

  async function saveChecklist() {
    if (!result) return
    await setSetting('medicalChecklist', {
      savedAt: new Date().toISOString(),
      answers: result.answers,
      items: checklist,
    })
    toast.show({ message: t('result.checklistSaved') })
  }

  return (
    <section
      className="card medical-result"
      aria-labelledby="result-title"
      data-testid="medical-result"
    >
      <header className="medical-result-header">
        <h2 id="result-title">{t('result.title')}</h2>
        <div className="row no-print">
          <button
            type="button"
            disabled={checklist.length === 0}
            title={checklist.length === 0 ? t('result.nothingToSave') : undefined}
            onClick={() => void saveChecklist()}
          >
            {t('result.saveChecklist')}
          </button>
          <button
            type="button"
            onClick={() => void platform.printReport(t('result.printName', { date: today() }))}
          >
            {t('result.print')}
          </button>
        </div>
      </header>
      <p className="muted" data-testid="answers-summary">
        <AnswersSummary answers={result.answers} />
      </p>

      <div className="medical-verdict" data-testid="verdict" data-verdict={result.verdict}>
        <span className={`chip ${VERDICT_CLASS[result.verdict]}`}>
          {t(`verdict.${result.verdict}`)}
        </span>
        <p>{t(`verdictExplain.${result.verdict}`)}</p>
        {result.basis.map((b) => (
          <p key={b.ruleId} className="medical-basis">
            {pick(b.statement, lang)}
            <FactMarks ids={b.sourceIds} />
          </p>
        ))}
        {result.basis.length > 0 && <SectionSources ids={collectSourceIds(result.basis)} medical />}
      </div>

      {SECTION_IDS.map((id) => {
        // A rule whose statement is already the verdict's basis appears here only for what it adds.
        const items = result.sections[id].filter(
          (i) => !basisIds.has(i.ruleId) || i.steps.length + i.details.length + i.since.length > 0,
        )
        if (items.length === 0 && !MUST_SAY.has(id)) return null
        const body =
          items.length === 0 ? (
            <p className="muted">{t('sourcesSilent')}</p>
          ) : (
            <MarksScope ids={collectSourceIds(items)}>
              {items.map((item) => (
                <RuleBlock
                  key={item.ruleId}
                  item={item}
                  showStatement={!basisIds.has(item.ruleId)}
                />
              ))}
              <SectionSources ids={collectSourceIds(items)} medical />
            </MarksScope>
          )
        // Background (history, plans, figures) is there to check, not to act on: folded.
        if (id === 'also')
          return (
            <details key={id} className="medical-section medical-also">
              <summary>
                <h3 id={`section-${id}`}>{t(`sections.${id}`)}</h3>{' '}
                <span className="muted">{t('result.alsoCount', { count: items.length })}</span>
              </summary>
              {body}
            </details>
          )
        return (
          <section key={id} className="medical-section" aria-labelledby={`section-${id}`}>
            <h3 id={`section-${id}`}>{t(`sections.${id}`)}</h3>
            {body}
          </section>
        )
      })}

      {notes.length > 0 && (
        <section className="medical-section" aria-labelledby="section-notes">
          <h3 id="section-notes">{t('sections.notes')}</h3>
          <ul className="medical-notes">
            {notes.map((n) => (
              <li key={n.code} data-note={n.code}>
                {t(`notes.${n.code}`)}
                {n.ruleIds.length > 0 && (
                  <span className="muted">
                    {' '}
                    {n.ruleIds.map((id) => titles.get(id) ?? id).join(t('listSeparator'))}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <SectionSources ids={notes.flatMap((n) => n.sourceIds)} medical />
        </section>
      )}

      <HospitalLinks
        ids={result.hospitalIds}
        insuredIn={result.answers.insuredIn}
        careIn={result.answers.careIn}
      />

      <p className="medical-official" data-testid="official-channel">
        <strong>{t('result.official')}</strong>
      </p>
    </section>
  )
}
