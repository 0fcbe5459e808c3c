// The medical screens' sentences: validation messages and the one-line summary of the answers.
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { WizardAnswers } from '@shared/medical/answer'

/** A validation key in the user's language: the medical namespace first, then common. */
export function message(t: TFunction, key: string | undefined): string | undefined {
  return key === undefined ? undefined : t(key, { ns: ['medical', 'common'] })
}

/** "嘉兴参保（职工医保），在上海就医：住院；还没备案" */
export function answersSummary(t: TFunction, a: WizardAnswers): string {
  return t('result.summary', {
    insuredIn: t(`answers.insuredIn.${a.insuredIn}`),
    scheme: t(`answers.scheme.${a.scheme}`),
    careIn: t(`answers.careIn.${a.careIn}`),
    careType: t(`answers.careType.${a.careType}`),
    filed: t(`answers.filed.${a.filed}`),
  })
}

export function AnswersSummary({ answers }: { answers: WizardAnswers }) {
  const { t } = useTranslation('medical')
  return <>{answersSummary(t, answers)}</>
}
