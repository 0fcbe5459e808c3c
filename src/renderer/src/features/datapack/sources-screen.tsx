// The Data sources page: every source the service pack cites, how far to trust it, and which
// records use it.
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONFIDENCES,
  recordLabel,
  sourceFreshness,
  sourceUses,
  type Confidence,
  type PackTables,
  type Source,
  type SourceUse,
  type TransitSystem,
} from '@shared/pack'
import { today } from '@shared/calendar/dates'
import { Page } from '@renderer/ui/page'
import { SourceDetails } from './source-badge'
import { FactList } from './fact-list'
import { pick } from '@renderer/ui/pack-text'
import { ensureShippedPack } from '@renderer/db/pack'
import { usePackTables } from '@renderer/db/pack-queries'
import { useRoute } from '@renderer/app/router'
import { DataAsOf } from './data-as-of'
import './datapack.css'

/** How many uses show before the rest fold away. */
const SHOWN_USES = 4

function Uses({ tables, uses }: { tables: PackTables; uses: SourceUse[] }) {
  const { t, i18n } = useTranslation('datapack')
  // Only the interface language's strings are loaded, and only that side of the label is shown.
  const system = (s: TransitSystem) => ({ zh: t(`system.${s}`), en: t(`system.${s}`) })
  const item = (u: SourceUse) => (
    <li key={`${u.section}:${u.recordId}`}>
      <span className="use-section">{t(`section.${u.section}`)}</span>{' '}
      {pick(recordLabel(tables, u, system), i18n.language)}
    </li>
  )
  if (uses.length === 0) return <p className="muted">{t('sources.unused')}</p>
  return (
    <div className="source-uses">
      <span className="muted">{t('sources.usedBy', { count: uses.length })}</span>
      <ul>{uses.slice(0, SHOWN_USES).map(item)}</ul>
      {uses.length > SHOWN_USES && (
        <details>
          <summary>{t('sources.moreUses', { count: uses.length - SHOWN_USES })}</summary>
          <ul>{uses.slice(SHOWN_USES).map(item)}</ul>
        </details>
      )}
    </div>
  )
}

/** Newest first; pages with no date of their own last (their date is only when they were read). */
function byDate(a: Source, b: Source): number {
  const undated = Number(a.dateKind === 'retrieved') - Number(b.dateKind === 'retrieved')
  if (undated !== 0) return undated
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)
}

function matchesQuery(source: Source, query: string): boolean {
  if (!query) return true
  const hay = `${source.title.zh} ${source.title.en} ${source.publisher} ${source.url ?? ''}`
  return hay.toLowerCase().includes(query.toLowerCase())
}

export default function SourcesScreen() {
  const { t, i18n } = useTranslation('datapack')
  const { t: tc } = useTranslation()
  const tables = usePackTables()
  const route = useRoute()
  const focus = route.params.get('source')
  const [query, setQuery] = useState('')
  const [confidence, setConfidence] = useState<Confidence | ''>('')

  useEffect(() => {
    ensureShippedPack().catch((e: unknown) => console.error(e))
  }, [])

  const uses = useMemo(
    () => (tables ? sourceUses(tables) : new Map<string, SourceUse[]>()),
    [tables],
  )
  const shown = (tables?.sources ?? [])
    .filter((s) => matchesQuery(s, query) && (confidence === '' || s.confidence === confidence))
    .sort(byDate)
  const now = today()

  useEffect(() => {
    if (focus && tables)
      document.getElementById(`source-${focus}`)?.scrollIntoView({ block: 'center' })
  }, [focus, tables])

  return (
    <Page title={tc('nav.sources')} description={t('sources.description')}>
      <DataAsOf detailed />
      {tables && tables.contextNotes.length > 0 && (
        <details className="card context-notes">
          <summary>
            {t('sources.notes')}{' '}
            <span className="muted">
              {t('sources.notesCount', { count: tables.contextNotes.length })}
            </span>
          </summary>
          {tables.contextNotes.map((n) => (
            <section key={n.id} aria-label={pick(n.title, i18n.language)}>
              <h3>{pick(n.title, i18n.language)}</h3>
              <FactList facts={n.facts} />
            </section>
          ))}
        </details>
      )}
      <div className="row sources-filters">
        <label htmlFor="sources-query">{t('sources.search')}</label>
        <input
          id="sources-query"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label htmlFor="sources-confidence">{t('sources.confidence')}</label>
        <select
          id="sources-confidence"
          value={confidence}
          onChange={(e) => setConfidence(e.target.value as Confidence | '')}
        >
          <option value="">{t('sources.allConfidence')}</option>
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t(`confidence.${c}`)}
            </option>
          ))}
        </select>
        <span className="muted" role="status">
          {tables && t('sources.count', { shown: shown.length, total: tables.sources.length })}
        </span>
      </div>
      {tables === undefined ? (
        <p className="loading">{tc('loading')}</p>
      ) : (
        <ol className="source-list">
          {shown.map((s) => {
            const freshness = sourceFreshness(s, now)
            return (
              <li
                key={s.id}
                id={`source-${s.id}`}
                className={`card source-item${focus === s.id ? ' source-focus' : ''}`}
                aria-label={s.title.zh === s.title.en ? s.title.en : undefined}
              >
                <SourceDetails source={s} />
                {freshness !== 'current' && (
                  <span className="badge-warn source-age">{t(`badge.${freshness}`)}</span>
                )}
                <Uses tables={tables} uses={uses.get(s.id) ?? []} />
              </li>
            )
          })}
        </ol>
      )}
    </Page>
  )
}
