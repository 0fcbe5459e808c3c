// Sourced values as the transit views show them: a cell's status, measures (minutes, km), fares and
// fare rules, and closures. Each carries only the marks it needs (low confidence, old, undated),
// values shown side by side name their own source, and fares always say "verify".
import { useTranslation } from 'react-i18next'
import type { Closure, Fare, FareRule, Measure } from '@shared/pack'
import { today } from '@shared/calendar/dates'
import { useSources } from '@renderer/db/pack-queries'
import type { CellStatus } from '@shared/transit'
import { formatFen } from '@shared/money/fen'
import { SourceDate, SourceLink } from '@renderer/features/datapack/source-badge'
import { FactMarks } from '@renderer/features/datapack/section-sources'
import { usePick } from '@renderer/ui/pack-text'

export function StatusChip({ status }: { status: CellStatus }) {
  const { t } = useTranslation('transit')
  return <span className={`chip status-${status}`}>{t(`status.${status}`)}</span>
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
          {m.inference && (
            <span className="chip status-unknown">{t('datapack:fact.inference')}</span>
          )}
          {/* Two figures side by side are a disagreement: each names its source. */}
          <FactMarks ids={m.sourceIds} cite={props.measures.length > 1} />
        </span>
      ))}
    </span>
  )
}

/** The date a fare applied: the source's own date for it (a ticket's day), else the source's. */
function FareDate({ fare }: { fare: Fare }) {
  const source = useSources(fare.sourceIds)?.[0]
  if (fare.asOf) return <>{fare.asOf}</>
  return source ? <SourceDate source={source} /> : null
}

/**
 * Fares with "verify" and the date each applied. Under a fare rule (floating fares) the rule
 * comes first and the numbers are history: the last ones a source gave, with their dates.
 */
export function FareList({
  fares,
  rules = [],
}: {
  fares: readonly Fare[]
  rules?: readonly FareRule[]
}) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const list = (
    <span className="transit-inline-list">
      {fares.map((f, i) => (
        <span key={i} className="transit-fare">
          <strong className="num">{formatFen(f.fen)}</strong>
          {f.label && <span className="muted"> ({pick(f.label)})</span>}{' '}
          <span className="muted">
            (<FareDate fare={f} />)
          </span>{' '}
          {rules.length === 0 && <span className="chip status-conditional">{t('verify')}</span>}
          <FactMarks ids={f.sourceIds} cite={fares.length > 1} />
        </span>
      ))}
    </span>
  )
  if (rules.length === 0)
    return fares.length === 0 ? <span className="muted">{t('notSourced')}</span> : list
  return (
    <span className="transit-fare-rules">
      {rules.map((r) => (
        <FareRuleBox key={r.id} rule={r} />
      ))}
      <span className="transit-subline">
        {fares.length === 0 ? (
          <span className="muted">{t('fareRule.noHistory')}</span>
        ) : (
          <>
            <span className="muted">{t('fareRule.history')}</span> {list}
          </>
        )}
      </span>
    </span>
  )
}

/** A fare that is a rule: what it says, since when, and where today's fare is. Never a number. */
export function FareRuleBox({ rule }: { rule: FareRule }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const lookup = useSources(rule.lookup.sourceIds)?.[0]
  return (
    <span className="transit-fare-rule" data-testid="fare-rule">
      <strong>{pick(rule.name)}</strong> {pick(rule.rule)}
      <FactMarks ids={rule.sourceIds} />
      <span className="transit-subline muted">{pick(rule.appliesTo)}</span>
      <span className="transit-subline">
        {t('fareRule.today')} {pick(rule.lookup.name)} {lookup && <SourceLink source={lookup} />}
      </span>
    </span>
  )
}

/** Passenger service suspended: the dates, and whether it is suspended today. */
export function ClosureList({ closures }: { closures: readonly Closure[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const now = today()
  if (closures.length === 0) return null
  return (
    <ul className="facts">
      {closures.map((c, i) => {
        const current = c.from <= now && (c.to === null || now <= c.to)
        return (
          <li key={i} className={current ? 'transit-closed' : undefined} data-testid="closure">
            <span className={`chip ${current ? 'status-no' : 'status-unknown'}`}>
              {t(current ? 'stations.closedNow' : 'stations.closedThen')}
            </span>{' '}
            <span className="num">
              {c.to
                ? t('stations.closedFromTo', { from: c.from, to: c.to })
                : t('stations.closedFrom', { from: c.from })}
            </span>{' '}
            {pick(c.text)}
            <FactMarks ids={c.sourceIds} />
          </li>
        )
      })}
    </ul>
  )
}
