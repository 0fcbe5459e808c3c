// The detail of one card × system cell: status, why (record, no record, conflict), since-dates,
// conditions and sources. Opened from the matrix and from a route leg's card chips.
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatrixCell } from '@shared/transit'
import { SourceBadge } from '@renderer/ui/source-badge'
import { DatedList, FactList, StatusChip } from './facts'

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
    <div className="transit-cell-detail">
      <h3 id="transit-cell-title">
        {props.title} · {t(`systems.${cell.system}`)}
      </h3>
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
                <StatusChip status={r.status} /> <SourceBadge ids={r.sourceIds} />
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
          <DatedList items={cell.since} />
        </>
      )}
      {cell.conditions.length > 0 && (
        <>
          <h4>{t('matrix.conditions')}</h4>
          <FactList facts={cell.conditions} />
        </>
      )}
      {cell.sourceIds.length > 0 && (
        <p>
          {t('matrix.sources')} <SourceBadge ids={cell.sourceIds} />
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={props.onClose} autoFocus>
          {t('common:actions.close')}
        </button>
      </div>
    </div>
  )
}

/** A modal for cell details; focus goes back to the button that opened it. */
export function useCellDialog(): {
  show: (detail: CellDetailProps, opener: HTMLElement) => void
  element: ReactNode
} {
  const [open, setOpen] = useState<CellDetailProps | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  // Open once the detail has rendered, so focus lands on its close button.
  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal()
  }, [open])
  const element = (
    <dialog
      ref={dialog}
      aria-labelledby="transit-cell-title"
      onClose={() => {
        setOpen(null)
        opener.current?.focus()
      }}
    >
      {open && <CellDetail {...open} onClose={() => dialog.current?.close()} />}
    </dialog>
  )
  return {
    show: (detail, button) => {
      opener.current = button
      setOpen(detail)
    },
    element,
  }
}
