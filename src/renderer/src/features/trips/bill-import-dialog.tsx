// Import from bills: pick or drop an Alipay / WeChat bill (CSV, xlsx or the zipped export with the
// password the app showed), a 12306 order mail (.eml or pasted text), or any other CSV through a
// column mapping. The preview shows new trips, filled and corrected fares, duplicates and skipped
// rows; nothing is written until the user confirms, then all in one transaction, undoable for 10 s.
// The readers (src/shared/bills) load only when this dialog reads a file.
import { useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '@renderer/ui/modal'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import {
  commitBill,
  packNames,
  previewBill,
  savedMapping,
  saveMapping,
  undoBill,
} from '@renderer/db/bills'
import { tomorrow } from '@shared/calendar/dates'
import { MAX_BILL_BYTES } from '@shared/bills/limits'
import { sortRows, type BillLeg, type SortedRows } from '@shared/bills/legs'
import { guessMapping, readMappedCsv, type ColumnMapping } from '@shared/bills/mapped-csv'
import type { BillReadResult } from '@shared/bills/read'
import type { BillPlan } from '@shared/bills/reconcile'
import type { BillTable } from '@shared/bills/table'
import type { BillError, BillFile } from '@shared/bills/types'
import { BillMappingStep } from './bill-mapping'
import { BillPreviewView } from './bill-preview'
import { useMessage } from './text'

type Source = { name: string; bytes: Uint8Array } | { name: string; text: string }

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string }
  | { kind: 'error'; name?: string; error: BillError }
  | { kind: 'password'; source: Source; wrong: boolean }
  | { kind: 'mapping'; name: string; table: BillTable; key: string; initial: ColumnMapping }
  | { kind: 'preview'; name: string; file: BillFile; sorted: SortedRows; plan: BillPlan }

const nextFrame = (): Promise<void> =>
  new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))

export function BillImportDialog(props: { onClose: () => void }) {
  const { t } = useTranslation('trips')
  const msg = useMessage()
  const toast = useToast()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [pasted, setPasted] = useState('')
  const [password, setPassword] = useState('')
  const [writing, setWriting] = useState(false)

  async function toPreview(name: string, file: BillFile): Promise<void> {
    const sorted = sortRows(file.rows, await packNames())
    setStep({ kind: 'preview', name, file, sorted, plan: await previewBill(sorted.legs) })
  }

  async function handle(name: string, result: BillReadResult, source: Source): Promise<void> {
    switch (result.kind) {
      case 'file':
        return toPreview(name, result.file)
      case 'error':
        return setStep({ kind: 'error', name, error: result.error })
      case 'password':
        return setStep({ kind: 'password', source, wrong: result.wrong })
      case 'mapping': {
        const initial = (await savedMapping(result.key)) ?? guessMapping(result.table.header)
        return setStep({ kind: 'mapping', name, table: result.table, key: result.key, initial })
      }
    }
  }

  async function read(source: Source, withPassword?: string): Promise<void> {
    setStep({ kind: 'reading', name: source.name })
    await nextFrame()
    try {
      // The readers, and the zip, xlsx and mail libraries behind them, load on first use.
      const { readBill, readPastedBill } = await import('@shared/bills/read')
      const ctx = { tomorrow: tomorrow(), password: withPassword }
      const result =
        'text' in source
          ? readPastedBill(source.text, ctx)
          : await readBill(source.name, source.bytes, ctx)
      await handle(source.name, result, source)
    } catch (e) {
      setStep({
        kind: 'error',
        name: source.name,
        error: { message: 'bills.error.failed', params: { message: String(e) } },
      })
    } finally {
      // The password was for this one read; it is not kept.
      setPassword('')
    }
  }

  function tooLarge(name: string, size: number): void {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
    setStep({
      kind: 'error',
      name,
      error: {
        message: 'bills.error.tooLarge',
        params: { size: mb(size), max: MAX_BILL_BYTES / 1024 / 1024 },
      },
    })
  }

  async function choose(): Promise<void> {
    const file = await platform.openFile(
      [{ name: t('bills.fileTypes'), extensions: ['csv', 'zip', 'xlsx', 'eml', 'txt'] }],
      MAX_BILL_BYTES,
    )
    if (file.status === 'canceled') return
    if (file.status === 'tooLarge') return tooLarge(file.name, file.size)
    if (file.status === 'notAFile')
      return setStep({
        kind: 'error',
        name: file.name,
        error: { message: 'common:error.notAFile', params: { name: file.name } },
      })
    await read({ name: file.name, bytes: file.bytes })
  }

  async function drop(e: DragEvent<HTMLDivElement>): Promise<void> {
    e.preventDefault()
    const f = e.dataTransfer.files[0]
    if (!f) return
    if (f.size > MAX_BILL_BYTES) return tooLarge(f.name, f.size)
    await read({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })
  }

  async function mapped(
    s: Extract<Step, { kind: 'mapping' }>,
    mapping: ColumnMapping,
  ): Promise<void> {
    await saveMapping(s.key, mapping)
    await toPreview(s.name, { layout: 'mappedCsv', ...readMappedCsv(s.table, mapping, tomorrow()) })
  }

  async function commit(legs: readonly BillLeg[]): Promise<void> {
    setWriting(true)
    try {
      const done = await commitBill(legs)
      toast.show({
        message: t('bills.done', {
          trips: done.newTrips.length,
          fares: done.changes.length,
        }),
        action: { label: t('actions.undo'), onClick: () => void undoBill(done) },
        timeoutMs: 10_000,
      })
      props.onClose()
    } catch (e) {
      setStep({
        kind: 'error',
        error: {
          message: 'bills.error.failed',
          params: { message: String((e as Error).message ?? e) },
        },
      })
    } finally {
      setWriting(false)
    }
  }

  const canCommit =
    step.kind === 'preview' &&
    step.file.invalid.length === 0 &&
    step.sorted.invalid.length === 0 &&
    step.plan.newTrips.length + step.plan.updated.length > 0

  return (
    <Modal
      title={t('bills.title')}
      onClose={props.onClose}
      className="trips-dialog"
      testId="bill-import-dialog"
    >
      <div
        className="bill-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => void drop(e)}
      >
        <p className="muted">{t('bills.intro')}</p>
        <p className="muted">{t('bills.layouts')}</p>
        <div className="row">
          <button
            type="button"
            className={step.kind === 'choose' ? 'primary' : undefined}
            onClick={() => void choose()}
          >
            {t('bills.choose')}
          </button>
          {step.kind === 'reading' && (
            <span role="status">{t('import.reading', { name: step.name })}</span>
          )}
        </div>
        {step.kind === 'choose' && (
          <div className="bill-paste">
            <label htmlFor="bill-paste">{t('bills.pasteLabel')}</label>
            <textarea
              id="bill-paste"
              rows={4}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
            <button
              type="button"
              disabled={pasted.trim() === ''}
              onClick={() => void read({ name: t('bills.pasted'), text: pasted })}
            >
              {t('bills.readPasted')}
            </button>
          </div>
        )}
      </div>

      {step.kind === 'password' && (
        <form
          className="bill-password"
          onSubmit={(e) => {
            e.preventDefault()
            void read(step.source, password)
          }}
        >
          <label htmlFor="bill-password">
            {t('bills.passwordLabel', { name: step.source.name })}
          </label>
          <input
            id="bill-password"
            type="password"
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="primary" disabled={password === ''}>
            {t('bills.unlock')}
          </button>
          <p className="muted">{t('bills.passwordNotKept')}</p>
          {step.wrong && (
            <p className="field-error" role="alert">
              {t('bills.error.wrongPassword')}
            </p>
          )}
        </form>
      )}

      {step.kind === 'mapping' && (
        <BillMappingStep
          header={step.table.header}
          initial={step.initial}
          onSubmit={(m) => void mapped(step, m)}
        />
      )}

      {step.kind === 'error' && (
        <p className="field-error trip-import-error" role="alert">
          {step.name && <>{t('import.file', { name: step.name })} — </>}
          {msg(step.error.message, step.error.params)}
        </p>
      )}

      {step.kind === 'preview' && (
        <BillPreviewView name={step.name} file={step.file} sorted={step.sorted} plan={step.plan} />
      )}

      <div className="row modal-actions">
        <button type="button" onClick={props.onClose}>
          {t('actions.cancel')}
        </button>
        {step.kind === 'preview' && (
          <button
            type="button"
            className="primary"
            disabled={writing || !canCommit}
            onClick={() => void commit(step.sorted.legs)}
          >
            {t('bills.submit')}
          </button>
        )}
      </div>
    </Modal>
  )
}
