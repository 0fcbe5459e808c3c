// Import from bills: pick or drop Alipay / WeChat bills (CSV, xlsx or the zipped export with the
// password the app showed), 12306 order mails (.eml or pasted text), or any other CSV through a
// column mapping — several at once, so a rail payment meets the 12306 ticket it bought. The
// preview shows new trips, filled and corrected fares, paid tickets, duplicates and skipped rows;
// the user leaves items out, says which passenger they are, gives rail payments a travel date.
// Nothing is written until they confirm, then all in one transaction, undoable for 10 s. The
// readers (src/shared/bills) load only when this dialog reads a file.
import { useMemo, useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '@renderer/ui/modal'
import { platform } from '@renderer/app/platform'
import { useToast } from '@renderer/ui/toast'
import { commitBill, savedMapping, saveMapping, undoBill } from '@renderer/db/bills'
import { tomorrow } from '@shared/calendar/dates'
import { MAX_BILL_BYTES } from '@shared/bills/limits'
import { guessMapping, readMappedCsv, type ColumnMapping } from '@shared/bills/mapped-csv'
import { passengerHash } from '@shared/bills/passenger'
import type { BillReadResult } from '@shared/bills/read'
import { planWrites, withMember } from '@shared/bills/selection'
import type { BillTable } from '@shared/bills/table'
import type { BillError, BillFile } from '@shared/bills/types'
import { BillMappingStep } from './bill-mapping'
import { BillPreviewView } from './bill-preview'
import { ImportError } from './issue-table'
import { useMessage } from './text'
import { useBillPreview, type ReadBill } from './use-bill-preview'

type Source = { name: string; bytes: Uint8Array } | { name: string; text: string }

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'password'; source: Source; wrong: boolean }
  | { kind: 'mapping'; name: string; table: BillTable; key: string; initial: ColumnMapping }

interface FileError {
  name?: string
  error: BillError
}

const nextFrame = (): Promise<void> =>
  new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))

const tooLargeError = (size: number): BillError => ({
  message: 'bills.error.tooLarge',
  params: { size: (size / 1024 / 1024).toFixed(1), max: MAX_BILL_BYTES / 1024 / 1024 },
})

export function BillImportDialog(props: { onClose: () => void }) {
  const { t } = useTranslation('trips')
  const msg = useMessage()
  const toast = useToast()
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [files, setFiles] = useState<ReadBill[]>([])
  const [errors, setErrors] = useState<FileError[]>([])
  const [pasted, setPasted] = useState('')
  const [password, setPassword] = useState('')
  const [writing, setWriting] = useState(false)
  const [passengerChoice, setPassengerChoice] = useState<string | null | undefined>(undefined)
  const [travelDates, setTravelDates] = useState<Record<string, string>>({})
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set())
  const queue = useRef<Source[]>([])
  /** True from the first file queued until the queue is empty (a password or mapping pauses it). */
  const reading = useRef(false)
  const nextId = useRef(1)
  const { preview, busy, failed } = useBillPreview(files, passengerChoice, travelDates)

  const addFile = (name: string, file: BillFile): void =>
    setFiles((fs) => [...fs, { id: nextId.current++, name, file }])
  const addError = (e: FileError): void => setErrors((es) => [...es, e])

  /** Reads the next file waiting, if any. */
  async function next(): Promise<void> {
    const source = queue.current.shift()
    if (source) return read(source)
    reading.current = false
    setStep({ kind: 'idle' })
  }

  async function handle(name: string, result: BillReadResult, source: Source): Promise<void> {
    switch (result.kind) {
      case 'file':
        addFile(name, result.file)
        return next()
      case 'error':
        addError({ name, error: result.error })
        return next()
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
      addError({
        name: source.name,
        error: { message: 'bills.error.failed', params: { message: String(e) } },
      })
      await next()
    } finally {
      // The password was for this one read; it is not kept.
      setPassword('')
    }
  }

  /** Queues sources and starts reading unless a read is under way. */
  async function enqueue(sources: Source[]): Promise<void> {
    queue.current.push(...sources)
    if (reading.current) return
    reading.current = true
    await next()
  }

  async function choose(): Promise<void> {
    const file = await platform.openFile(
      [{ name: t('bills.fileTypes'), extensions: ['csv', 'zip', 'xlsx', 'eml', 'txt'] }],
      MAX_BILL_BYTES,
    )
    if (file.status === 'canceled') return
    if (file.status === 'tooLarge')
      return addError({ name: file.name, error: tooLargeError(file.size) })
    if (file.status === 'notAFile')
      return addError({
        name: file.name,
        error: { message: 'common:error.notAFile', params: { name: file.name } },
      })
    await enqueue([{ name: file.name, bytes: file.bytes }])
  }

  async function drop(e: DragEvent<HTMLDivElement>): Promise<void> {
    e.preventDefault()
    const sources: Source[] = []
    for (const f of Array.from(e.dataTransfer.files)) {
      if (f.size > MAX_BILL_BYTES) addError({ name: f.name, error: tooLargeError(f.size) })
      else sources.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })
    }
    await enqueue(sources)
  }

  async function mapped(
    s: Extract<Step, { kind: 'mapping' }>,
    mapping: ColumnMapping,
  ): Promise<void> {
    await saveMapping(s.key, mapping)
    addFile(s.name, { layout: 'mappedCsv', ...readMappedCsv(s.table, mapping, tomorrow()) })
    await next()
  }

  const writes = useMemo(
    () => (preview ? planWrites(preview.plan, excluded) : null),
    [preview, excluded],
  )
  const invalid =
    files.some((f) => f.file.invalid.length > 0) || (preview?.sorted.invalid.length ?? 0) > 0
  const canCommit =
    !busy &&
    !writing &&
    step.kind === 'idle' &&
    !invalid &&
    writes !== null &&
    writes.newTrips.length + writes.updated.length > 0

  async function commit(): Promise<void> {
    if (!preview) return
    setWriting(true)
    try {
      const hash =
        preview.passenger !== null && preview.sorted.passengers.length > 0
          ? await passengerHash(preview.passenger)
          : null
      const done = await commitBill(preview.input, { excluded, passengerHash: hash })
      toast.show({
        message: t('bills.done', { trips: done.newTrips.length, fares: done.fares }),
        action: { label: t('actions.undo'), onClick: () => void undoBill(done) },
        timeoutMs: 10_000,
      })
      props.onClose()
    } catch (e) {
      addError({
        error: {
          message: 'bills.error.failed',
          params: { message: String((e as Error).message ?? e) },
        },
      })
    } finally {
      setWriting(false)
    }
  }

  const toggle = (id: string, include: boolean): void =>
    setExcluded((ex) => withMember(ex, id, !include))

  return (
    <Modal
      title={t('bills.title')}
      onClose={props.onClose}
      className="trips-dialog"
      testId="bill-import-dialog"
    >
      <div
        className="bill-drop"
        data-testid="bill-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => void drop(e)}
      >
        <p className="muted">{t(files.length === 0 ? 'bills.intro' : 'bills.addMore')}</p>
        {files.length === 0 && <p className="muted">{t('bills.layouts')}</p>}
        <div className="row">
          <button
            type="button"
            className={files.length === 0 ? 'primary' : undefined}
            disabled={step.kind !== 'idle'}
            onClick={() => void choose()}
          >
            {t('bills.choose')}
          </button>
          {step.kind === 'reading' && (
            <span role="status">{t('import.reading', { name: step.name })}</span>
          )}
        </div>
        <div className="bill-paste">
          <label htmlFor="bill-paste">{t('bills.pasteLabel')}</label>
          <textarea
            id="bill-paste"
            rows={files.length === 0 ? 4 : 2}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
          <button
            type="button"
            disabled={pasted.trim() === '' || step.kind !== 'idle'}
            onClick={() => {
              setPasted('')
              void enqueue([{ name: t('bills.pasted'), text: pasted }])
            }}
          >
            {t('bills.readPasted')}
          </button>
        </div>
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
          <button type="button" onClick={() => void next()}>
            {t('bills.skipFile')}
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
          name={step.name}
          header={step.table.header}
          initial={step.initial}
          onSubmit={(m) => void mapped(step, m)}
        />
      )}

      {errors.map((e, i) => (
        <ImportError key={i} name={e.name} error={e.error} />
      ))}
      {failed && (
        <p className="field-error trip-import-error" role="alert">
          {msg('bills.error.failed', { message: failed })}
        </p>
      )}

      {files.length > 0 && (
        <BillPreviewView
          files={files}
          preview={preview}
          busy={busy}
          excluded={excluded}
          travelDates={travelDates}
          onRemove={(id) => setFiles((fs) => fs.filter((f) => f.id !== id))}
          passenger={passengerChoice !== undefined ? passengerChoice : (preview?.passenger ?? null)}
          onPassenger={setPassengerChoice}
          onTravelDate={(key, date) =>
            setTravelDates((d) => {
              const out = { ...d }
              if (date === '') delete out[key]
              else out[key] = date
              return out
            })
          }
          onToggle={toggle}
        />
      )}

      <div className="row modal-actions">
        <button type="button" onClick={props.onClose}>
          {t('actions.cancel')}
        </button>
        {files.length > 0 && (
          <button
            type="button"
            className="primary"
            disabled={!canCommit}
            onClick={() => void commit()}
          >
            {t('bills.submit')}
          </button>
        )}
      </div>
    </Modal>
  )
}
