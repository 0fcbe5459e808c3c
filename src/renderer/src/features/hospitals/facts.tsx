// Sourced facts as the hospital screens show them: the text, "unconfirmed" for an inference,
// "planned" for a target date, and the marks a fact needs (low confidence, old, undated); each
// section lists its sources once (SectionSources).
import { useTranslation } from 'react-i18next'
import type { DatedFact, Fact } from '@shared/pack'
import { FactMarks } from '@renderer/features/datapack/section-sources'
import { pick } from './text'

export function FactItem({ fact }: { fact: Fact }) {
  const { t, i18n } = useTranslation('hospitals')
  return (
    <li className="fact">
      {fact.inference && <span className="chip status-unknown">{t('detail.unconfirmedFact')}</span>}{' '}
      {pick(fact.text, i18n.language)}
      <FactMarks ids={fact.sourceIds} />
    </li>
  )
}

/** A list of facts, or "not in the sources" when there are none. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const { t } = useTranslation('hospitals')
  if (facts.length === 0) return <p className="muted unknown">{t('detail.unknown')}</p>
  return (
    <ul className="facts">
      {facts.map((f, i) => (
        <FactItem key={i} fact={f} />
      ))}
    </ul>
  )
}

export function DatedList({ facts }: { facts: readonly DatedFact[] }) {
  const { t, i18n } = useTranslation('hospitals')
  if (facts.length === 0) return <p className="muted unknown">{t('detail.unknown')}</p>
  return (
    <ul className="facts">
      {facts.map((f, i) => (
        <li key={i} className="fact">
          <time dateTime={f.date} className="fact-date">
            {f.date}
          </time>{' '}
          {f.planned && <span className="chip status-conditional">{t('detail.planned')}</span>}{' '}
          {pick(f.text, i18n.language)}
          <FactMarks ids={f.sourceIds} />
        </li>
      ))}
    </ul>
  )
}
