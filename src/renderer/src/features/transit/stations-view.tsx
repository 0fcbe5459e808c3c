// Rail stations with their 12306 telecodes (and the code's source, which says how old it is),
// former names, lines and opening dates; then the sourced rail links between them. Each card
// lists its sources once, at its end.
import { useTranslation } from 'react-i18next'
import type { TransitData } from '@shared/transit'
import { collectSourceIds } from '@shared/pack'
import { FactMarks, MarksScope, SectionSources } from '@renderer/features/datapack/section-sources'
import { FactList } from '@renderer/features/datapack/fact-list'
import { ClosureList, FareList, MeasureList } from './sourced-values'
import { usePick } from '@renderer/ui/pack-text'
import { anchorId } from './anchor-id'

export function StationsView({ data }: { data: TransitData }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const stations = new Map(data.stations.map((s) => [s.id, s]))
  return (
    <section aria-labelledby="transit-stations-title">
      <h2 id="transit-stations-title">{t('stations.title')}</h2>
      <p className="muted">{t('stations.intro')}</p>
      <div className="transit-grid">
        {data.stations.map((s) => {
          const id = anchorId('station', s.id)
          return (
            <MarksScope key={s.id} ids={collectSourceIds(s)}>
              <article
                className="card transit-line"
                id={id}
                tabIndex={-1}
                aria-labelledby={`${id}-title`}
              >
                <h3 id={`${id}-title`}>{pick(s.name)}</h3>
                {s.aliases.length > 0 && (
                  <p className="muted transit-aliases" translate="no">
                    {s.aliases.join(' · ')}
                  </p>
                )}
                <ClosureList closures={s.closures} />
                <p className="muted transit-station-meta">
                  {t(`side.${s.side}`)}
                  {s.district && ` · ${pick(s.district)}`}
                  {s.lines.length > 0 && ` · ${s.lines.map((l) => pick(l)).join(t('listSep'))}`}
                </p>
                <dl className="transit-dl">
                  <dt>{t('stations.telecode')}</dt>
                  <dd data-testid="telecode">
                    {s.telecode ? (
                      <>
                        <code className="transit-telecode">{s.telecode.code}</code>
                        <span className="transit-subline">
                          <FactMarks ids={s.telecode.sourceIds} cite />
                        </span>
                        {s.telecode.note && (
                          <span className="muted transit-subline">{pick(s.telecode.note)}</span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t('notSourced')}</span>
                    )}
                  </dd>
                  {s.formerNames.length > 0 && (
                    <>
                      <dt>{t('stations.formerNames')}</dt>
                      <dd>
                        <FactList facts={s.formerNames} />
                      </dd>
                    </>
                  )}
                  {s.opened.length > 0 && (
                    <>
                      <dt>{t('stations.opened')}</dt>
                      <dd>
                        <FactList facts={s.opened} />
                      </dd>
                    </>
                  )}
                </dl>
                <FactList facts={s.notes} />
                <SectionSources ids={collectSourceIds(s)} />
              </article>
            </MarksScope>
          )
        })}
      </div>
      <h3>{t('stations.links')}</h3>
      {data.railLinks.map((l) => {
        const from = stations.get(l.fromStationId)
        const to = stations.get(l.toStationId)
        const name = `${from ? pick(from.name) : l.fromStationId} ⇄ ${to ? pick(to.name) : l.toStationId}`
        const rules = data.fareRules.filter((r) => l.fareRuleIds.includes(r.id))
        return (
          <MarksScope key={l.id} ids={collectSourceIds(l, rules)}>
            <article className="card transit-line" aria-label={name}>
              <h4>
                {name} <span className="chip">{t(`modes.${l.kind}`)}</span>{' '}
                <span className="muted transit-aliases">{pick(l.line)}</span>
              </h4>
              <dl className="transit-dl">
                <dt>{t('stations.system')}</dt>
                <dd>{t(`systems.${l.system}`)}</dd>
                <dt>{t('routes.minutes')}</dt>
                <dd>
                  <MeasureList measures={l.minutes} unit="minutes" />
                </dd>
                <dt>{t('lines.km')}</dt>
                <dd>
                  <MeasureList measures={l.km} unit="km" />
                </dd>
                <dt>{t('routes.fare')}</dt>
                <dd>
                  <FareList fares={l.fares} rules={rules} />
                </dd>
              </dl>
              <FactList facts={l.notes} />
              <SectionSources ids={collectSourceIds(l, rules)} />
            </article>
          </MarksScope>
        )
      })}
    </section>
  )
}
