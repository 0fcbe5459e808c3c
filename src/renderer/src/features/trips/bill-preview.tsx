// What a bill import would do: the files read; counts (new trips, filled and corrected fares, paid
// tickets, duplicates, skipped rows by reason, items left out); rows that could not be read; the
// passenger choice and rail payments without a ticket; then the fare changes and the new trips,
// each with a box to leave it out. Counts follow the boxes at once.
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { useCardsById } from '@renderer/db/stats'
import { formatFen } from '@shared/money/fen'
import { SKIP_REASONS } from '@shared/bills/legs'
import type { LegItem, NewTripItem } from '@shared/bills/reconcile'
import { isIncluded, planCounts, type PlanCounts } from '@shared/bills/selection'
import { tripFareFen, type Leg } from '@shared/trips/schema'
import { PassengerChoice, UnpairedPayments } from './bill-rail'
import { IssueTable } from './issue-table'
import { legSummary } from './text'
import type { BillPreview, ReadBill } from './use-bill-preview'

/** At most this many rows of each list are shown; the rest are counted. */
const SHOWN = 200

/** The counts always shown, with their test ids and colours; skipped and left out follow. */
const COUNTED = [
  ['newTrips', 'new', 'works'],
  ['fills', 'fills', 'works'],
  ['corrections', 'corrections', 'works'],
  ['paired', 'paired', 'works'],
  ['duplicates', 'duplicates', 'unknown'],
] as const satisfies readonly (readonly [keyof PlanCounts, string, string])[]

type Cards = ReturnType<typeof useCardsById>

function paymentLabel(t: TFunction, l: Leg, cards: Cards): string {
  const p = l.payment
  if (p.kind === 'app') return t(`form.app.${p.app}`)
  if (p.kind === 'card') return cards?.get(p.cardId)?.nickname ?? t('form.cardGone')
  return t(`form.${p.kind}`)
}

function paidNote(t: TFunction, payments: LegItem['payments']): string {
  return payments
    .map((p) =>
      t('bills.paidWith', {
        source: t(`bills.source.${p.source}`),
        date: p.date,
        fare: formatFen(p.fareFen),
      }),
    )
    .join(t('bills.listSeparator'))
}

function changeText(t: TFunction, c: LegItem, cards: Cards): string {
  const parts: string[] = []
  if (c.kind === 'fill') parts.push(t('bills.fill', { fare: formatFen(c.after.fareFen) }))
  if (c.kind === 'correct')
    parts.push(
      t('bills.correct', { from: formatFen(c.before.fareFen), to: formatFen(c.after.fareFen) }),
    )
  if (c.before.payment.kind !== c.after.payment.kind)
    parts.push(t('bills.paymentNow', { payment: paymentLabel(t, c.after, cards) }))
  if (c.payments.length > 0) parts.push(paidNote(t, c.payments))
  return parts.join(t('bills.listSeparator'))
}

function Include(props: {
  id: string
  label: string
  excluded: ReadonlySet<string>
  onToggle: (id: string, include: boolean) => void
}) {
  const { t } = useTranslation('trips')
  return (
    <input
      type="checkbox"
      checked={!props.excluded.has(props.id)}
      aria-label={t('bills.include', { what: props.label })}
      onChange={(e) => props.onToggle(props.id, e.target.checked)}
    />
  )
}

export function BillPreviewView(props: {
  files: readonly ReadBill[]
  preview: BillPreview | null
  busy: boolean
  excluded: ReadonlySet<string>
  travelDates: Readonly<Record<string, string>>
  onRemove: (id: number) => void
  /** The passenger chosen, shown at once (the preview follows when worked out again). */
  passenger: string | null
  onPassenger: (name: string | null) => void
  onTravelDate: (key: string, date: string) => void
  onToggle: (id: string, include: boolean) => void
}) {
  const { t } = useTranslation('trips')
  const cards = useCardsById()
  const { preview, excluded } = props
  const plan = preview?.plan
  const sorted = preview?.sorted
  const counts = plan ? planCounts(plan, excluded) : null
  const changes = (plan?.items ?? []).filter((i): i is LegItem => i.kind !== 'new')
  const news = (plan?.items ?? []).filter((i): i is NewTripItem => i.kind === 'new')
  const skippedBy = sorted
    ? SKIP_REASONS.filter((r) => sorted.skipped[r] > 0).map((r) =>
        t(`bills.skip.${r}`, { count: sorted.skipped[r] }),
      )
    : []
  if (counts && counts.undated > 0)
    skippedBy.push(t('bills.skip.undated', { count: counts.undated }))
  const skipped =
    (sorted ? SKIP_REASONS.reduce((n, r) => n + sorted.skipped[r], 0) : 0) + (counts?.undated ?? 0)
  const invalidOf = [
    ...props.files.map((f) => ({ name: f.name, issues: f.file.invalid })),
    ...(sorted && sorted.invalid.length > 0 ? [{ name: '', issues: sorted.invalid }] : []),
  ].filter((f) => f.issues.length > 0)
  const invalid = invalidOf.reduce((n, f) => n + f.issues.length, 0)
  const label = (c: LegItem): string => `${c.date} ${legSummary(t, c.after)}`

  return (
    <section
      className="trip-import-preview bill-preview"
      aria-label={t('bills.previewTitle')}
      aria-busy={props.busy}
      data-testid="bill-preview"
    >
      <ul className="bill-files">
        {props.files.map((f) => (
          <li key={f.id}>
            {t('import.file', { name: f.name })} · {t(`bills.layout.${f.file.layout}`)}
            {f.file.encoding && f.file.encoding !== 'mail' && (
              <> · {t('import.encoding', { encoding: f.file.encoding.toUpperCase() })}</>
            )}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('bills.remove', { name: f.name })}
              onClick={() => props.onRemove(f.id)}
            >
              {t('bills.removeShort')}
            </button>
          </li>
        ))}
      </ul>

      {counts && (
        <ul className="trip-import-counts" data-testid="bill-counts">
          {COUNTED.map(([key, id, status]) => (
            <li key={key} className={`status-${status}`} data-testid={`bill-${id}`}>
              {t(`bills.count.${key}`, { count: counts[key] })}
            </li>
          ))}
          <li className="status-unknown" data-testid="bill-skipped">
            {t('bills.count.skipped', { count: skipped })}
            {skippedBy.length > 0 && <> ({skippedBy.join(t('bills.listSeparator'))})</>}
          </li>
          {counts.excluded > 0 && (
            <li className="status-unknown" data-testid="bill-excluded">
              {t('bills.count.excluded', { count: counts.excluded })}
            </li>
          )}
        </ul>
      )}

      {invalid > 0 && (
        <div className="trip-import-issues" role="alert">
          <p className="field-error">{t('bills.invalidBlocks', { count: invalid })}</p>
          {invalidOf.map((f) => (
            <IssueTable
              key={f.name}
              issues={f.issues}
              where={(at) =>
                f.name ? `${f.name} ${t('import.line', { n: at })}` : t('import.line', { n: at })
              }
              fieldName={(field) => (field ? t(`bills.field.${field}`) : '')}
            />
          ))}
        </div>
      )}

      {sorted && sorted.passengers.length > 0 && (
        <PassengerChoice
          passengers={sorted.passengers}
          passenger={props.passenger}
          skipped={sorted.skipped.otherPassenger}
          onChoose={props.onPassenger}
        />
      )}

      {plan && plan.unpaired.length > 0 && (
        <UnpairedPayments
          payments={plan.unpaired}
          travelDates={props.travelDates}
          onTravelDate={props.onTravelDate}
        />
      )}

      {changes.length > 0 && (
        <table className="table bill-changes" data-testid="bill-changes">
          <caption>{t('bills.changesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bills.includeColumn')}</th>
              <th scope="col">{t('form.date')}</th>
              <th scope="col">{t('form.mode')}</th>
              <th scope="col">{t('bills.change')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.slice(0, SHOWN).map((c) => (
              <tr
                key={`${c.id}@${c.tripId}#${c.legIndex}`}
                className={isIncluded(c, excluded) ? undefined : 'bill-left-out'}
              >
                <td>
                  <Include
                    id={c.id}
                    label={label(c)}
                    excluded={excluded}
                    onToggle={props.onToggle}
                  />
                </td>
                <td>{c.date}</td>
                <td>{legSummary(t, c.after)}</td>
                <td>{changeText(t, c, cards)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {news.length > 0 && (
        <table className="table bill-new-trips" data-testid="bill-new-trips">
          <caption>{t('bills.newTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bills.includeColumn')}</th>
              <th scope="col">{t('form.date')}</th>
              <th scope="col">{t('bills.legs')}</th>
              <th scope="col">{t('form.fare')}</th>
            </tr>
          </thead>
          <tbody>
            {news.slice(0, SHOWN).map((n) => {
              const legs = n.trip.legs
                .map((l) => `${legSummary(t, l)} (${paymentLabel(t, l, cards)})`)
                .join(' · ')
              return (
                <tr key={n.id} className={isIncluded(n, excluded) ? undefined : 'bill-left-out'}>
                  <td>
                    <Include
                      id={n.id}
                      label={`${n.trip.date} ${n.trip.departTime ?? ''} ${legs}`}
                      excluded={excluded}
                      onToggle={props.onToggle}
                    />
                  </td>
                  <td>
                    {n.trip.date} {n.trip.departTime ?? ''}
                  </td>
                  <td>
                    {n.commute && <strong>{t('bills.asCommute', { name: n.commute })} </strong>}
                    {legs}
                    {n.payments.length > 0 && (
                      <div className="muted">{paidNote(t, n.payments)}</div>
                    )}
                  </td>
                  <td>{formatFen(tripFareFen(n.trip))}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {Math.max(news.length, changes.length) > SHOWN && (
        <p className="muted">
          {t('import.more', { count: Math.max(news.length, changes.length) - SHOWN })}
        </p>
      )}
      {plan && plan.items.length + plan.same.length === 0 && invalid === 0 && (
        <p className="notice">{t('bills.nothing')}</p>
      )}
    </section>
  )
}
