// What a bill import would do: counts first (new trips, filled and corrected fares, duplicates,
// skipped rows by reason), then rows that could not be read, the fare changes and the new trips.
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/money/fen'
import { SKIP_REASONS, type SortedRows } from '@shared/bills/legs'
import type { BillPlan } from '@shared/bills/reconcile'
import type { BillFile } from '@shared/bills/types'
import { tripFareFen } from '@shared/trips/schema'
import { IssueTable } from './issue-table'
import { legSummary } from './text'

/** At most this many rows of each list are shown; the rest are counted. */
const SHOWN = 200

export function BillPreviewView(props: {
  name: string
  file: BillFile
  sorted: SortedRows
  plan: BillPlan
}) {
  const { t } = useTranslation('trips')
  const { file, sorted, plan } = props
  const fills = plan.changes.filter((c) => c.kind === 'fill')
  const corrections = plan.changes.filter((c) => c.kind === 'correct')
  const skipped = SKIP_REASONS.reduce((n, r) => n + sorted.skipped[r], 0)
  const invalid = [...file.invalid, ...sorted.invalid]
  return (
    <section
      className="trip-import-preview bill-preview"
      aria-label={t('import.file', { name: props.name })}
    >
      <p>
        {t('import.file', { name: props.name })} · {t(`bills.layout.${file.layout}`)}
        {file.encoding && file.encoding !== 'mail' && (
          <> · {t('import.encoding', { encoding: file.encoding.toUpperCase() })}</>
        )}
      </p>
      <ul className="trip-import-counts" data-testid="bill-counts">
        <li className="status-works" data-testid="bill-new">
          {t('bills.count.newTrips', { count: plan.newTrips.length })}
        </li>
        <li className="status-works" data-testid="bill-fills">
          {t('bills.count.fills', { count: fills.length })}
        </li>
        <li className="status-works" data-testid="bill-corrections">
          {t('bills.count.corrections', { count: corrections.length })}
        </li>
        <li className="status-unknown" data-testid="bill-duplicates">
          {t('bills.count.duplicates', { count: plan.duplicates.length })}
        </li>
        <li className="status-unknown" data-testid="bill-skipped">
          {t('bills.count.skipped', { count: skipped })}
          {skipped > 0 && (
            <>
              {' ('}
              {SKIP_REASONS.filter((r) => sorted.skipped[r] > 0)
                .map((r) => t(`bills.skip.${r}`, { count: sorted.skipped[r] }))
                .join(t('bills.listSeparator'))}
              {')'}
            </>
          )}
        </li>
      </ul>

      {invalid.length > 0 && (
        <div className="trip-import-issues" role="alert">
          <p className="field-error">{t('bills.invalidBlocks', { count: invalid.length })}</p>
          <IssueTable
            issues={invalid}
            where={(at) => t('import.line', { n: at })}
            fieldName={(f) => (f ? t(`bills.field.${f}`) : '')}
          />
        </div>
      )}

      {plan.changes.length > 0 && (
        <table className="table bill-changes" data-testid="bill-changes">
          <caption>{t('bills.changesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('columns.mode')}</th>
              <th scope="col">{t('bills.change')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.slice(0, SHOWN).map((c, n) => (
              <tr key={n}>
                <td>{c.date}</td>
                <td>{legSummary(t, { ...c.bill, payment: { kind: 'cash' }, minutes: null })}</td>
                <td>
                  {c.kind === 'fill'
                    ? t('bills.fill', { fare: formatFen(c.toFen) })
                    : t('bills.correct', { from: formatFen(c.fromFen), to: formatFen(c.toFen) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {plan.newTrips.length > 0 && (
        <table className="table bill-new-trips" data-testid="bill-new-trips">
          <caption>{t('bills.newTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('bills.legs')}</th>
              <th scope="col">{t('columns.fare_yuan')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.newTrips.slice(0, SHOWN).map((n) => (
              <tr key={n.trip.id}>
                <td>
                  {n.trip.date} {n.trip.departTime ?? ''}
                </td>
                <td>
                  {n.commute && <strong>{t('bills.asCommute', { name: n.commute })} </strong>}
                  {n.trip.legs.map((l) => legSummary(t, l)).join(' · ')}
                </td>
                <td>{formatFen(tripFareFen(n.trip))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Math.max(plan.newTrips.length, plan.changes.length) > SHOWN && (
        <p className="muted">
          {t('import.more', { count: Math.max(plan.newTrips.length, plan.changes.length) - SHOWN })}
        </p>
      )}
      {plan.newTrips.length + plan.updated.length === 0 && invalid.length === 0 && (
        <p className="notice">{t('bills.nothing')}</p>
      )}
    </section>
  )
}
