// My visits and claims: the form, totals per year, the claims still open with their documents,
// and every visit.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Hospital } from '@shared/pack'
import type { Visit } from '@shared/medical/schema'
import { openClaims, totalsByYear } from '@shared/medical/visits'
import { formatFen } from '@shared/money/fen'
import { deleteVisits, restoreVisits, setClaimStatus, setDocumentDone } from '@renderer/db/medical'
import { useToast } from '@renderer/ui/toast'
import { Checklist } from './checklist'
import { VisitFormCard } from './visit-form'
import { pick } from '@renderer/ui/pack-text'
import { usePackRecords } from '@renderer/db/pack-queries'
import { useVisits } from './use-medical-data'

const CLAIM_CLASS: Record<Visit['claim']['status'], string> = {
  notNeeded: '',
  toClaim: 'status-conditional',
  submitted: 'status-unknown',
  reimbursed: 'status-works',
}

function useHospitalName(hospitals: readonly Hospital[]) {
  const { i18n } = useTranslation('medical')
  const byId = new Map(hospitals.map((h) => [h.id, h]))
  return (v: Visit) => {
    if (v.hospitalId === null) return v.hospitalName
    const h = byId.get(v.hospitalId)
    return h ? pick(h.name, i18n.language) : v.hospitalId
  }
}

export function VisitsView() {
  const { t } = useTranslation('medical')
  const visits = useVisits()
  const hospitals = usePackRecords('hospitals')
  const rules = usePackRecords('medicalRules')
  const [editing, setEditing] = useState<Visit | null>(null)
  const [formKey, setFormKey] = useState(0)
  if (!visits || !hospitals || !rules) return <p className="loading">{t('common:loading')}</p>

  const done = () => {
    setEditing(null)
    setFormKey((k) => k + 1)
  }
  const edit = (v: Visit) => {
    setEditing(v)
    setFormKey((k) => k + 1)
    setTimeout(() => document.getElementById('visit-date')?.focus(), 0)
  }

  return (
    <>
      <VisitFormCard
        key={formKey}
        editing={editing}
        hospitals={hospitals}
        rules={rules}
        onDone={done}
      />
      <YearTotals visits={visits} />
      <OpenClaims visits={visits} hospitals={hospitals} onEdit={edit} />
      <VisitList visits={visits} hospitals={hospitals} onEdit={edit} />
    </>
  )
}

function YearTotals({ visits }: { visits: readonly Visit[] }) {
  const { t } = useTranslation('medical')
  const years = totalsByYear(visits)
  return (
    <section className="card" aria-labelledby="totals-title">
      <h2 id="totals-title">{t('visits.totalsTitle')}</h2>
      {years.length === 0 ? (
        <p className="muted">{t('visits.none')}</p>
      ) : (
        <table className="table" data-testid="year-totals">
          <thead>
            <tr>
              <th>{t('visits.columns.year')}</th>
              <th className="num">{t('visits.columns.visits')}</th>
              <th className="num">{t('visits.columns.total')}</th>
              <th className="num">{t('visits.columns.direct')}</th>
              <th className="num">{t('visits.columns.outOfPocket')}</th>
              <th className="num">{t('visits.columns.reimbursed')}</th>
              <th className="num">{t('visits.columns.pending')}</th>
              <th className="num">{t('visits.columns.net')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td className="num">{y.visits}</td>
                <td className="num">{formatFen(y.totalFen)}</td>
                <td className="num">{formatFen(y.directFen)}</td>
                <td className="num">{formatFen(y.outOfPocketFen)}</td>
                <td className="num">{formatFen(y.reimbursedFen)}</td>
                <td className="num">{formatFen(y.pendingFen)}</td>
                <td className="num">{formatFen(y.netFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function OpenClaims(props: {
  visits: readonly Visit[]
  hospitals: readonly Hospital[]
  onEdit: (v: Visit) => void
}) {
  const { t } = useTranslation('medical')
  const name = useHospitalName(props.hospitals)
  const open = openClaims(props.visits)
  return (
    <section className="card" aria-labelledby="open-claims-title">
      <h2 id="open-claims-title">{t('visits.openTitle', { n: open.length })}</h2>
      {open.length === 0 ? (
        <p className="muted">{t('visits.noOpen')}</p>
      ) : (
        <ul className="medical-claims" data-testid="open-claims">
          {open.map(({ visit: v, documentsDone, documentsTotal }) => (
            <li key={v.id} className="medical-claim">
              <div className="row">
                <strong>
                  {v.date} · {name(v)}
                </strong>
                <span className={`chip ${CLAIM_CLASS[v.claim.status]}`}>
                  {t(`claimStatus.${v.claim.status}`)}
                </span>
                <span>{t('visits.paid', { amount: formatFen(v.outOfPocketFen) })}</span>
                <span className="muted">
                  {t('visits.documentsProgress', { done: documentsDone, total: documentsTotal })}
                </span>
              </div>
              {v.claim.documents.length > 0 && (
                <Checklist
                  items={v.claim.documents}
                  onToggle={(id, done) => void setDocumentDone(v.id, id, done)}
                />
              )}
              <div className="row no-print">
                {v.claim.status === 'toClaim' && (
                  <button type="button" onClick={() => void setClaimStatus([v.id], 'submitted')}>
                    {t('visits.markSubmitted')}
                  </button>
                )}
                <button type="button" onClick={() => props.onEdit(v)}>
                  {t('visits.recordReimbursed')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function VisitList(props: {
  visits: readonly Visit[]
  hospitals: readonly Hospital[]
  onEdit: (v: Visit) => void
}) {
  const { t } = useTranslation('medical')
  const toast = useToast()
  const name = useHospitalName(props.hospitals)

  async function remove(v: Visit) {
    const removed = await deleteVisits([v.id])
    toast.show({
      message: t('visits.deleted'),
      action: { label: t('common:actions.undo'), onClick: () => void restoreVisits(removed) },
      timeoutMs: 10_000,
    })
  }

  return (
    <section className="card" aria-labelledby="visit-list-title">
      <h2 id="visit-list-title">{t('visits.listTitle')}</h2>
      {props.visits.length === 0 ? (
        <p className="muted">{t('visits.none')}</p>
      ) : (
        <table className="table medical-table" data-testid="visit-list">
          <thead>
            <tr>
              <th>{t('visits.columns.date')}</th>
              <th>{t('visits.columns.hospital')}</th>
              <th>{t('visits.columns.department')}</th>
              <th className="num">{t('visits.columns.total')}</th>
              <th className="num">{t('visits.columns.direct')}</th>
              <th className="num">{t('visits.columns.outOfPocket')}</th>
              <th>{t('visits.columns.claim')}</th>
              <th className="no-print">
                <span className="visually-hidden">{t('visits.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.visits.map((v) => (
              <tr key={v.id}>
                <td className="medical-nowrap">{v.date}</td>
                <td>{name(v)}</td>
                <td>{v.department}</td>
                <td className="num">{formatFen(v.totalFen)}</td>
                <td className="num">{formatFen(v.directFen)}</td>
                <td className="num">{formatFen(v.outOfPocketFen)}</td>
                <td>
                  <span className={`chip ${CLAIM_CLASS[v.claim.status]}`}>
                    {t(`claimStatus.${v.claim.status}`)}
                  </span>
                  {v.claim.reimbursedFen !== null && (
                    <span className="num"> {formatFen(v.claim.reimbursedFen)}</span>
                  )}
                </td>
                <td className="no-print">
                  <div className="row medical-nowrap">
                    <button
                      type="button"
                      onClick={() => props.onEdit(v)}
                      aria-label={t('visits.editVisit', { date: v.date, hospital: name(v) })}
                    >
                      {t('common:actions.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(v)}
                      aria-label={t('visits.deleteVisit', { date: v.date, hospital: name(v) })}
                    >
                      {t('common:actions.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
