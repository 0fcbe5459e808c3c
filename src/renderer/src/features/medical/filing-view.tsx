// My filing: the user's own record of the filing they made, which pre-fills the wizard.
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CARE_IN, INSURED_IN, SCHEMES } from '@shared/pack'
import { FILING_TYPES, type Filing } from '@shared/medical/schema'
import { parseFilingForm, type FieldErrors, type FilingForm } from '@shared/medical/forms'
import { currentFiling, filingState } from '@shared/medical/filing'
import { today, tomorrow } from '@shared/calendar/dates'
import { deleteFiling, saveFiling } from '@renderer/db/medical'
import { useToast } from '@renderer/ui/toast'
import { Field, useFocusFirstInvalid } from '@renderer/ui/field'
import { Form } from '@renderer/ui/form'
import { message } from './messages'
import { useFilings } from './use-medical-data'

const EMPTY: FilingForm = {
  type: '',
  insuredIn: '',
  scheme: '',
  city: '',
  date: '',
  validUntil: '',
  note: '',
}

function toForm(f: Filing): FilingForm {
  return { ...f, validUntil: f.validUntil ?? '' }
}

/** One line describing a filing: "异地长期居住 · 嘉兴参保 → 上海 · 2026-01-10 起". */
export function FilingSummary({ filing }: { filing: Filing }) {
  const { t } = useTranslation('medical')
  const state = filingState(filing, today())
  return (
    <span data-testid="filing-summary">
      {t(`answers.filed.${filing.type}`)} ·{' '}
      {t('filing.summary', {
        insuredIn: t(`answers.insuredIn.${filing.insuredIn}`),
        scheme: t(`answers.scheme.${filing.scheme}`),
        city: t(`answers.careIn.${filing.city}`),
        date: filing.date,
      })}{' '}
      {filing.validUntil
        ? t('filing.validUntilShort', { date: filing.validUntil })
        : t('filing.validUntilUnknown')}{' '}
      {state === 'expired' && <span className="chip status-no">{t('filing.expired')}</span>}
    </span>
  )
}

export function FilingView() {
  const { t } = useTranslation('medical')
  const filings = useFilings()
  if (filings === undefined) return <p className="loading">{t('common:loading')}</p>
  const current = currentFiling(filings)
  return <FilingEditor key={current?.id ?? 'new'} current={current} />
}

function FilingEditor(props: { current: Filing | null }) {
  const { t } = useTranslation('medical')
  const toast = useToast()
  const [form, setForm] = useState<FilingForm>(props.current ? toForm(props.current) : EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [editing, setEditing] = useState<Filing | null>(props.current)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const set = (key: keyof FilingForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const err = (key: string) => message(t, errors[key])

  async function submit() {
    const now = new Date().toISOString()
    const parsed = parseFilingForm(form, {
      id: editing?.id ?? crypto.randomUUID(),
      now,
      tomorrow: tomorrow(),
      createdAt: editing?.createdAt,
    })
    if (!parsed.ok) {
      setErrors(parsed.errors)
      return
    }
    setErrors({})
    const saved = await saveFiling(parsed.value)
    setEditing(saved)
    toast.show({ message: t('filing.saved') })
  }

  async function remove() {
    if (!editing) return
    const old = await deleteFiling(editing.id)
    setEditing(null)
    setForm(EMPTY)
    if (old)
      toast.show({
        message: t('filing.deleted'),
        action: { label: t('common:actions.undo'), onClick: () => void saveFiling(old) },
        timeoutMs: 10_000,
      })
  }

  const choice = (
    key: 'type' | 'insuredIn' | 'scheme' | 'city',
    options: readonly string[],
    answerKey: string,
  ) => (
    <Field id={`filing-${key}`} label={t(`filing.fields.${key}`)} error={err(key)}>
      {(c) => (
        <select {...c} value={form[key]} onChange={(e) => set(key)(e.target.value)}>
          <option value="">{t('filing.choose')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`answers.${answerKey}.${o}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )

  return (
    <section className="card" aria-labelledby="filing-title">
      <h2 id="filing-title">{t('filing.title')}</h2>
      <p className="muted">{t('filing.intro')}</p>
      {props.current && (
        <p className="notice">
          {t('filing.current')} <FilingSummary filing={props.current} />
        </p>
      )}
      <Form ref={formRef} className="form-grid" onSubmit={submit}>
        {choice('type', FILING_TYPES, 'filed')}
        {choice('insuredIn', INSURED_IN, 'insuredIn')}
        {choice('scheme', SCHEMES, 'scheme')}
        {choice('city', CARE_IN, 'careIn')}
        <Field id="filing-date" label={t('filing.fields.date')} error={err('date')}>
          {(c) => (
            <input
              type="date"
              {...c}
              value={form.date}
              onChange={(e) => set('date')(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="filing-validUntil"
          label={t('filing.fields.validUntil')}
          error={err('validUntil')}
          hint={t('filing.validUntilHint')}
        >
          {(c) => (
            <input
              type="date"
              {...c}
              value={form.validUntil}
              onChange={(e) => set('validUntil')(e.target.value)}
            />
          )}
        </Field>
        <Field id="filing-note" label={t('filing.fields.note')} error={err('note')}>
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={form.note}
              onChange={(e) => set('note')(e.target.value)}
            />
          )}
        </Field>
        <span />
        <div className="row">
          <button type="submit" className="primary">
            {t('common:actions.save')}
          </button>
          {editing && (
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('common:actions.delete')}
            </button>
          )}
        </div>
      </Form>
    </section>
  )
}
