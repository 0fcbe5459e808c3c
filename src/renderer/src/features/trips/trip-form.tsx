// The entry form: date, direction, times with the derived duration, legs, note and tags. Every
// message sits next to its field; nothing is written unless the whole trip is valid.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCards } from '@renderer/db/cards'
import { addTrip, TripGoneError, TripValidationError, updateTrip } from '@renderer/db/trips'
import { useUnsavedInput } from '@renderer/ui/modal'
import {
  MIN_TRIP_DATE,
  DIRECTIONS,
  MODES,
  MAX_LEGS,
  PAY_APPS,
  isRailMode,
  type Trip,
} from '@shared/trips/schema'
import { checkDraft, issuesByPath, type FieldIssue } from '@shared/trips/validate'
import type { TripDraft } from '@shared/trips/draft'
import { tomorrow } from '@shared/calendar/dates'
import {
  crossesMidnight,
  draftFromForm,
  formDuration,
  nextLeg,
  type LegForm,
  type TripForm,
} from '@shared/trips/form'
import { paymentFromValue } from '@shared/trips/payment'
import { formatFen } from '@shared/money/fen'
import { parseYuan } from '@shared/money/parse'
import { formatDuration } from '@renderer/ui/format'
import { Field, useFocusFirstInvalid } from '@renderer/ui/field'
import { Form } from '@renderer/ui/form'
import { useMessage } from './text'
import { useSuggestions } from './use-suggestions'

/** A path ('legs.0.fareFen') as an element id. */
export function fieldId(path: string): string {
  return 'trip-' + path.replace(/\./g, '-')
}

export function TripFormView(props: {
  initial: TripForm
  /** The trip being edited; absent for a new trip. */
  editing?: Trip
  onSaved: (trip: Trip) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation('trips')
  const msg = useMessage()
  const cards = useCards()
  const suggestions = useSuggestions(i18n.language)
  const [form, setForm] = useState<TripForm>(props.initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  /** The edit of a trip that was deleted elsewhere while the form was open, kept to save anew. */
  const [orphan, setOrphan] = useState<TripDraft | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const orphanRef = useRef<HTMLButtonElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const listId = useId()
  // The leg whose first field takes focus after it was added.
  const [newLeg, setNewLeg] = useState<{ index: number } | null>(null)

  const unsaved = useMemo(
    () => JSON.stringify(form) !== JSON.stringify(props.initial),
    [form, props.initial],
  )
  useUnsavedInput(unsaved)

  useEffect(() => {
    if (newLeg) document.getElementById(fieldId(`legs.${newLeg.index}.mode`))?.focus()
  }, [newLeg])
  useEffect(() => {
    if (orphan) orphanRef.current?.focus()
  }, [orphan])

  // After the dialog opens (showModal focuses its first button), start at the first field.
  useEffect(() => {
    const id = requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('input, select')?.focus(),
    )
    return () => cancelAnimationFrame(id)
  }, [])

  const err = (path: string): string | undefined => (errors[path] ? msg(errors[path]) : undefined)
  const set = (patch: Partial<TripForm>): void => setForm((f) => ({ ...f, ...patch }))
  const setLeg = (i: number, patch: Partial<LegForm>): void =>
    setForm((f) => ({ ...f, legs: f.legs.map((l, j) => (j === i ? { ...l, ...patch } : l)) }))

  const duration = formDuration(form)
  const fareTotal = useMemo(
    () =>
      form.legs.reduce((sum, l) => {
        const fare = parseYuan(l.fare)
        return sum + (fare.ok ? fare.fen : 0)
      }, 0),
    [form.legs],
  )
  const knownCards = new Set((cards ?? []).map((c) => c.id))

  function show(issues: FieldIssue[]): void {
    const byPath = issuesByPath(issues)
    setErrors(byPath)
  }

  async function submit(): Promise<void> {
    const { draft, issues } = draftFromForm(form)
    // The same checks the database applies, so every message shows at once.
    const full = checkDraft(draft, tomorrow())
    const all = [...issues, ...(full.ok ? [] : full.issues)]
    if (all.length > 0) return show(all)
    await save(() => (props.editing ? updateTrip(props.editing.id, draft) : addTrip(draft)), draft)
  }

  async function save(write: () => Promise<Trip>, draft: TripDraft): Promise<void> {
    setSaving(true)
    try {
      const trip = await write()
      props.onSaved(trip)
    } catch (e) {
      if (e instanceof TripValidationError) show(e.issues)
      else if (e instanceof TripGoneError) setOrphan(draft)
      else throw e
    } finally {
      setSaving(false)
    }
  }

  const errorCount = Object.keys(errors).length

  return (
    <Form ref={formRef} className="trip-form" onSubmit={submit}>
      <datalist id={`${listId}-places`}>
        {suggestions.places.slice(0, 200).map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id={`${listId}-lines`}>
        {suggestions.lines.slice(0, 100).map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>

      <div className="trip-form-row">
        <Field id={fieldId('date')} label={t('form.date')} error={err('date')}>
          {(c) => (
            <input
              {...c}
              type="date"
              min={MIN_TRIP_DATE}
              max={tomorrow()}
              value={form.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          )}
        </Field>
        <fieldset
          className="trip-direction"
          aria-describedby={errors.direction ? 'trip-direction-error' : undefined}
        >
          <legend>{t('form.direction')}</legend>
          {DIRECTIONS.map((d) => (
            <label key={d} className="trip-radio">
              <input
                type="radio"
                name="direction"
                value={d}
                checked={form.direction === d}
                onChange={() => set({ direction: d })}
              />
              {t(`direction.${d}`)}
            </label>
          ))}
          {err('direction') && (
            <span id="trip-direction-error" className="field-error">
              {err('direction')}
            </span>
          )}
        </fieldset>
      </div>

      <div className="trip-form-row">
        <Field id={fieldId('departTime')} label={t('form.depart')} error={err('departTime')}>
          {(c) => (
            <input
              {...c}
              type="time"
              value={form.departTime}
              onChange={(e) => set({ departTime: e.target.value })}
            />
          )}
        </Field>
        <Field id={fieldId('arriveTime')} label={t('form.arrive')} error={err('arriveTime')}>
          {(c) => (
            <input
              {...c}
              type="time"
              value={form.arriveTime}
              onChange={(e) => set({ arriveTime: e.target.value })}
            />
          )}
        </Field>
        <div className="field">
          <span className="field-label">{t('form.duration')}</span>
          <output
            className="trip-duration"
            htmlFor={`${fieldId('departTime')} ${fieldId('arriveTime')}`}
            aria-live="polite"
          >
            {duration === null ? (
              <span className="muted">{t('form.durationUnknown')}</span>
            ) : (
              <>
                {formatDuration(t, duration)}
                {crossesMidnight(form) && <span className="chip">{t('form.nextDay')}</span>}
              </>
            )}
          </output>
        </div>
      </div>

      {err('legs') && (
        <p id="trip-legs-error" className="field-error" role="alert">
          {err('legs')}
        </p>
      )}
      {form.legs.map((leg, i) => (
        <fieldset key={i} className="trip-leg">
          <legend>{t('form.leg', { n: i + 1 })}</legend>
          <Field
            id={fieldId(`legs.${i}.mode`)}
            label={t('form.mode')}
            error={err(`legs.${i}.mode`)}
          >
            {(c) => (
              <select
                {...c}
                value={leg.mode}
                onChange={(e) => setLeg(i, { mode: e.target.value as LegForm['mode'] })}
              >
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`mode.${m}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={fieldId(`legs.${i}.from`)}
            label={t('form.from')}
            error={err(`legs.${i}.from`)}
          >
            {(c) => (
              <input
                {...c}
                list={`${listId}-places`}
                value={leg.from}
                autoComplete="off"
                onChange={(e) => setLeg(i, { from: e.target.value })}
              />
            )}
          </Field>
          <Field id={fieldId(`legs.${i}.to`)} label={t('form.to')} error={err(`legs.${i}.to`)}>
            {(c) => (
              <input
                {...c}
                list={`${listId}-places`}
                value={leg.to}
                autoComplete="off"
                onChange={(e) => setLeg(i, { to: e.target.value })}
              />
            )}
          </Field>
          <Field
            id={fieldId(`legs.${i}.line`)}
            label={t('form.line')}
            error={err(`legs.${i}.line`)}
          >
            {(c) => (
              <input
                {...c}
                list={`${listId}-lines`}
                value={leg.line}
                autoComplete="off"
                onChange={(e) => setLeg(i, { line: e.target.value })}
              />
            )}
          </Field>
          <Field
            id={fieldId(`legs.${i}.payment`)}
            label={t('form.payment')}
            error={
              err(`legs.${i}.payment`) ??
              err(`legs.${i}.payment.kind`) ??
              err(`legs.${i}.payment.cardId`)
            }
          >
            {(c) => (
              <select
                {...c}
                value={leg.payment}
                onChange={(e) => setLeg(i, { payment: e.target.value })}
              >
                <option value="">{t('form.paymentChoose')}</option>
                <option value="cash">{t('form.cash')}</option>
                <option value="ticket">{t('form.ticket')}</option>
                <optgroup label={t('form.apps')}>
                  {PAY_APPS.map((app) => (
                    <option key={app} value={`app:${app}`}>
                      {t(`form.app.${app}`)}
                    </option>
                  ))}
                </optgroup>
                {(cards ?? []).length > 0 && (
                  <optgroup label={t('form.cards')}>
                    {(cards ?? []).map((card) => (
                      <option key={card.id} value={`card:${card.id}`}>
                        {card.nickname}
                      </option>
                    ))}
                  </optgroup>
                )}
                {(() => {
                  const p = paymentFromValue(leg.payment)
                  return p?.kind === 'card' && cards && !knownCards.has(p.cardId) ? (
                    <option value={leg.payment}>{t('form.cardGone')}</option>
                  ) : null
                })()}
              </select>
            )}
          </Field>
          <Field
            id={fieldId(`legs.${i}.fareFen`)}
            label={t('form.fare')}
            error={err(`legs.${i}.fareFen`)}
            className="trip-narrow"
          >
            {(c) => (
              <input
                {...c}
                inputMode="decimal"
                value={leg.fare}
                autoComplete="off"
                onChange={(e) => setLeg(i, { fare: e.target.value })}
              />
            )}
          </Field>
          <Field
            id={fieldId(`legs.${i}.minutes`)}
            label={t('form.minutes')}
            error={err(`legs.${i}.minutes`)}
            className="trip-narrow"
          >
            {(c) => (
              <input
                {...c}
                inputMode="numeric"
                value={leg.minutes}
                autoComplete="off"
                onChange={(e) => setLeg(i, { minutes: e.target.value })}
              />
            )}
          </Field>
          {isRailMode(leg.mode) && (
            <label className="trip-invoice">
              <input
                type="checkbox"
                checked={leg.invoice}
                onChange={(e) => setLeg(i, { invoice: e.target.checked })}
              />
              {t('invoice.label')}
            </label>
          )}
          {form.legs.length > 1 && (
            <button
              type="button"
              className="trip-remove-leg"
              onClick={() => set({ legs: form.legs.filter((_, j) => j !== i) })}
            >
              {t('actions.removeLeg', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="row trip-legs-footer">
        <button
          type="button"
          disabled={form.legs.length >= MAX_LEGS}
          onClick={() => {
            set({ legs: [...form.legs, nextLeg(form.legs[form.legs.length - 1])] })
            setNewLeg({ index: form.legs.length })
          }}
        >
          {t('actions.addLeg')}
        </button>
        <span className="muted">{t('form.total', { fare: formatFen(fareTotal) })}</span>
        {cards?.length === 0 && <span className="muted">{t('form.noCards')}</span>}
      </div>

      <div className="trip-form-row">
        <Field
          id={fieldId('note')}
          label={t('form.note')}
          error={err('note')}
          className="trip-wide"
        >
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={form.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={fieldId('tags')}
          label={t('form.tags')}
          error={err('tags') ?? firstTagError(errors, msg)}
          hint={t('form.tagsHint')}
        >
          {(c) => (
            <input
              {...c}
              value={form.tags}
              autoComplete="off"
              onChange={(e) => set({ tags: e.target.value })}
            />
          )}
        </Field>
      </div>

      {errorCount > 0 && (
        <p className="field-error" role="alert">
          {t('form.fix', { count: errorCount })}
        </p>
      )}
      {orphan && (
        <div className="warning trip-orphan" role="alert">
          <p>{t('form.gone')}</p>
          <button
            ref={orphanRef}
            type="button"
            className="primary"
            disabled={saving}
            onClick={() => void save(() => addTrip(orphan), orphan)}
          >
            {t('form.saveAsNew')}
          </button>
        </div>
      )}
      <div className="row modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('actions.save')}
        </button>
      </div>
    </Form>
  )
}

function firstTagError(
  errors: Record<string, string>,
  msg: (k: string) => string,
): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith('tags.'))
  return key ? msg(errors[key]!) : undefined
}
