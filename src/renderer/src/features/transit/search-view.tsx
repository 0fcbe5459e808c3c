// Search results across cards, bus lines, stations and planned lines. Each hit links to the
// record in its tab; the matched text is highlighted.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { highlightSegments } from '@shared/search'
import type { TransitData } from '@shared/transit'
import { buildTransitSearchIndex, searchTransit, type SearchKind } from '@shared/transit/search'
import { hrefFor } from '@renderer/app/router'
import { usePick } from '@renderer/ui/pack-text'
import { anchorId } from './anchor-id'

const TAB_OF: Record<SearchKind, string> = {
  cardType: 'matrix',
  busLine: 'buses',
  station: 'stations',
  plannedLine: 'planned',
}

export function SearchResults(props: { data: TransitData; query: string; onPick: () => void }) {
  const { data, query } = props
  const { t } = useTranslation('transit')
  const pick = usePick()
  const index = useMemo(() => buildTransitSearchIndex(data), [data])
  const hits = useMemo(() => searchTransit(index, query), [index, query])
  return (
    <section aria-labelledby="transit-search-title" className="transit-search-results">
      <h2 id="transit-search-title">{t('search.results', { query })}</h2>
      <p role="status" className="muted">
        {t('search.count', { count: hits.length })}
      </p>
      {hits.length > 0 && (
        <ul className="transit-hits">
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <span className="chip">{t(`search.kind.${hit.kind}`)}</span>{' '}
              <a
                onClick={props.onPick}
                href={hrefFor('transit', {
                  tab: TAB_OF[hit.kind],
                  rows: hit.kind === 'cardType' ? 'all' : undefined,
                  focus: anchorId(hit.kind, hit.id),
                })}
              >
                {pick(hit.name)}
              </a>
              {hit.field !== 'name' ||
              (hit.matched !== hit.name.zh && hit.matched !== hit.name.en) ? (
                <span className="muted">
                  {' '}
                  · {t(`search.field.${hit.field}`)}
                  {t('colon')}
                  {highlightSegments(hit.matched, hit.ranges).map((s, i) =>
                    s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                  )}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
