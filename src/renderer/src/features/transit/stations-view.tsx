// Rail stations with their 12306 telecodes (and how old the code's source is), former names,
// lines and opening dates, plus the sourced rail links between them.
import { useTranslation } from 'react-i18next'
import type { TransitData } from '@shared/transit'
import { SourceBadge } from '@renderer/ui/source-badge'
import { DatedList, FactList, FareList, MeasureList } from './facts'
import { anchorId, usePick } from './text'

export function StationsView({ data }: { data: TransitData }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const stations = new Map(data.stations.map((s) => [s.id, s]))
  return (
    <section aria-labelledby="transit-stations-title">
      <h2 id="transit-stations-title">{t('stations.title')}</h2>
      <p className="muted">{t('stations.intro')}</p>
      <div className="transit-table-wrap">
        <table className="table transit-stations">
          <thead>
            <tr>
              <th scope="col">{t('stations.name')}</th>
              <th scope="col">{t('stations.telecode')}</th>
              <th scope="col">{t('stations.side')}</th>
              <th scope="col">{t('stations.lines')}</th>
              <th scope="col">{t('stations.details')}</th>
            </tr>
          </thead>
          <tbody>
            {data.stations.map((s) => (
              <tr key={s.id} id={anchorId('station', s.id)} tabIndex={-1}>
                <th scope="row">
                  {pick(s.name)} <SourceBadge ids={s.sourceIds} />
                  {s.district && <span className="muted transit-subline">{pick(s.district)}</span>}
                </th>
                <td>
                  {s.telecode ? (
                    <>
                      <code className="transit-telecode">{s.telecode.code}</code>{' '}
                      <SourceBadge ids={s.telecode.sourceIds} />
                      {s.telecode.note && (
                        <span className="muted transit-subline">{pick(s.telecode.note)}</span>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t('notSourced')}</span>
                  )}
                </td>
                <td>{t(`side.${s.side}`)}</td>
                <td>
                  {s.lines.map((l) => pick(l)).join('、') || <span className="muted">—</span>}
                </td>
                <td>
                  {s.formerNames.length > 0 && (
                    <>
                      <span className="muted">{t('stations.formerNames')}</span>
                      <DatedList items={s.formerNames} />
                    </>
                  )}
                  {s.opened.length > 0 && (
                    <>
                      <span className="muted">{t('stations.opened')}</span>
                      <DatedList items={s.opened} />
                    </>
                  )}
                  <FactList facts={s.notes} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('stations.links')}</h3>
      <div className="transit-table-wrap">
        <table className="table transit-links">
          <thead>
            <tr>
              <th scope="col">{t('stations.link')}</th>
              <th scope="col">{t('routes.minutes')}</th>
              <th scope="col">{t('lines.km')}</th>
              <th scope="col">{t('routes.fare')}</th>
            </tr>
          </thead>
          <tbody>
            {data.railLinks.map((l) => {
              const from = stations.get(l.fromStationId)
              const to = stations.get(l.toStationId)
              return (
                <tr key={l.id}>
                  <th scope="row">
                    {from ? pick(from.name) : l.fromStationId} ⇄{' '}
                    {to ? pick(to.name) : l.toStationId}
                    <span className="muted transit-subline">
                      {pick(l.line)} · {t(`modes.${l.kind}`)} <SourceBadge ids={l.sourceIds} />
                    </span>
                    <FactList facts={l.notes} />
                  </th>
                  <td>
                    <MeasureList measures={l.minutes} unit="minutes" />
                  </td>
                  <td>
                    <MeasureList measures={l.km} unit="km" />
                  </td>
                  <td>
                    <FareList fares={l.fares} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
