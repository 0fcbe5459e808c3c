// One pack rule as the result shows it: title, statement, dates, steps and details, each
// statement with its source badge. Inferences are marked unconfirmed, never shown as fact.
import { useTranslation } from 'react-i18next'
import type { RuleItem } from '@shared/medical/answer'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { pick } from './text'

export function RuleBlock(props: { item: RuleItem; showStatement?: boolean }) {
  const { t, i18n } = useTranslation('medical')
  const { item } = props
  const lang = i18n.language
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
          {pick(item.statement, lang)} <SourceBadge ids={item.sourceIds} />
        </p>
      )}
      {item.since.length > 0 && (
        <ul className="medical-since">
          {item.since.map((d, i) => (
            <li key={i}>
              <span className="num">{d.date}</span> {pick(d.text, lang)}
              {d.planned && <span className="chip status-conditional">{t('planned')}</span>}{' '}
              <SourceBadge ids={d.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      {item.steps.length > 0 && (
        // The steps share the rule's sources: one badge, after the last step.
        <ol className="medical-steps">
          {item.steps.map((s, i) => (
            <li key={i}>
              {pick(s, lang)}
              {i === item.steps.length - 1 && (
                <>
                  {' '}
                  <SourceBadge ids={item.sourceIds} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {item.details.length > 0 && (
        <ul className="medical-details">
          {item.details.map((d, i) => (
            <li key={i}>
              {d.inference && <span className="chip status-unknown">{t('inference')}</span>}{' '}
              {pick(d.text, lang)} <SourceBadge ids={d.sourceIds} />
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
