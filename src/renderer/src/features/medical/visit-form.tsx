// Record or edit a visit: hospital from the directory or typed, amounts in yuan (stored in fen),
// claim status and the documents to keep. Each message appears next to its field.
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Hospital, MedicalRule } from '@shared/pack'
import { CLAIM_STATUSES, type Visit } from '@shared/medical/schema'
import { parseVisitForm, type FieldErrors, type VisitForm } from '@shared/medical/forms'
import { claimDocuments, customDocument } from '@shared/medical/checklist'
import { fenToYuan } from '@shared/money/fen'
import { today, tomorrow } from '@shared/calendar/dates'
import { saveVisit } from '@renderer/db/medical'
import { useToast } from '@renderer/ui/toast'
import { Field, useFocusFirstInvalid } from '@renderer/ui/field'
import { pick } from '@renderer/ui/pack-text'
import { Form } from '@renderer/ui/form'
import { Checklist } from './checklist'
import { message } from './messages'

function emptyForm(): VisitForm {
  return {
    date: today(),
    hospitalId: '',
    hospitalName: '',
    department: '',
    total: '',
    direct: '',
    outOfPocket: '',
    claimStatus: 'notNeeded',
    reimbursed: '',
    documents: [],
    note: '',
  }
}

function toForm(v: Visit): VisitForm {
  return {
    date: v.date,
    hospitalId: v.hospitalId ?? '',
    hospitalName: v.hospitalName,
    department: v.department,
    total: fenToYuan(v.totalFen),
    direct: fenToYuan(v.directFen),
    outOfPocket: fenToYuan(v.outOfPocketFen),
    claimStatus: v.claim.status,
    reimbursed: v.claim.reimbursedFen === null ? '' : fenToYuan(v.claim.reimbursedFen),
    documents: v.claim.documents,
    note: v.note,
  }
}

export function VisitFormCard(props: {
  editing: Visit | null
  hospitals: readonly Hospital[]
  rules: readonly MedicalRule[]
  onDone: () => void
}) {
  const { t, i18n } = useTranslation('medical')
  const toast = useToast()
  const lang = i18n.language
  const [form, setForm] = useState<VisitForm>(() =>
    props.editing ? toForm(props.editing) : emptyForm(),
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [newDoc, setNewDoc] = useState('')
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const set = <K extends keyof VisitForm>(key: K, value: VisitForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }))
  const err = (key: string) => message(t, errors[key])
  const needsClaim = form.claimStatus !== 'notNeeded'

  function setStatus(status: VisitForm['claimStatus']) {
    setForm((f) => ({
      ...f,
      claimStatus: status,
      // A claim starts with the documents the sources name; the user's ticks are kept after that.
      documents:
        status !== 'notNeeded' && f.documents.length === 0
          ? claimDocuments(props.rules)
          : f.documents,
    }))
  }

  async function submit() {
    const now = new Date().toISOString()
    const parsed = parseVisitForm(form, {
      id: props.editing?.id ?? crypto.randomUUID(),
      now,
      tomorrow: tomorrow(),
      createdAt: props.editing?.createdAt,
    })
    if (!parsed.ok) {
      setErrors(parsed.errors)
      return
    }
    setErrors({})
    await saveVisit(parsed.value)
    toast.show({ message: props.editing ? t('visits.updated') : t('visits.saved') })
    setForm(emptyForm())
    props.onDone()
  }

  const byCity = (city: Hospital['city']) => props.hospitals.filter((h) => h.city === city)

  return (
    <section className="card no-print" aria-labelledby="visit-form-title">
      <h2 id="visit-form-title">{props.editing ? t('visits.editTitle') : t('visits.addTitle')}</h2>
      <Form ref={formRef} className="form-grid medical-form" onSubmit={submit}>
        <Field id="visit-date" label={t('visits.fields.date')} error={err('date')}>
          {(c) => (
            <input
              type="date"
              {...c}
              value={form.date}
              onChange={(e) => set('date', e.target.value)}
            />
          )}
        </Field>
        <Field id="visit-hospital" label={t('visits.fields.hospital')}>
          {(c) => (
            <select
              {...c}
              value={form.hospitalId}
              onChange={(e) => set('hospitalId', e.target.value)}
            >
              <option value="">{t('visits.otherHospital')}</option>
              {(['shanghai', 'jiaxing'] as const).map((city) => (
                <optgroup key={city} label={t(`answers.careIn.${city}`)}>
                  {byCity(city).map((h) => (
                    <option key={h.id} value={h.id}>
                      {pick(h.name, lang)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        {form.hospitalId === '' && (
          <Field
            id="visit-hospitalName"
            label={t('visits.fields.hospitalName')}
            error={err('hospitalName')}
          >
            {(c) => (
              <input
                {...c}
                value={form.hospitalName}
                onChange={(e) => set('hospitalName', e.target.value)}
              />
            )}
          </Field>
        )}
        <Field
          id="visit-department"
          label={t('visits.fields.department')}
          error={err('department')}
        >
          {(c) => (
            <input
              {...c}
              value={form.department}
              onChange={(e) => set('department', e.target.value)}
            />
          )}
        </Field>
        {(['total', 'direct', 'outOfPocket'] as const).map((key) => (
          <Field
            key={key}
            id={`visit-${key}`}
            label={t(`visits.fields.${key}`)}
            error={err(key)}
            hint={t(`visits.hints.${key}`)}
          >
            {(c) => (
              <input
                {...c}
                inputMode="decimal"
                value={form[key]}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </Field>
        ))}
        <Field
          id="visit-claimStatus"
          label={t('visits.fields.claimStatus')}
          error={err('claimStatus')}
        >
          {(c) => (
            <select
              {...c}
              value={form.claimStatus}
              onChange={(e) => setStatus(e.target.value as VisitForm['claimStatus'])}
            >
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`claimStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.claimStatus === 'reimbursed' && (
          <Field
            id="visit-reimbursed"
            label={t('visits.fields.reimbursed')}
            error={err('reimbursed')}
          >
            {(c) => (
              <input
                {...c}
                inputMode="decimal"
                value={form.reimbursed}
                onChange={(e) => set('reimbursed', e.target.value)}
              />
            )}
          </Field>
        )}
        {needsClaim && (
          <>
            <span className="medical-grid-label">{t('visits.fields.documents')}</span>
            <div className="medical-documents medical-wide">
              {form.documents.length === 0 && <p className="muted">{t('visits.noDocuments')}</p>}
              <Checklist
                items={form.documents}
                onToggle={(id, done) =>
                  set(
                    'documents',
                    form.documents.map((x) => (x.id === id ? { ...x, done } : x)),
                  )
                }
                extra={(d) => (
                  <button
                    type="button"
                    className="medical-link-button"
                    aria-label={t('visits.removeDocument', { name: pick(d.text, lang) })}
                    onClick={() =>
                      set(
                        'documents',
                        form.documents.filter((x) => x.id !== d.id),
                      )
                    }
                  >
                    ×
                  </button>
                )}
              />
              <div className="row">
                <input
                  aria-label={t('visits.newDocument')}
                  placeholder={t('visits.newDocument')}
                  value={newDoc}
                  onChange={(e) => setNewDoc(e.target.value)}
                />
                <button
                  type="button"
                  disabled={newDoc.trim() === ''}
                  onClick={() => {
                    set('documents', [
                      ...form.documents,
                      customDocument(crypto.randomUUID(), newDoc.trim()),
                    ])
                    setNewDoc('')
                  }}
                >
                  {t('visits.addDocument')}
                </button>
              </div>
              {err('documents') && <span className="field-error">{err('documents')}</span>}
            </div>
          </>
        )}
        <Field id="visit-note" label={t('visits.fields.note')} error={err('note')}>
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={form.note}
              onChange={(e) => set('note', e.target.value)}
            />
          )}
        </Field>
        <span />
        <div className="row">
          <button type="submit" className="primary">
            {t('common:actions.save')}
          </button>
          {props.editing && (
            <button type="button" onClick={props.onDone}>
              {t('common:actions.cancel')}
            </button>
          )}
        </div>
      </Form>
    </section>
  )
}
