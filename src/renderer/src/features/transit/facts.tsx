// How the transit views show sourced facts: every item carries its source badge; inferences are
// marked unconfirmed (the badge warns when a source is old or undated); fares always say "verify".
import { useTranslation } from 'react-i18next'
import type { DatedFact, Fact, Fare, Measure } from '@shared/pack'
import type { CellStatus } from '@shared/transit'
import { formatFen } from '@shared/money/fen'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { usePick } from './text'

export function StatusChip({ status }: { status: CellStatus }) {
  const { t } = useTranslation('transit')
  return <span className={`chip status-${status}`}>{t(`status.${status}`)}</span>
}

export function FactList({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  if (facts.length === 0) return null
  return (
    <ul className={className ?? 'transit-facts'}>
      {facts.map((f, i) => (
        <li key={i}>
          {f.inference && <span className="chip status-unknown">{t('inference')}</span>}{' '}
          {pick(f.text)} <SourceBadge ids={f.sourceIds} />
        </li>
      ))}
    </ul>
  )
}

export function DatedList({ items }: { items: readonly DatedFact[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  if (items.length === 0) return null
  return (
    <ul className="transit-facts">
      {items.map((d, i) => (
        <li key={i}>
          <span className="num">{d.date}</span> {pick(d.text)}
          {d.planned && <span className="chip status-conditional">{t('plannedDate')}</span>}{' '}
          <SourceBadge ids={d.sourceIds} />
        </li>
      ))}
    </ul>
  )
}

/** Minutes or km as sourced: "27 min (fastest)"; says so when none is sourced. */
export function MeasureList(props: { measures: readonly Measure[]; unit: 'minutes' | 'km' }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  if (props.measures.length === 0) return <span className="muted">{t('notSourced')}</span>
  return (
    <span className="transit-inline-list">
      {props.measures.map((m, i) => (
        <span key={i}>
          {t(`units.${props.unit}`, { count: m.value })}
          {m.label && <span className="muted"> ({pick(m.label)})</span>}{' '}
          <SourceBadge ids={m.sourceIds} />
        </span>
      ))}
    </span>
  )
}

/** Fares with "verify"; the badge says how old the report is. Says so when none is sourced. */
export function FareList({ fares }: { fares: readonly Fare[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  if (fares.length === 0) return <span className="muted">{t('notSourced')}</span>
  return (
    <span className="transit-inline-list">
      {fares.map((f, i) => (
        <span key={i} className="transit-fare">
          <strong className="num">{formatFen(f.fen)}</strong>
          {f.label && <span className="muted"> ({pick(f.label)})</span>}{' '}
          <span className="chip status-conditional">{t('verify')}</span>{' '}
          <SourceBadge ids={f.sourceIds} />
        </span>
      ))}
    </span>
  )
}
