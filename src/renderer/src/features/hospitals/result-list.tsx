// The result list: a listbox of hospitals, virtualized so thousands of rows cost only the few in
// view. The search box owns the keyboard (combobox); the list follows its active row.
import { memo, useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { highlightSegments, rangesFor, type SearchHit, type SearchIndex } from '@shared/search'
import { hospitalNames, INSURED, type DirectoryEntry } from '@shared/hospitals'
import type { HospitalNote } from '@renderer/db/db'
import type { ShownHit } from './directory-view'
import { pick } from '@renderer/ui/pack-text'

export const RESULTS_ID = 'hospital-results'
export const optionId = (hospitalId: string) => `hospital-option-${hospitalId}`

function Highlighted({ text, ranges }: { text: string; ranges: SearchHit['ranges'] }) {
  return (
    <>
      {highlightSegments(text, ranges).map((s, i) =>
        s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  )
}

// Memoized: a re-render with the same results (the filter counts catching up) skips the rows.
const Row = memo(function Row(props: {
  hit: SearchHit
  entry: DirectoryEntry
  note: HospitalNote | undefined
  index: SearchIndex
  query: string
}) {
  const { t, i18n } = useTranslation('hospitals')
  const { hit, entry } = props
  const note = props.note
  const h = entry.hospital
  const names = hospitalNames(h)
  const zh = i18n.language.startsWith('zh')
  const shownIndex = zh ? 0 : names.length - 1
  const shownName = names[shownIndex] ?? ''
  // Mark the shown name where it matches too; otherwise say which alias matched.
  const shownRanges =
    hit.ranges.length === 0
      ? []
      : hit.nameIndex === shownIndex
        ? hit.ranges
        : (rangesFor(props.index, hit.docIndex, shownIndex, props.query) ?? [])
  const matchedName = names[hit.nameIndex] ?? ''
  const inShown = shownRanges.length > 0
  // The hospital's district and its campuses', each once.
  const districts = [
    ...new Map(
      [h.district, ...h.campuses.map((c) => c.district)]
        .filter((d) => d !== null)
        .map((d) => [d.zh, d]),
    ).values(),
  ]
  const district =
    districts.length > 0
      ? districts.map((d) => pick(d, i18n.language)).join(' / ')
      : t('district.unknown')
  const levels = [...new Set(h.level.map((l) => t(`levels.${l.value}`, { defaultValue: l.value })))]
  const programmes = [
    ...new Map(entry.partnerships.map((p) => [p.programme.zh, p.programme])).values(),
  ]
  return (
    <>
      <span className="row-title">
        {note?.favourite && (
          <span className="fav-mark" title={t('row.favourite')} aria-label={t('row.favourite')}>
            ★
          </span>
        )}
        <span className="row-name">
          {inShown ? <Highlighted text={shownName} ranges={shownRanges} /> : shownName}
        </span>
        <span className="row-meta muted">
          {t(`city.${h.city}`)} · {district}
          {levels.length > 0 && ` · ${levels.join(' / ')}`}
          {levels.length > 1 && ` (${t('row.levelsDiffer')})`}
        </span>
      </span>
      {!inShown && hit.ranges.length > 0 && (
        <span className="row-alias muted">
          {t('search.matchedAlias')}
          <Highlighted text={matchedName} ranges={hit.ranges} />
        </span>
      )}
      <span className="row-detail">
        {entry.partnerships.length === 0 ? (
          <span className="muted">{t('row.noPartnerships')}</span>
        ) : (
          <span>
            {t('row.partnerships', {
              count: entry.partnerships.length,
              list: programmes.map((p) => pick(p, i18n.language)).join(' · '),
            })}
          </span>
        )}
        {INSURED.filter((i) => entry.direct[i].length > 0).map((i) => (
          <span key={i} className="chip status-works">
            {t('row.direct', {
              who: t(i === 'shanghai' ? 'filters.settleShanghai' : 'filters.settleJiaxing'),
            })}
          </span>
        ))}
        {note && note.note !== '' && <span className="chip">{t('row.hasNote')}</span>}
      </span>
    </>
  )
})

export function ResultList(props: {
  shown: ShownHit[]
  index: SearchIndex
  query: string
  activeIndex: number
  notes: Map<string, HospitalNote>
  onOpen: (id: string) => void
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void
}) {
  const { t } = useTranslation('hospitals')
  const { shown, activeIndex } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer hands back functions React Compiler cannot memoize; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    overscan: 6,
    getItemKey: (i) => shown[i]?.entry.hospital.id ?? i,
  })

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  return (
    <div
      ref={scrollRef}
      id={RESULTS_ID}
      className="hospital-results"
      role="listbox"
      aria-label={t('search.results')}
      tabIndex={0}
      aria-activedescendant={
        activeIndex >= 0 ? optionId(shown[activeIndex]?.entry.hospital.id ?? '') : undefined
      }
      onKeyDown={props.onKeyDown}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = shown[v.index] as ShownHit
          const id = item.entry.hospital.id
          return (
            <div
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              id={optionId(id)}
              role="option"
              aria-selected={v.index === activeIndex}
              aria-setsize={shown.length}
              aria-posinset={v.index + 1}
              className={`hospital-row${v.index === activeIndex ? ' active' : ''}`}
              style={{ transform: `translateY(${v.start}px)` }}
              onClick={() => props.onOpen(id)}
            >
              <Row
                hit={item.hit}
                entry={item.entry}
                note={props.notes.get(id)}
                index={props.index}
                query={props.query}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
}
