// The provenance badge every fact carries: its source's title, date and confidence, a warning
// when the fact is old or undated, and (for medical facts) "confirm with the official channel".
// Links open only through the platform adapter's allowlisted external-link path.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { factFreshness, type Freshness, type Source } from '@shared/pack'
import { today } from '@shared/calendar/dates'
import { useSources } from '@renderer/db/pack-queries'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { usePick } from '@renderer/ui/pack-text'
import './source-badge.css'

/** "2016-10-19", "约 2020-09", "未注日期（2026-11 读取）" … */
export function SourceDate({ source }: { source: Source }) {
  const { t } = useTranslation('datapack')
  return <>{t(`date.${source.dateKind}`, { date: source.date })}</>
}

/** Opens a source's page outside the app; says so when the allowlist refuses it. */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation('datapack')
  const toast = useToast()
  if (!source.url) return <span className="muted">{t('badge.noUrl')}</span>
  const url = source.url
  return (
    <span className="source-link">
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          const opened = await platform.openLink(url)
          if (!opened) toast.show({ message: t('badge.linkRefused') })
        }}
      >
        {t('badge.open')}
      </button>{' '}
      <span className="source-url" translate="no">
        {url}
      </span>
    </span>
  )
}

/** One source in full: used in the badge's panel and on the Data sources page. */
export function SourceDetails({ source }: { source: Source }) {
  const { t } = useTranslation('datapack')
  const pick = usePick()
  return (
    <span className="source-details" data-source-id={source.id}>
      <span className="source-title">{pick(source.title)}</span>
      <span className="source-meta">
        {source.publisher} · <SourceDate source={source} /> ·{' '}
        <span className={`confidence confidence-${source.confidence}`}>
          {t(`confidence.${source.confidence}`)}
        </span>
      </span>
      {source.note && <span className="source-note">{pick(source.note)}</span>}
      <SourceLink source={source} />
    </span>
  )
}

function AgeWarning({ freshness }: { freshness: Freshness }) {
  const { t } = useTranslation('datapack')
  if (freshness === 'current') return null
  return <span className="badge-warn">{t(`badge.${freshness}`)}</span>
}

/**
 * `ids`: the fact's sourceIds. `medical`: add "confirm with the official channel".
 * Renders inline (spans only), so it can sit inside a paragraph.
 */
export function SourceBadge({
  ids,
  medical = false,
}: {
  ids: readonly string[]
  medical?: boolean
}) {
  const { t } = useTranslation('datapack')
  const pick = usePick()
  const sources = useSources(ids)
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false)
    const onClick = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onClick)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onClick)
    }
  }, [open])

  if (sources === undefined)
    return <span className="source-badge loading">{t('badge.loading')}</span>
  const official = medical && <span className="badge-official">{t('badge.official')}</span>
  const [first] = sources
  if (!first) {
    return (
      <span className="source-badge">
        <span className="badge-warn">{t('badge.missing')}</span>
        {official}
      </span>
    )
  }
  const freshness = factFreshness(sources, today())
  return (
    <span className="source-badge" ref={rootRef}>
      <button
        type="button"
        className="badge-button"
        aria-expanded={open}
        aria-controls={panelId}
        title={pick(first.title)}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="badge-title">{pick(first.title)}</span>
        <span className="badge-date">
          <SourceDate source={first} />
        </span>
        <span className={`confidence confidence-${first.confidence}`}>
          {t(`confidence.${first.confidence}`)}
        </span>
        {sources.length > 1 && <span className="badge-more">+{sources.length - 1}</span>}
      </button>
      <AgeWarning freshness={freshness} />
      {official}
      {open && (
        <span className="badge-panel" id={panelId} role="group" aria-label={t('badge.panel')}>
          {sources.map((s) => (
            <SourceDetails key={s.id} source={s} />
          ))}
          {freshness !== 'current' && (
            <span className="badge-warn">{t(`badge.${freshness}Long`)}</span>
          )}
          {medical && <span className="badge-official">{t('badge.officialLong')}</span>}
        </span>
      )}
    </span>
  )
}
