// One pack rule as the result shows it: title, statement, dates, steps and details. The section
// lists the sources once (SectionSources); each line carries only the marks it needs (low
// confidence, old, undated). Inferences are marked unconfirmed, never shown as fact.
import { useTranslation } from 'react-i18next'
import type { RuleItem } from '@shared/medical/answer'
import { FactMarks } from '@renderer/features/datapack/section-sources'
import { FactList } from '@renderer/features/datapack/fact-list'
import { pick } from '@renderer/ui/pack-text'

/** Length up to which every detail of a rule is a word or two (Chinese, other): one line. */
const SHORT_DETAIL = { zh: 12, other: 24 }

export function RuleBlock(props: { item: RuleItem; showStatement?: boolean }) {
  const { t, i18n } = useTranslation('medical')
  const { item } = props
  const lang = i18n.language
  // Sub-lines repeat a mark only where it differs from the statement's (shown or in the verdict).
  const above = item.sourceIds
  const short =
    item.details.length >= 3 &&
    item.details.every(
      (d) =>
        !d.inference &&
        pick(d.text, lang).length <= SHORT_DETAIL[lang.startsWith('zh') ? 'zh' : 'other'],
    )
  return (
    <article className="medical-rule">
      <h4>
        {pick(item.title, lang)}
        {item.status !== 'inForce' && (
          <span className="chip status-conditional">{t(`ruleStatus.${item.status}`)}</span>
        )}
      </h4>
      {props.showStatement !== false && (
        <p>
          {pick(item.statement, lang)}
          <FactMarks ids={item.sourceIds} />
        </p>
      )}
      <FactList facts={item.since} besides={above} className="medical-since" />
      {item.steps.length > 0 && (
        // The steps share the rule's sources (listed once for the section).
        <ol className="medical-steps">
          {item.steps.map((s, i) => (
            <li key={i}>{pick(s, lang)}</li>
          ))}
        </ol>
      )}
      {short ? (
        // A list of a few words each (documents to keep) reads as one line.
        <p className="medical-details-inline">
          {item.details.map((d) => pick(d.text, lang)).join(t('listSeparator'))}
          <FactMarks ids={item.details.flatMap((d) => d.sourceIds)} besides={above} />
        </p>
      ) : (
        <FactList facts={item.details} besides={above} className="medical-details" />
      )}
    </article>
  )
}
