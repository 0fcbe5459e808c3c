// 出行 · Transit: my cards, the card × system matrix, routes between home and work, bus lines,
// rail stations and planned lines, as tabs; a search box above them covers all of it. The tab,
// the query and a record to focus live in the route (#/transit?tab=buses&focus=…).
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate, useRoute } from '@renderer/app/router'
import { useCards } from '@renderer/db/cards'
import { Page } from '@renderer/ui/page'
import { useTransitData } from './use-transit-data'
import { CardsView } from './cards-view'
import { MatrixView, type Rows } from './matrix-view'
import { RoutesView } from './routes-view'
import { BusLinesView } from './bus-lines-view'
import { StationsView } from './stations-view'
import { PlannedView } from './planned-view'
import { CommuteStrip } from './commute-strip'
import './transit.css'

// Search brings pinyin-pro (about 150 KB): loaded when the user first types, not with the screen.
const SearchResults = lazy(() =>
  import('./search-view').then((m) => ({ default: m.SearchResults })),
)

const TABS = ['routes', 'matrix', 'cards', 'buses', 'stations', 'planned'] as const
type Tab = (typeof TABS)[number]

function Tabs(props: { current: Tab; onSelect: (tab: Tab) => void }) {
  const { t } = useTranslation('transit')
  const refs = useRef<Record<string, HTMLButtonElement | null>>({})
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab moves into the panel.
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(props.current)
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined
    if (!next) return
    e.preventDefault()
    props.onSelect(next)
    refs.current[next]?.focus()
  }
  return (
    <div role="tablist" aria-label={t('tabs.label')} className="transit-tabs" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el
          }}
          type="button"
          role="tab"
          id={`transit-tab-${tab}`}
          aria-selected={props.current === tab}
          aria-controls="transit-panel"
          tabIndex={props.current === tab ? 0 : -1}
          onClick={() => props.onSelect(tab)}
        >
          {t(`tabs.${tab}`)}
        </button>
      ))}
    </div>
  )
}

export default function TransitScreen() {
  const { t } = useTranslation('transit')
  const route = useRoute()
  const data = useTransitData()
  const cards = useCards()
  const tabParam = route.params.get('tab')
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '')
    ? (tabParam as Tab)
    : 'routes'
  const focus = route.params.get('focus')
  const rows = route.params.get('rows')
  const [query, setQuery] = useState('')

  const select = (next: Tab) => {
    setQuery('')
    navigate('transit', { tab: next })
  }

  // A link to a record (from search or a connection) scrolls to it and moves focus there.
  const ready = data !== undefined && cards !== undefined
  useEffect(() => {
    if (!ready || !focus) return
    const el = document.getElementById(focus)
    if (el) {
      el.scrollIntoView({ block: 'start' })
      el.focus({ preventScroll: true })
    }
  }, [ready, focus, tab])

  const searchBox = (
    <div className="transit-search" role="search">
      <label htmlFor="transit-search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="transit-search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('')
        }}
      />
    </div>
  )

  return (
    <Page title={t('title')} description={t('description')} actions={searchBox}>
      <CommuteStrip />
      <Tabs current={tab} onSelect={select} />
      <div
        id="transit-panel"
        role="tabpanel"
        aria-labelledby={`transit-tab-${tab}`}
        className="transit-panel"
      >
        {!ready ? (
          <p className="loading">{t('common:loading')}</p>
        ) : data.cardTypes.length === 0 && data.busLines.length === 0 ? (
          <p className="warning">{t('noPack')}</p>
        ) : query.trim() ? (
          <Suspense fallback={<p className="muted">{t('common:loading')}</p>}>
            <SearchResults data={data} query={query} onPick={() => setQuery('')} />
          </Suspense>
        ) : tab === 'cards' ? (
          <CardsView cards={cards} types={data.cardTypes} />
        ) : tab === 'matrix' ? (
          <MatrixView
            data={data}
            cards={cards}
            rows={rows === 'all' || rows === 'mine' ? (rows as Rows) : undefined}
          />
        ) : tab === 'routes' ? (
          <RoutesView data={data} cards={cards} />
        ) : tab === 'buses' ? (
          <BusLinesView data={data} />
        ) : tab === 'stations' ? (
          <StationsView data={data} />
        ) : (
          <PlannedView data={data} />
        )}
      </div>
    </Page>
  )
}
