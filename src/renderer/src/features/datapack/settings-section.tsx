// Settings → Service data: the installed pack, importing a newer pack file, and going back to the
// pack that ships with the app. A refused file changes nothing and says exactly why.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { PackMeta } from '@renderer/db/db'
import { db } from '@renderer/db/db'
import {
  ensureShippedPack,
  importPackBytes,
  MAX_PACK_BYTES,
  resetToShippedPack,
  type PackImportProblem,
} from '@renderer/db/pack'
import { platform } from '@renderer/app/platform'
import { hrefFor } from '@renderer/app/router'
import { DataAsOf } from './data-as-of'
import './datapack.css'

type Outcome =
  | { kind: 'imported'; meta: PackMeta }
  | { kind: 'reset'; meta: PackMeta }
  | { kind: 'refused'; problems: PackImportProblem[] }
  | { kind: 'failed'; message: string }

const refused = (code: PackImportProblem['code'], message: string): Outcome => ({
  kind: 'refused',
  problems: [{ code, path: '(file)', message }],
})

export default function SettingsSection() {
  const { t } = useTranslation('datapack')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function run(action: () => Promise<Outcome | null>) {
    setBusy(true)
    try {
      const result = await action()
      if (result) setOutcome(result)
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setBusy(false)
    }
  }

  const importFile = () =>
    run(async () => {
      await ensureShippedPack()
      const file = await platform.openFile(
        [{ name: t('settings.fileFilter'), extensions: ['json'] }],
        MAX_PACK_BYTES,
      )
      if (file.status === 'canceled') return null
      if (file.status === 'tooLarge') return refused('json', t('settings.tooLarge'))
      if (file.status === 'notAFile')
        return refused('json', t('common:error.notAFile', { name: file.name }))
      const result = await importPackBytes(db, file.bytes)
      return result.ok
        ? { kind: 'imported', meta: result.meta }
        : { kind: 'refused', problems: result.problems }
    })

  const reset = () => run(async () => ({ kind: 'reset', meta: await resetToShippedPack(db) }))

  return (
    <section className="card" aria-labelledby="settings-datapack">
      <h2 id="settings-datapack">{t('settings.title')}</h2>
      <p className="muted">{t('settings.description')}</p>
      <DataAsOf detailed />
      <div className="row">
        <button type="button" onClick={importFile} disabled={busy}>
          {t('settings.importButton')}
        </button>
        <button type="button" onClick={reset} disabled={busy}>
          {t('settings.resetButton')}
        </button>
        <a href={hrefFor('sources')}>{t('settings.viewSources')}</a>
      </div>
      {outcome && <OutcomeMessage outcome={outcome} />}
    </section>
  )
}

/** A problem in the interface's language; the English message where no wording exists. */
function problemText(t: TFunction, p: PackImportProblem): string {
  if (!p.detail) return p.message
  const params: Record<string, string | number> = { ...p.detail.params }
  if (typeof params['section'] === 'string') params['section'] = t(`section.${params['section']}`)
  if (typeof params['system'] === 'string') params['system'] = t(`system.${params['system']}`)
  return t(`problemDetail.${p.detail.key}`, { ...params, defaultValue: p.message })
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('datapack')
  if (outcome.kind === 'refused') {
    return (
      <div className="warning pack-outcome" role="alert">
        <p>{t('settings.refused')}</p>
        <ul className="pack-problems">
          {outcome.problems.map((p, i) => (
            <li key={i}>
              <strong>{t(`problem.${p.code}`)}</strong> <code>{p.path}</code> — {problemText(t, p)}
            </li>
          ))}
        </ul>
      </div>
    )
  }
  if (outcome.kind !== 'failed') {
    return (
      <p className="notice pack-outcome" role="status">
        {t(`settings.${outcome.kind}`, { version: outcome.meta.version, asOf: outcome.meta.asOf })}
      </p>
    )
  }
  return (
    <p className="warning pack-outcome" role="alert">
      {t('settings.failed', { message: outcome.message })}
    </p>
  )
}
