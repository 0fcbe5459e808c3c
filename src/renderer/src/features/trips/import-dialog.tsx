// Import: pick a CSV or JSON file, see what it holds (new, duplicate, invalid with line numbers
// and reasons), then write the new trips in one transaction. A long read or write shows how far it
// got and can be stopped; a stopped write leaves nothing behind.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '@renderer/ui/modal'
import { formatCount, langOf } from '@renderer/ui/format'
import { pacedProgress } from '@renderer/app/paced'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { listCards } from '@renderer/db/cards'
import { commitTripImport, deleteTrips, previewTripImport } from '@renderer/db/trips'
import { tomorrow } from '@shared/calendar/dates'
import { formatFen } from '@shared/money/fen'
import {
  LIFETIME_TRIPS,
  MAX_IMPORT_BYTES,
  readImportFile,
  type FileError,
  type ImportPreview,
  type ImportSource,
  type RowIssue,
} from '@shared/trips/import'
import { ImportError, IssueTable } from './issue-table'

type Step =
  | { kind: 'choose'; cancelled?: boolean }
  | { kind: 'reading'; name: string; done: number; total: number }
  | { kind: 'error'; name?: string; error: FileError }
  | { kind: 'preview'; name: string; source: ImportSource; preview: ImportPreview }

const nextFrame = (): Promise<void> =>
  new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))

class Cancelled extends Error {}

export function ImportDialog(props: { onClose: () => void }) {
  const { t, i18n } = useTranslation('trips')
  const toast = useToast()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [writing, setWriting] = useState<{ done: number; total: number } | null>(null)
  // Set by "stop" (or by closing the dialog): the next progress report throws, and a write in
  // progress is rolled back.
  const cancelled = useRef(false)
  useEffect(
    () => () => {
      cancelled.current = true
    },
    [],
  )
  const checkCancelled = (): void => {
    if (cancelled.current) throw new Cancelled()
  }
  const count = (n: number): string => formatCount(n, langOf(i18n.language))

  async function choose(): Promise<void> {
    const file = await platform.openFile(
      [{ name: 'CSV / JSON', extensions: ['csv', 'json', 'txt'] }],
      MAX_IMPORT_BYTES,
    )
    if (file.status === 'canceled') return
    if (file.status === 'tooLarge') {
      const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
      setStep({
        kind: 'error',
        name: file.name,
        error: {
          message: 'import.tooLarge',
          params: { name: file.name, size: mb(file.size), max: mb(MAX_IMPORT_BYTES) },
        },
      })
      return
    }
    if (file.status === 'notAFile') {
      const error = { message: 'common:error.notAFile', params: { name: file.name } }
      setStep({ kind: 'error', name: file.name, error })
      return
    }
    cancelled.current = false
    setStep({ kind: 'reading', name: file.name, done: 0, total: 0 })
    // Let "reading…" paint before a large file keeps the thread busy.
    await nextFrame()
    try {
      const read = await readImportFile(file.name, file.bytes, {
        cards: await listCards(),
        tomorrow: tomorrow(),
        // Between batches of rows: show how far it got, let the page paint, stop if asked.
        progress: pacedProgress((done, total) => {
          checkCancelled()
          setStep({ kind: 'reading', name: file.name, done, total })
        }),
      })
      if (!read.ok) {
        setStep({ kind: 'error', name: file.name, error: read.error })
        return
      }
      const preview = await previewTripImport(read.source.candidates)
      checkCancelled()
      setStep({ kind: 'preview', name: file.name, source: read.source, preview })
    } catch (e) {
      if (e instanceof Cancelled) setStep({ kind: 'choose', cancelled: true })
      else throw e
    }
  }

  async function commit(source: ImportSource): Promise<void> {
    cancelled.current = false
    setWriting({ done: 0, total: 0 })
    try {
      // Called inside the write's transaction: it must not wait (see commitTripImport).
      const written = await commitTripImport(source.candidates, undefined, (done, total) => {
        checkCancelled()
        setWriting({ done, total })
      })
      const ids = written.fresh.map((x) => x.id)
      toast.show({
        message: t('import.done', { count: ids.length }),
        action: { label: t('actions.undo'), onClick: () => void deleteTrips(ids) },
        timeoutMs: 10_000,
      })
      props.onClose()
    } catch (e) {
      if (cancelled.current) setStep({ kind: 'choose', cancelled: true })
      else
        setStep({
          kind: 'error',
          error: {
            message: 'import.failed',
            params: { message: String((e as Error).message ?? e) },
          },
        })
    } finally {
      setWriting(null)
    }
  }

  const issues: RowIssue[] =
    step.kind === 'preview' ? step.preview.invalid.flatMap((r) => r.issues) : []
  const where = (at: number): string =>
    step.kind === 'preview' && step.source.unit === 'item'
      ? t('import.item', { n: at })
      : t('import.line', { n: at })
  const fieldName = (f: string | undefined): string =>
    !f
      ? ''
      : step.kind === 'preview' && step.source.format === 'csv'
        ? t(`columns.${f}`, { defaultValue: f })
        : f

  return (
    <Modal
      title={t('import.title')}
      onClose={props.onClose}
      className="trips-dialog"
      testId="import-dialog"
    >
      <p className="muted">{t('import.intro')}</p>
      <p className="muted">{t('import.columnsHelp')}</p>
      <div className="row">
        <button
          type="button"
          className={step.kind === 'preview' ? undefined : 'primary'}
          onClick={() => void choose()}
        >
          {t('import.choose')}
        </button>
        {step.kind === 'reading' && (
          <>
            <span role="status">
              {step.total === 0
                ? t('import.reading', { name: step.name })
                : t('import.checking', {
                    name: step.name,
                    done: count(step.done),
                    total: count(step.total),
                  })}
            </span>
            <button type="button" onClick={() => (cancelled.current = true)}>
              {t('import.cancel')}
            </button>
          </>
        )}
        {step.kind === 'choose' && step.cancelled && (
          <span role="status">{t('import.cancelled')}</span>
        )}
      </div>

      {step.kind === 'error' && <ImportError name={step.name} error={step.error} />}

      {step.kind === 'preview' && (
        <section className="trip-import-preview" aria-label={t('import.file', { name: step.name })}>
          <p>
            {t('import.file', { name: step.name })}
            {step.source.encoding && (
              <> · {t('import.encoding', { encoding: step.source.encoding.toUpperCase() })}</>
            )}
          </p>
          <ul className="trip-import-counts" data-testid="import-counts">
            <li className="status-works">
              {t('import.fresh', { count: step.preview.fresh.length })}
            </li>
            <li className="status-unknown">
              {t('import.duplicates', { count: step.preview.duplicates.length })}
            </li>
            <li className={step.preview.invalid.length > 0 ? 'status-no' : 'status-unknown'}>
              {t('import.invalid', { count: step.preview.invalid.length })}
            </li>
          </ul>
          {step.source.candidates.length > LIFETIME_TRIPS && (
            <p className="warning" role="note">
              {t('import.lifetime', {
                trips: count(step.source.candidates.length),
                lifetime: count(LIFETIME_TRIPS),
              })}
            </p>
          )}
          {step.source.decimalComma && (
            <p className="notice" role="note">
              {t('import.decimalComma', {
                line: step.source.decimalComma.line,
                cell: step.source.decimalComma.cell,
                amount: formatFen(step.source.decimalComma.fen),
              })}
            </p>
          )}
          {step.source.ignoredColumns.length > 0 && (
            <p className="muted">
              {t('import.ignored', { columns: step.source.ignoredColumns.join(', ') })}
            </p>
          )}
          {issues.length > 0 && (
            <div className="trip-import-issues">
              <IssueTable issues={issues} where={where} fieldName={fieldName} />
            </div>
          )}
          {step.preview.fresh.length === 0 && <p className="notice">{t('import.nothing')}</p>}
        </section>
      )}

      {writing && (
        <div className="row trip-import-progress">
          <progress
            max={writing.total || 1}
            value={writing.done}
            aria-label={t('import.writing', {
              done: count(writing.done),
              total: count(writing.total),
            })}
          />
          <span role="status">
            {t('import.writing', { done: count(writing.done), total: count(writing.total) })}
          </span>
          <button type="button" onClick={() => (cancelled.current = true)}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      <div className="row modal-actions">
        <button type="button" onClick={props.onClose}>
          {t('actions.cancel')}
        </button>
        {step.kind === 'preview' && (
          <button
            type="button"
            className="primary"
            disabled={writing !== null || step.preview.fresh.length === 0}
            onClick={() => void commit(step.source)}
          >
            {t('import.submit', { count: step.preview.fresh.length })}
          </button>
        )}
      </div>
    </Modal>
  )
}
