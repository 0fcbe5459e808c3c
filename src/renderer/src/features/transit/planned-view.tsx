// Planned and under-construction lines: each line's status as of its source's date, then every
// dated milestone on one timeline. A target date is marked as a target; one that has passed with
// no later source is flagged rather than assumed met.
import { useTranslation } from 'react-i18next'
import { today } from '@shared/calendar/dates'
import { plannedTimeline, type TransitData } from '@shared/transit'
import { collectSourceIds } from '@shared/pack'
import { FactMarks, MarksScope, SectionSources } from '@renderer/features/datapack/section-sources'
import { FactList } from '@renderer/features/datapack/fact-list'
import { usePick } from '@renderer/ui/pack-text'
import { anchorId } from './anchor-id'

export function PlannedView({ data }: { data: TransitData }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const years = plannedTimeline(data.plannedLines, today())
  const stations = new Map(data.stations.map((s) => [s.id, s]))
  return (
    <section aria-labelledby="transit-planned-title">
      <h2 id="transit-planned-title">{t('planned.title')}</h2>
      <p className="muted">{t('planned.intro')}</p>
      <div className="transit-planned-lines">
        {data.plannedLines.map((line) => {
          const id = anchorId('plannedLine', line.id)
          const lineStations = line.stationIds
            .map((s) => stations.get(s))
            .filter((s) => s !== undefined)
          return (
            <MarksScope key={line.id} ids={collectSourceIds(line)}>
              <article
                className="card transit-line"
                id={id}
                tabIndex={-1}
                aria-labelledby={`${id}-title`}
              >
                <h3 id={`${id}-title`}>{pick(line.name)}</h3>
                {line.aliases.length > 0 && <p className="muted">{line.aliases.join(' / ')}</p>}
                <p>
                  <span className={`chip transit-plan-${line.status}`}>
                    {t(`planned.status.${line.status}`)}
                  </span>{' '}
                  {t('planned.statusAsOf', { date: line.statusAsOf })}
                  <FactMarks ids={line.statusSourceIds} />
                </p>
                {lineStations.length > 0 && (
                  <p>
                    {t('planned.stations')}
                    {t('colon')}
                    {lineStations.map((s) => pick(s.name)).join(t('listSep'))}
                  </p>
                )}
                <FactList facts={line.facts} />
                <SectionSources ids={collectSourceIds(line)} />
              </article>
            </MarksScope>
          )
        })}
      </div>
      <h3>{t('planned.timeline')}</h3>
      <ol className="transit-timeline">
        {years.map((y) => (
          <li key={y.year} className="transit-timeline-year">
            <h4 className="transit-timeline-label">{y.year}</h4>
            <ul>
              {y.entries.map((e, i) => (
                <li key={i} className={`transit-timeline-entry transit-when-${e.when}`}>
                  <span className="num transit-timeline-date">{e.milestone.date}</span>{' '}
                  <strong>{pick(e.line.name)}</strong>
                  {t('colon')}
                  {pick(e.milestone.text)}{' '}
                  {e.milestone.planned && (
                    <span className="chip status-conditional">{t('datapack:fact.planned')}</span>
                  )}{' '}
                  {e.overdue && <span className="chip status-unknown">{t('planned.overdue')}</span>}
                  <FactMarks ids={e.milestone.sourceIds} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <SectionSources
        ids={collectSourceIds(years.flatMap((y) => y.entries.map((e) => e.milestone)))}
      />
    </section>
  )
}
