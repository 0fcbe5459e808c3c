// Sourced facts as every screen lists them: the text in the interface language, "inference,
// unconfirmed" when the compiler inferred it, the date (and "target date") of a dated fact, and the
// marks each fact needs (low confidence, old, undated); the section lists its sources once
// (SectionSources).
import { useTranslation } from 'react-i18next'
import type { DatedFact, Fact } from '@shared/pack'
import { usePick } from '@renderer/ui/pack-text'
import { FactMarks } from './section-sources'
import './fact-list.css'

interface ListProps {
  /** "Not in the sources" when there are none (otherwise nothing is shown). */
  sayWhenEmpty?: boolean
  /** The sources of the line above: a mark they already carry is not repeated (FactMarks). */
  besides?: readonly string[]
  className?: string
}

function Empty({ say }: { say: boolean | undefined }) {
  const { t } = useTranslation('datapack')
  return say ? <p className="muted facts-none">{t('fact.none')}</p> : null
}

/** One fact per item; a dated fact starts with its date (and "target date" when planned). */
export function FactList(props: ListProps & { facts: readonly (Fact | DatedFact)[] }) {
  const { t } = useTranslation('datapack')
  const pick = usePick()
  if (props.facts.length === 0) return <Empty say={props.sayWhenEmpty} />
  return (
    <ul className={`facts ${props.className ?? ''}`}>
      {props.facts.map((f, i) => (
        <li key={i}>
          {'date' in f && (
            <>
              <time dateTime={f.date} className="fact-date">
                {f.date}
              </time>{' '}
              {f.planned && (
                <span className="chip status-conditional">{t('fact.planned')}</span>
              )}{' '}
            </>
          )}
          {'inference' in f && f.inference && (
            <span className="chip status-unknown">{t('fact.inference')}</span>
          )}{' '}
          {pick(f.text)}
          <FactMarks ids={f.sourceIds} besides={props.besides} />
        </li>
      ))}
    </ul>
  )
}
