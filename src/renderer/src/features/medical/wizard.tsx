// The settlement wizard: five plain questions as radio groups. The answer appears below once all
// five are answered; answers come from the address (#/medical?insuredIn=…) or the user's filing.
// Opened with all five answered (a link, a bookmark), the questions fold into one line, so the
// answer is on the first screen; "change" opens them again.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CARE_IN, CARE_TYPES, FILED, INSURED_IN, SCHEMES } from '@shared/pack'
import type { WizardAnswers } from '@shared/medical/answer'
import { answersFromFiling } from '@shared/medical/filing'
import type { Filing } from '@shared/medical/schema'
import { today } from '@shared/calendar/dates'
import { hrefFor } from '@renderer/app/router'
import { AnswersSummary } from './messages'
import { ResultView } from './result'

type Partial5 = { [K in keyof WizardAnswers]?: WizardAnswers[K] }

const QUESTIONS = [
  { key: 'insuredIn', options: INSURED_IN },
  { key: 'scheme', options: SCHEMES },
  { key: 'careIn', options: CARE_IN },
  { key: 'careType', options: CARE_TYPES },
  { key: 'filed', options: FILED },
] as const

/** Answers named in the address win over the filing; anything unknown is ignored. */
export function initialAnswers(params: URLSearchParams, filing: Filing | null): Partial5 {
  const out: Partial5 = filing ? answersFromFiling(filing, today()) : {}
  for (const q of QUESTIONS) {
    const v = params.get(q.key)
    if (v !== null && (q.options as readonly string[]).includes(v))
      (out as Record<string, string>)[q.key] = v
  }
  return out
}

export const WIZARD_KEYS = QUESTIONS.map((q) => q.key)

function isComplete(a: Partial5): a is WizardAnswers {
  return QUESTIONS.every((q) => a[q.key] !== undefined)
}

const keyOf = (a: Partial5) => WIZARD_KEYS.map((k) => a[k] ?? '').join('|')

export function Wizard(props: { params: URLSearchParams; filing: Filing | null }) {
  const { t } = useTranslation('medical')
  const [answers, setAnswers] = useState<Partial5>(() => initialAnswers(props.params, props.filing))
  const paramsKey = keyOf(initialAnswers(props.params, null))
  const [seenParams, setSeenParams] = useState(paramsKey)
  const [folded, setFolded] = useState(() => isComplete(answers))
  const firstOption = useRef<HTMLInputElement>(null)
  const focusOnOpen = useRef(false)
  const complete = isComplete(answers)

  // The address changed from outside (a link, back/forward, a typed URL): follow it.
  if (paramsKey !== seenParams) {
    setSeenParams(paramsKey)
    if (paramsKey !== keyOf(answers)) {
      const next = initialAnswers(props.params, props.filing)
      setAnswers(next)
      setFolded(isComplete(next))
    }
  }

  function unfold() {
    focusOnOpen.current = true
    setFolded(false)
  }

  // The questions replace the button that opened them: focus goes to the first question, once
  // they are on screen.
  useEffect(() => {
    if (folded || !focusOnOpen.current) return
    focusOnOpen.current = false
    firstOption.current?.focus()
  }, [folded])

  function choose(next: Partial5) {
    setAnswers(next)
    // The answers live in the address too, so a reload or a shared link shows the same result;
    // replaceState adds no history entry per click.
    window.history.replaceState(null, '', hrefFor('medical', next))
  }

  if (folded && complete)
    return (
      <>
        <section
          className="card medical-wizard medical-wizard-folded no-print"
          aria-labelledby="wizard-title"
        >
          <h2 id="wizard-title">{t('wizard.title')}</h2>
          <p data-testid="wizard-answers">
            <AnswersSummary answers={answers} />
          </p>
          <button type="button" aria-expanded={false} onClick={unfold}>
            {t('wizard.change')}
          </button>
        </section>
        <ResultView answers={answers} filing={props.filing} />
      </>
    )

  return (
    <>
      <form
        className="card medical-wizard no-print"
        aria-labelledby="wizard-title"
        onSubmit={(e) => e.preventDefault()}
      >
        <h2 id="wizard-title">{t('wizard.title')}</h2>
        {props.filing && <p className="notice">{t('wizard.prefilled')}</p>}
        {QUESTIONS.map((q) => (
          <fieldset key={q.key} className="medical-question">
            <legend>{t(`wizard.q.${q.key}`)}</legend>
            <div className="medical-options">
              {q.options.map((option, i) => (
                <label key={option} className="medical-option">
                  <input
                    ref={q.key === QUESTIONS[0].key && i === 0 ? firstOption : undefined}
                    type="radio"
                    name={q.key}
                    value={option}
                    checked={answers[q.key] === option}
                    onChange={() => choose({ ...answers, [q.key]: option })}
                  />
                  <span>{t(`answers.${q.key}.${option}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {!complete && <p className="muted">{t('wizard.answerAll')}</p>}
        <div className="row">
          <button type="button" onClick={() => choose({})}>
            {t('wizard.reset')}
          </button>
        </div>
      </form>
      {complete && <ResultView answers={answers} filing={props.filing} />}
    </>
  )
}
