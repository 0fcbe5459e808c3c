// Cross-province and demonstration-zone bus lines, and the city buses that feed stations:
// endpoints, stops, hours, fares (always "verify"), discount notes, connections — each sourced.
import { useTranslation } from 'react-i18next'
import type { BusLine, Hours } from '@shared/pack'
import type { TransitData } from '@shared/transit'
import { SourceBadge } from '@renderer/ui/source-badge'
import { hrefFor } from '@renderer/app/router'
import { DatedList, FactList, FareList, MeasureList } from './facts'
import { anchorId, usePick } from './text'

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
          {h.label && <span className="muted"> ({pick(h.label)})</span>}{' '}
          <SourceBadge ids={h.sourceIds} />
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
  return (
    <article className="card transit-line" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {pick(line.name)}
        {line.aliases.length > 0 && (
          <span className="muted transit-aliases"> {line.aliases.join(' / ')}</span>
        )}{' '}
        <SourceBadge ids={line.sourceIds} />
      </h4>
      <p className="transit-line-ends">
        {pick(line.from)} ⇄ {pick(line.to)}
      </p>
      <dl className="transit-dl">
        <dt>{t('lines.stops')}</dt>
        <dd>
          {line.stops ? (
            <ol className="transit-stops">
              {line.stops.map((s, i) => (
                <li key={i}>{pick(s)}</li>
              ))}
            </ol>
          ) : (
            <span className="muted">{t('lines.stopsNotListed')}</span>
          )}
          {line.stopCount !== null && (
            <span className="muted"> {t('lines.stopCount', { count: line.stopCount })}</span>
          )}
        </dd>
        <dt>{t('lines.hours')}</dt>
        <dd>
          <HoursList hours={line.hours} />
        </dd>
        <dt>{t('lines.minutes')}</dt>
        <dd>
          <MeasureList measures={line.minutes} unit="minutes" />
        </dd>
        <dt>{t('lines.km')}</dt>
        <dd>
          <MeasureList measures={line.km} unit="km" />
        </dd>
        <dt>{t('lines.fares')}</dt>
        <dd>
          <FareList fares={line.fares} />
        </dd>
        <dt>{t('lines.discounts')}</dt>
        <dd>
          {line.discountNotes.length > 0 ? (
            <FactList facts={line.discountNotes} />
          ) : (
            <span className="muted">{t('notSourced')}</span>
          )}
        </dd>
        {line.opened.length > 0 && (
          <>
            <dt>{t('lines.opened')}</dt>
            <dd>
              <DatedList items={line.opened} />
            </dd>
          </>
        )}
        {line.operators.length > 0 && (
          <>
            <dt>{t('lines.operators')}</dt>
            <dd>
              <FactList facts={line.operators} />
            </dd>
          </>
        )}
        {line.connections.length > 0 && (
          <>
            <dt>{t('lines.connections')}</dt>
            <dd>
              <ul className="transit-facts">
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
                      )}{' '}
                      <SourceBadge ids={c.sourceIds} />
                    </li>
                  )
                })}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <FactList facts={line.notes} />
    </article>
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
