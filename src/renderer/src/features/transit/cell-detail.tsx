// The detail of one card × system cell: status, why (record, no record, conflict), since-dates,
// conditions and sources. Opened from the matrix and from a route leg's card chips.
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatrixCell } from '@shared/transit'
import { Modal } from '@renderer/ui/modal'
import { collectSourceIds } from '@shared/pack'
import { FactMarks, SectionSources } from '@renderer/features/datapack/section-sources'
import { FactList } from '@renderer/features/datapack/fact-list'
import { StatusChip } from './sourced-values'

export interface CellDetailProps {
  /** The card's nickname, or the card type's name on a pack row. */
  title: string
  /** The card type's name under a nickname. */
  subtitle: string | null
  cell: MatrixCell
}

function CellDetail(props: CellDetailProps & { onClose: () => void }) {
  const { t } = useTranslation('transit')
  const { cell } = props
  return (
    <Modal
      title={`${props.title} · ${t(`systems.${cell.system}`)}`}
      onClose={props.onClose}
      className="transit-cell-detail"
    >
      {props.subtitle && <p className="muted">{props.subtitle}</p>}
      <p>
        <StatusChip status={cell.status} /> {t(`statusLong.${cell.status}`)}
      </p>
      {cell.basis === 'noRecord' && <p className="notice">{t('matrix.noRecord')}</p>}
      {cell.basis === 'conflict' && (
        <div className="warning">
          <p>{t('matrix.conflict')}</p>
          <ul>
            {cell.records.map((r) => (
              <li key={r.id}>
                <StatusChip status={r.status} />
                <FactMarks ids={r.sourceIds} cite />
              </li>
            ))}
          </ul>
        </div>
      )}
      {cell.basis === 'record' && cell.status === 'unknown' && (
        <p className="notice">{t('matrix.packUnknown')}</p>
      )}
      {cell.since.length > 0 && (
        <>
          <h4>{t('matrix.since')}</h4>
          {new Set(cell.since.map((d) => d.date)).size > 1 && (
            <p className="muted">{t('matrix.sinceDisagree')}</p>
          )}
          <FactList facts={cell.since} />
        </>
      )}
      {cell.conditions.length > 0 && (
        <>
          <h4>{t('matrix.conditions')}</h4>
          <FactList facts={cell.conditions} />
        </>
      )}
      {cell.sourceIds.length > 0 && <SectionSources ids={collectSourceIds(cell)} />}
    </Modal>
  )
}

/** A modal for cell details; focus goes back to the button that opened it (Modal). */
export function useCellDialog(): {
  show: (detail: CellDetailProps) => void
  element: ReactNode
} {
  const [open, setOpen] = useState<CellDetailProps | null>(null)
  return {
    show: setOpen,
    element: open && <CellDetail {...open} onClose={() => setOpen(null)} />,
  }
}
