// The trips screen's warning: rail legs without an e-invoice whose 180-day window closes within 30
// days, each with "requested" to clear it, and the rule with its sources.
import { useTranslation } from 'react-i18next'
import { SourceDetails } from '@renderer/features/datapack/source-badge'
import { setLegInvoice, useInvoicesDue } from '@renderer/db/bills'
import { today } from '@shared/calendar/dates'
import { EINVOICE_SOURCES } from '@shared/bills/invoice'
import { legSummary } from './text'

export function InvoiceDue() {
  const { t } = useTranslation('trips')
  const due = useInvoicesDue(today())
  if (!due || due.length === 0) return null
  return (
    <section
      className="card notice trip-invoice-due"
      aria-labelledby="trip-invoice-due-title"
      data-testid="invoice-due"
    >
      <h2 id="trip-invoice-due-title">{t('invoice.dueTitle')}</h2>
      <ul>
        {due.map((d) => {
          const leg = d.trip.legs[d.legIndex]!
          return (
            <li key={`${d.trip.id}#${d.legIndex}`}>
              {t('invoice.due', {
                date: d.trip.date,
                line: legSummary(t, leg),
                count: d.daysLeft,
              })}{' '}
              <button type="button" onClick={() => void setLegInvoice(d.trip.id, d.legIndex, true)}>
                {t('invoice.markRequested')}
              </button>
            </li>
          )
        })}
      </ul>
      <details>
        <summary>{t('invoice.rule')}</summary>
        <ul className="trip-invoice-sources">
          {EINVOICE_SOURCES.map((s) => (
            <li key={s.id}>
              <SourceDetails source={s} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
