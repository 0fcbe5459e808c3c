// Bulk entry: a saved commute on every Chinese working day of a range. The preview names the
// holidays skipped, the adjusted working days kept, and any dates the calendar does not cover.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, eachDayOfInterval } from 'date-fns'
import { Modal } from '@renderer/ui/modal'
import { DateRange } from '@renderer/ui/date-range'
import { Field } from '@renderer/ui/field'
import { useToast } from '@renderer/ui/toast'
import { Form } from '@renderer/ui/form'
import { useLiveQuery } from 'dexie-react-hooks'
import { bulkLogTemplate, deleteTrips, tripsInRange } from '@renderer/db/trips'
import { isDateString, parseDate, toDateString, today, tomorrow } from '@shared/calendar/dates'
import { coveredYears, dayInfo, WORKDAY_CALENDAR_SOURCE } from '@shared/calendar/workdays'
import { MAX_BULK_DAYS, planBulkEntry } from '@shared/trips/bulk'
import type { CommuteTemplate } from '@shared/trips/schema'
import { useWorkCalendars } from '@renderer/db/work-calendars'
import { useMessage } from './text'

interface NamedSpan {
  names: string[]
  from: string
  to: string
}

/** Runs of consecutive days of one kind, with their names: 国庆节、中秋 2025-10-01–10-08. */
function spans(
  from: string,
  to: string,
  kind: 'holiday' | 'adjustedWorkday',
  lang: string,
): NamedSpan[] {
  const out: NamedSpan[] = []
  for (const d of eachDayOfInterval({ start: parseDate(from), end: parseDate(to) })) {
    const date = toDateString(d)
    const info = dayInfo(date)
    if (info.kind !== kind) continue
    // The package writes "National Day,国庆节,3": English, Chinese, days.
    const parts = (info.name ?? '').split(',')
    const name = (lang === 'en' ? parts[0] : parts[1]) || parts[0] || ''
    const last = out[out.length - 1]
    if (last && toDateString(addDays(parseDate(last.to), 1)) === date) {
      last.to = date
      if (!last.names.includes(name)) last.names.push(name)
    } else out.push({ names: [name], from: date, to: date })
  }
  return out
}

function spanText(s: NamedSpan, lang: string): string {
  const names = s.names.join(lang === 'en' ? ' / ' : '、')
  return s.from === s.to ? `${names} ${s.from}` : `${names} ${s.from}–${s.to.slice(5)}`
}

export function BulkDialog(props: { templates: CommuteTemplate[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('trips')
  const msg = useMessage()
  const toast = useToast()
  const [templateId, setTemplateId] = useState(props.templates[0]?.id ?? '')
  const [from, setFrom] = useState(today().slice(0, 8) + '01')
  const [to, setTo] = useState(today())
  const [busy, setBusy] = useState(false)
  const template = props.templates.find((x) => x.id === templateId)
  const valid = isDateString(from) && isDateString(to) && from <= to
  // Only the range's trips: an unfinished date must not read the whole log.
  const existing = useLiveQuery(
    async () => (valid ? tripsInRange(from, to) : []),
    [valid, from, to],
  )

  const calendars = useWorkCalendars()
  const plan = useMemo(
    () =>
      template && existing && calendars
        ? planBulkEntry({ template, from, to, tomorrow: tomorrow(), existing })
        : null,
    [template, from, to, existing, calendars],
  )
  const ok = plan?.ok ? plan.plan : null
  const rangeOk = valid && plan !== null && plan.ok
  const holidays = useMemo(
    () => (rangeOk ? spans(from, to, 'holiday', i18n.language) : []),
    [rangeOk, from, to, i18n.language],
  )
  const adjusted = useMemo(
    () => (rangeOk ? spans(from, to, 'adjustedWorkday', i18n.language) : []),
    [rangeOk, from, to, i18n.language],
  )
  const years = coveredYears()

  async function submit(): Promise<void> {
    if (!template || !ok || ok.trips.length === 0) return
    setBusy(true)
    try {
      const r = await bulkLogTemplate(template, from, to)
      if (!r.ok) return
      const ids = r.plan.trips.map((x) => x.id)
      toast.show({
        message: t('bulk.done', { count: ids.length, name: template.name }),
        action: { label: t('actions.undo'), onClick: () => void deleteTrips(ids) },
        timeoutMs: 10_000,
      })
      props.onClose()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      title={t('bulk.title')}
      onClose={props.onClose}
      className="trips-dialog"
      testId="bulk-dialog"
    >
      <p className="muted">{t('bulk.intro')}</p>
      {props.templates.length === 0 ? (
        <p className="warning">{t('bulk.noCommutes')}</p>
      ) : (
        <Form onSubmit={submit}>
          <div className="trip-form-row">
            <Field id="bulk-commute" label={t('bulk.commute')}>
              {(c) => (
                <select {...c} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
                  {props.templates.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <DateRange
              id="bulk"
              from={from}
              to={to}
              max={tomorrow()}
              onChange={(r) => {
                setFrom(r.from)
                setTo(r.to)
              }}
            />
          </div>
          <div className="trip-bulk-summary" aria-live="polite">
            {!valid && <p className="field-error">{t('bulk.badRange')}</p>}
            {plan && !plan.ok && (
              <p className="field-error">
                {plan.error === 'bulk.rangeTooLong'
                  ? t('bulk.rangeTooLong', { max: MAX_BULK_DAYS })
                  : msg(plan.error)}
              </p>
            )}
            {ok && (
              <>
                <p>
                  <strong>{t('bulk.workdays', { count: ok.trips.length })}</strong>
                </p>
                {holidays.length > 0 && (
                  <p>
                    {t('bulk.holidays', {
                      list: holidays.map((x) => spanText(x, i18n.language)).join('；'),
                    })}
                  </p>
                )}
                {adjusted.length > 0 && (
                  <p>
                    {t('bulk.adjusted', {
                      list: adjusted.map((x) => spanText(x, i18n.language)).join('；'),
                    })}
                  </p>
                )}
                {ok.alreadyLogged.length > 0 && (
                  <p>{t('bulk.already', { count: ok.alreadyLogged.length })}</p>
                )}
                {ok.future.length > 0 && <p>{t('bulk.future', { count: ok.future.length })}</p>}
                {ok.uncoveredDates.length > 0 && (
                  <p className="warning" role="note">
                    {t('bulk.uncovered', {
                      count: ok.uncoveredDates.length,
                      from: years.from,
                      to: years.to,
                      range: `${ok.uncoveredDates[0]}–${ok.uncoveredDates[ok.uncoveredDates.length - 1]}`,
                    })}
                  </p>
                )}
              </>
            )}
            <p className="muted trip-source">
              {t('bulk.source', {
                name: WORKDAY_CALENDAR_SOURCE.name,
                from: years.from,
                to: years.to,
              })}
            </p>
          </div>
          <div className="row modal-actions">
            <button type="button" onClick={props.onClose}>
              {t('actions.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              disabled={busy || !ok || ok.trips.length === 0}
            >
              {t('bulk.submit', { count: ok?.trips.length ?? 0 })}
            </button>
          </div>
        </Form>
      )}
    </Modal>
  )
}
