// Cross-province and demonstration-zone bus lines, and the city buses that feed stations:
// endpoints, stops, hours, fares (always "verify"), discount notes, connections — each sourced,
// the line's sources listed once at the end of its card.
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { BusLine, Hours } from '@shared/pack'
import type { TransitData } from '@shared/transit'
import { collectSourceIds } from '@shared/pack'
import { FactMarks, MarksScope, SectionSources } from '@renderer/features/datapack/section-sources'
import { hrefFor } from '@renderer/app/router'
import { FactList } from '@renderer/features/datapack/fact-list'
import { FareList, MeasureList } from './sourced-values'
import { usePick } from '@renderer/ui/pack-text'
import { anchorId } from './anchor-id'

const KINDS: BusLine['kind'][] = ['crossBorder', 'demoZone', 'cityBus']

function HoursList({ hours }: { hours: Hours[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  if (hours.length === 0) return <span className="muted">{t('notSourced')}</span>
  return (
    <span className="transit-inline-list">
      {hours.map((h, i) => (
        <span key={i}>
          <span className="num">
            {h.first ?? '?'}–{h.last ?? '?'}
          </span>
          {h.label && <span className="muted"> ({pick(h.label)})</span>}
          <FactMarks ids={h.sourceIds} cite={hours.length > 1} />
        </span>
      ))}
    </span>
  )
}

function BusLineCard(props: { line: BusLine; data: TransitData }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const { line, data } = props
  const id = anchorId('busLine', line.id)
  // Facts the sources give, in this order; the ones they do not give are named in one line.
  const rows: { key: string; label: string; value: ReactNode | null }[] = [
    {
      // Which matrix column a rider's cards are checked against on this line.
      key: 'system',
      label: t('lines.system'),
      value: <a href={hrefFor('transit', { tab: 'matrix' })}>{t(`systems.${line.system}`)}</a>,
    },
    {
      key: 'stops',
      label: t('lines.stops'),
      value: line.stops ? (
        <>
          <ol className="transit-stops">
            {line.stops.map((s, i) => (
              <li key={i}>{pick(s)}</li>
            ))}
          </ol>
          {line.stopCount !== null && line.stopCount !== line.stops.length && (
            <span className="muted">{t('lines.stopCount', { count: line.stopCount })}</span>
          )}
        </>
      ) : line.stopCount !== null ? (
        <span>
          {t('lines.stopCount', { count: line.stopCount })}{' '}
          <span className="muted">({t('lines.stopsNotListed')})</span>
        </span>
      ) : null,
    },
    {
      key: 'hours',
      label: t('lines.hours'),
      value: line.hours.length > 0 ? <HoursList hours={line.hours} /> : null,
    },
    {
      key: 'minutes',
      label: t('lines.minutes'),
      value:
        line.minutes.length > 0 ? <MeasureList measures={line.minutes} unit="minutes" /> : null,
    },
    {
      key: 'km',
      label: t('lines.km'),
      value: line.km.length > 0 ? <MeasureList measures={line.km} unit="km" /> : null,
    },
    {
      key: 'fares',
      label: t('lines.fares'),
      value: line.fares.length > 0 ? <FareList fares={line.fares} /> : null,
    },
    {
      key: 'discounts',
      label: t('lines.discounts'),
      value: line.discountNotes.length > 0 ? <FactList facts={line.discountNotes} /> : null,
    },
    {
      key: 'opened',
      label: t('lines.opened'),
      value: line.opened.length > 0 ? <FactList facts={line.opened} /> : null,
    },
    {
      key: 'operators',
      label: t('lines.operators'),
      value: line.operators.length > 0 ? <FactList facts={line.operators} /> : null,
    },
    {
      key: 'connections',
      label: t('lines.connections'),
      value:
        line.connections.length > 0 ? (
          <ul className="facts">
            {line.connections.map((c, i) => {
              const other = c.busLineId
                ? data.busLines.find((l) => l.id === c.busLineId)
                : undefined
              return (
                <li key={i}>
                  {pick(c.text)}
                  {other && (
                    <>
                      {' '}
                      <a
                        href={hrefFor('transit', {
                          tab: 'buses',
                          focus: anchorId('busLine', other.id),
                        })}
                      >
                        {pick(other.name)}
                      </a>
                    </>
                  )}
                  <FactMarks ids={c.sourceIds} />
                </li>
              )
            })}
          </ul>
        ) : null,
    },
  ]
  // Operators and connections are extras; their absence is not worth a mention.
  const missing = rows.filter(
    (r) =>
      r.value === null && r.key !== 'operators' && r.key !== 'connections' && r.key !== 'opened',
  )
  return (
    <MarksScope ids={collectSourceIds(line)}>
      <article className="card transit-line" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>
          {pick(line.name)}
          {line.aliases.length > 0 && (
            <span className="muted transit-aliases"> {line.aliases.join(' / ')}</span>
          )}
        </h4>
        <p className="transit-line-ends">
          {pick(line.from)} ⇄ {pick(line.to)}
        </p>
        <dl className="transit-dl">
          {rows.map((r) =>
            r.value === null ? null : (
              <Fragment key={r.key}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </Fragment>
            ),
          )}
          {missing.length > 0 && (
            <>
              <dt>{t('notSourced')}</dt>
              <dd className="muted" data-testid="line-missing">
                {missing.map((r) => r.label).join(t('listSep'))}
              </dd>
            </>
          )}
        </dl>
        <FactList facts={line.notes} />
        <SectionSources ids={collectSourceIds(line)} />
      </article>
    </MarksScope>
  )
}

export function BusLinesView({ data }: { data: TransitData }) {
  const { t } = useTranslation('transit')
  return (
    <section aria-labelledby="transit-buses-title">
      <h2 id="transit-buses-title">{t('lines.title')}</h2>
      <p className="muted">{t('lines.intro')}</p>
      {KINDS.map((kind) => {
        const lines = data.busLines.filter((l) => l.kind === kind)
        if (lines.length === 0) return null
        return (
          <section key={kind} aria-labelledby={`transit-buses-${kind}`}>
            <h3 id={`transit-buses-${kind}`}>{t(`lines.kind.${kind}`)}</h3>
            {lines.map((line) => (
              <BusLineCard key={line.id} line={line} data={data} />
            ))}
          </section>
        )
      })}
    </section>
  )
}
