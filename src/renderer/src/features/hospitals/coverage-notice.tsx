// What the directory does not cover, said on the list itself: the title of each note on what no
// search found (Jiaxing's grade-2 hospitals, the YRD direct-settlement list), the official lookup
// to use instead, and the sourced facts one click away.
import { useTranslation } from 'react-i18next'
import { collectSourceIds, type ContextNote } from '@shared/pack'
import { SourceLink } from '@renderer/features/datapack/source-badge'
import { SectionSources } from '@renderer/features/datapack/section-sources'
import { useSources } from '@renderer/db/pack-queries'
import { FactList } from '@renderer/features/datapack/fact-list'
import { pick } from '@renderer/ui/pack-text'

function Lookup({ note }: { note: ContextNote }) {
  const { t, i18n } = useTranslation('hospitals')
  const source = useSources(note.lookup?.sourceIds ?? [])?.[0]
  if (!note.lookup || !source) return null
  return (
    <span className="coverage-lookup">
      {t('coverage.lookup')} {pick(note.lookup.name, i18n.language)} <SourceLink source={source} />
    </span>
  )
}

export function CoverageNotice({ notes }: { notes: readonly ContextNote[] }) {
  const { t, i18n } = useTranslation('hospitals')
  if (notes.length === 0) return null
  return (
    <div className="notice coverage-notice" data-testid="hospital-coverage">
      {notes.map((n) => (
        <details key={n.id}>
          <summary>
            <strong>{pick(n.title, i18n.language)}</strong>{' '}
            <span className="muted">{t('coverage.more', { count: n.facts.length })}</span>
          </summary>
          <FactList facts={n.facts} sayWhenEmpty />
          <SectionSources ids={collectSourceIds(n.facts)} />
        </details>
      ))}
      {notes.map((n) => (
        <Lookup key={n.id} note={n} />
      ))}
    </div>
  )
}
