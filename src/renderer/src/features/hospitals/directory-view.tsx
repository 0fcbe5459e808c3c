// The list screen: the search box (a combobox over the result list), the filters with their
// counts, and the list or the district diagram.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { search, type SearchHit } from '@shared/search'
import { facetCounts, matchesFilters, type DirectoryEntry } from '@shared/hospitals'
import type { HospitalNote } from '@renderer/db/db'
import { Page } from '@renderer/ui/page'
import { currentParams, filtersOf, goTo, replaceWith, type HospitalsParams } from './params'
import type { DirectoryData } from './use-directory'
import { FiltersPanel } from './filters-panel'
import { ResultList, optionId, RESULTS_ID } from './result-list'
import { DistrictMap } from './district-map'
import { OrphanNotes } from './orphan-notes'
import { CoverageNotice } from './coverage-notice'

export interface ShownHit {
  hit: SearchHit
  entry: DirectoryEntry
}

export function DirectoryView(props: {
  params: HospitalsParams
  data: DirectoryData
  notes: Map<string, HospitalNote>
}) {
  const { t } = useTranslation('hospitals')
  const { params, data, notes } = props
  const { directory, index } = data
  const [query, setQuery] = useState(params.q ?? '')
  const [activeId, setActiveId] = useState<string | null>(null)
  // The box owns the text while typing (the URL follows it); a link or Back that changes q in
  // the URL puts its text in the box.
  const written = useRef(params.q ?? '')
  const urlQuery = params.q ?? ''
  useEffect(() => {
    if (urlQuery === written.current) return
    written.current = urlQuery
    setQuery(urlQuery)
    setActiveId(null)
  }, [urlQuery])
  // The URL gets the text once typing pauses: a hash change re-renders the whole shell.
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(urlTimer.current), [])
  /** Changes filters or the view in the URL, with the text typed so far. */
  const update = useCallback((patch: Partial<HospitalsParams>) => {
    clearTimeout(urlTimer.current)
    replaceWith({ ...currentParams(), q: written.current || undefined, ...patch })
  }, [])
  const filterKey = JSON.stringify(filtersOf(params))
  // filterKey stands for the filters: params is a new object every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersOf(params), [filterKey])

  const favourites = useMemo(
    () => new Set([...notes.values()].filter((n) => n.favourite).map((n) => n.hospitalId)),
    [notes],
  )
  const matched = useMemo(
    () =>
      search(index, query).map((hit) => ({
        hit,
        entry: directory.entries[hit.docIndex] as DirectoryEntry,
      })),
    [index, directory, query],
  )
  const shown = useMemo(
    () => matched.filter((m) => matchesFilters(m.entry, filters, favourites)),
    [matched, filters, favourites],
  )
  // The counts trail the list by a render: the results come first while typing.
  const countedMatches = useDeferredValue(matched)
  const counts = useMemo(
    () =>
      facetCounts(
        countedMatches.map((m) => m.entry),
        filters,
        favourites,
      ),
    [countedMatches, filters, favourites],
  )

  const activeIndex = shown.findIndex((s) => s.entry.hospital.id === activeId)
  const open = (id: string) => {
    // Write the pending text first, so Back returns to the list as it was.
    update({})
    goTo({ ...currentParams(), id })
  }

  const onQuery = (q: string) => {
    setQuery(q)
    setActiveId(null)
    written.current = q.trim() === '' ? '' : q
    clearTimeout(urlTimer.current)
    urlTimer.current = setTimeout(
      () => replaceWith({ ...currentParams(), q: written.current || undefined }),
      300,
    )
  }

  const move = (to: number) => {
    if (shown.length === 0) return
    const i = Math.max(0, Math.min(shown.length - 1, to))
    setActiveId(shown[i]?.entry.hospital.id ?? null)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const page = 8
    if (e.key === 'ArrowDown') move(activeIndex < 0 ? 0 : activeIndex + 1)
    else if (e.key === 'ArrowUp') move(activeIndex < 0 ? 0 : activeIndex - 1)
    else if (e.key === 'PageDown') move(activeIndex + page)
    else if (e.key === 'PageUp') move(activeIndex - page)
    else if (e.key === 'Enter') {
      const target = shown[activeIndex < 0 ? 0 : activeIndex]
      if (target) open(target.entry.hospital.id)
    } else if (e.key === 'Escape' && query !== '') onQuery('')
    else return
    e.preventDefault()
  }

  const view = params.view === 'map' ? 'map' : 'list'
  const orphans = [...notes.values()].filter((n) => !directory.byId.has(n.hospitalId))

  return (
    <Page title={t('title')} description={t('description')}>
      <div className="hospitals-layout">
        <aside className="hospitals-side">
          <FiltersPanel filters={filters} directory={directory} counts={counts} onChange={update} />
          {orphans.length > 0 && <OrphanNotes notes={orphans} />}
        </aside>
        <div className="hospitals-main">
          <div className="hospital-search">
            <label htmlFor="hospital-search-input">{t('search.label')}</label>
            <input
              id="hospital-search-input"
              type="search"
              role="combobox"
              aria-expanded={view === 'list' && shown.length > 0}
              aria-controls={RESULTS_ID}
              aria-autocomplete="list"
              aria-activedescendant={
                view === 'list' && activeIndex >= 0 ? optionId(activeId ?? '') : undefined
              }
              aria-describedby="hospital-search-hint"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('search.placeholder')}
              value={query}
              onChange={(e) => onQuery(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <p id="hospital-search-hint" className="muted hint">
              {t('search.hint')}
            </p>
          </div>
          <CoverageNotice notes={data.gaps} />
          <div className="hospital-toolbar">
            <p className="result-count" role="status" data-testid="hospital-count">
              {shown.length === directory.entries.length
                ? t('search.count', { count: shown.length })
                : t('search.countOf', { shown: shown.length, total: directory.entries.length })}
            </p>
            <div className="segmented" role="group" aria-label={t('views.label')}>
              <button
                type="button"
                aria-pressed={view === 'list'}
                onClick={() => update({ view: undefined })}
              >
                {t('views.list')}
              </button>
              <button
                type="button"
                aria-pressed={view === 'map'}
                onClick={() => update({ view: 'map' })}
              >
                {t('views.map')}
              </button>
            </div>
          </div>
          {view === 'map' ? (
            <DistrictMap
              data={data}
              selected={
                filters.city && filters.district ? `${filters.city}:${filters.district}` : null
              }
              onPick={(city, district) => update({ city, district, view: undefined })}
            />
          ) : shown.length === 0 ? (
            <p className="notice" id={RESULTS_ID}>
              {t('search.none')}
            </p>
          ) : (
            <ResultList
              shown={shown}
              index={index}
              query={query}
              activeIndex={activeIndex}
              notes={notes}
              onOpen={open}
              onKeyDown={onKeyDown}
            />
          )}
        </div>
      </div>
    </Page>
  )
}
