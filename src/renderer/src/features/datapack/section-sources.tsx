// Sources shown once per section instead of a badge on every line: the answer reads first, each
// fact carries only the marks it needs (low confidence, old, undated), and one line at the end
// of the section opens every source with its date and confidence and says once what the marks
// mean. Where sources disagree, each value names its own source (publisher and date) inline.
import { createContext, useContext, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { factMarks, sharedMarks, summarizeSources, type Source } from '@shared/pack'
import { today } from '@shared/calendar/dates'
import { useSourceMap } from '@renderer/db/pack-queries'
import { SourceDate, SourceDetails } from './source-badge'
import './section-sources.css'

const SourcesContext = createContext<ReadonlyMap<string, Source> | undefined>(undefined)
/** The sources of the section a fact sits in: a mark the whole section shares is said once. */
const ScopeContext = createContext<readonly string[] | undefined>(undefined)

/** One live read of the pack's sources for a whole screen (the marks and source lines below). */
export function SourcesProvider({ children }: { children: ReactNode }) {
  return <SourcesContext.Provider value={useSourceMap()}>{children}</SourcesContext.Provider>
}

/**
 * A section whose facts share their marks: when every source of the section is old (or low, or
 * undated), its one source line says so and the facts inside do not repeat it.
 */
export function MarksScope({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  return <ScopeContext.Provider value={ids}>{children}</ScopeContext.Provider>
}

/**
 * The marks one fact needs where its sources are listed once, below: "low confidence", "old"
 * (with its newest source's date) or "undated". `cite`: also name the source inline, for values
 * shown side by side because their sources disagree. `besides`: the sources of the line this one
 * belongs to (a rule's statement above its steps; by default the MarksScope's section); marks
 * that line already shows are not repeated. Nothing when the fact needs no mark.
 */
export function FactMarks({
  ids,
  cite = false,
  besides,
}: {
  ids: readonly string[]
  cite?: boolean
  besides?: readonly string[]
}) {
  const { t } = useTranslation('datapack')
  const byId = useContext(SourcesContext)
  const scope = useContext(ScopeContext)
  if (!byId) return null
  const sources = ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined)
  if (sources.length === 0)
    return <span className="fact-mark fact-mark-warn">{t('marks.missing')}</span>
  const own = factMarks(ids, byId, today())
  const shared = besides ?? scope
  const above = shared ? sharedMarks(shared, byId, today()) : null
  const marks = {
    low: own.low && !above?.low,
    freshness:
      (own.freshness === 'old' && above?.old) || (own.freshness === 'undated' && above?.undated)
        ? 'current'
        : own.freshness,
  }
  // "old" names the newest dated source (an undated page's read date says nothing of its age).
  const newest = sources
    .filter((s) => s.dateKind !== 'retrieved')
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0]
  return (
    <>
      {cite && (
        <span className="fact-cite">
          {t('marks.cite', { publisher: sources[0]!.publisher })}{' '}
          <SourceDate source={sources[0]!} />
        </span>
      )}
      {marks.low && <span className="fact-mark fact-mark-low">{t('marks.low')}</span>}
      {marks.freshness === 'old' && newest && (
        <span className="fact-mark fact-mark-old">{t('marks.old', { date: newest.date })}</span>
      )}
      {/* A cited undated page already says "undated" in its date. */}
      {marks.freshness === 'undated' && !cite && (
        <span className="fact-mark fact-mark-old">{t('marks.undated')}</span>
      )}
    </>
  )
}

/**
 * The section's one source line: how many sources, their date span, how many are low-confidence,
 * old or undated; it opens the list (title, publisher, date, confidence, link of each), the
 * staleness note once, and for medical facts "confirm with the official channel" once.
 */
export function SectionSources({
  ids,
  medical = false,
}: {
  ids: readonly string[]
  medical?: boolean
}) {
  const { t } = useTranslation('datapack')
  const byId = useContext(SourcesContext)
  if (ids.length === 0) return null
  if (!byId) return <p className="section-sources muted">{t('badge.loading')}</p>
  const summary = summarizeSources(ids, byId, today())
  if (summary.sources.length === 0)
    return <p className="section-sources fact-mark-warn">{t('badge.missing')}</p>
  const n = summary.sources.length
  const parts = [
    t('sectionSources.count', { count: n }),
    summary.span &&
      (summary.span.from === summary.span.to
        ? summary.span.from
        : t('sectionSources.span', summary.span)),
  ].filter((p): p is string => typeof p === 'string')
  // The weak ones are marked as the facts are; "all" when the facts above carry no mark for it.
  const weak = [
    { count: summary.byConfidence.low, key: 'low', className: 'fact-mark-low' },
    { count: summary.old, key: 'old', className: 'fact-mark-old' },
    { count: summary.undated, key: 'undated', className: 'fact-mark-old' },
  ].filter((w) => w.count > 0)
  return (
    <details className="section-sources" data-testid="section-sources">
      <summary>
        <span className="section-sources-label">{t('sectionSources.label')}</span>{' '}
        {parts.join(' · ')}
        {weak.map((w) => (
          <span key={w.key} className={`fact-mark ${w.className}`}>
            {w.count === n
              ? t(`sectionSources.all.${w.key}`)
              : t(`sectionSources.${w.key}`, { count: w.count })}
          </span>
        ))}
      </summary>
      <div className="section-sources-body">
        {(summary.old > 0 || summary.undated > 0 || summary.byConfidence.low > 0) && (
          <p className="badge-warn section-sources-note">{t('sectionSources.marksNote')}</p>
        )}
        {medical && (
          <p className="badge-official section-sources-note">{t('badge.officialLong')}</p>
        )}
        <ul>
          {summary.sources.map((s) => (
            <li key={s.id}>
              <SourceDetails source={s} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}
