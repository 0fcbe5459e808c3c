// The card × system matrix. Rows are the user's cards (or every card type in the pack); each cell
// is a button opening the detail: status, since-dates, conditions and sources. "Unknown" is shown
// as an answer, with the reason: the pack's own unknown, no record, or sources that disagree.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserCard } from '@shared/cards/schema'
import { SYSTEMS } from '@shared/pack'
import {
  matrixForCards,
  matrixForTypes,
  type MatrixCell,
  type MatrixRow,
  type TransitData,
} from '@shared/transit'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { StatusChip } from './sourced-values'
import { useCellDialog } from './cell-detail'
import { usePick } from '@renderer/ui/pack-text'
import { anchorId } from './anchor-id'

export type Rows = 'mine' | 'all'

export function MatrixView(props: { data: TransitData; cards: UserCard[]; rows?: Rows }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const [choice, setChoice] = useState<Rows | null>(props.rows ?? null)
  const rowsKind: Rows = choice ?? (props.cards.length > 0 ? 'mine' : 'all')
  const rows =
    rowsKind === 'mine' ? matrixForCards(props.cards, props.data) : matrixForTypes(props.data)
  const dialog = useCellDialog()
  const show = (row: MatrixRow, cell: MatrixCell) => {
    const typeName = row.cardType ? pick(row.cardType.name) : ''
    dialog.show({
      title: row.card?.nickname ?? typeName,
      subtitle: row.card ? typeName : null,
      cell,
    })
  }

  return (
    <section aria-labelledby="transit-matrix-title">
      <div className="transit-section-head">
        <h2 id="transit-matrix-title">{t('matrix.title')}</h2>
        <div className="segmented" role="group" aria-label={t('matrix.rows')}>
          {(['mine', 'all'] as const).map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={rowsKind === k}
              onClick={() => setChoice(k)}
            >
              {t(`matrix.rows_${k}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">{t('matrix.intro')}</p>
      <ul className="transit-legend" aria-label={t('matrix.legend')}>
        {(['works', 'conditional', 'no', 'unknown'] as const).map((s) => (
          <li key={s}>
            <StatusChip status={s} /> {t(`statusLong.${s}`)}
          </li>
        ))}
      </ul>
      {rowsKind === 'mine' && rows.length === 0 ? (
        <p className="notice">{t('matrix.noCards')}</p>
      ) : (
        <div className="transit-table-wrap">
          <table className="table transit-matrix">
            <caption className="visually-hidden">{t('matrix.title')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {t(rowsKind === 'mine' ? 'matrix.cardMine' : 'matrix.cardType')}
                </th>
                {SYSTEMS.map((s) => (
                  <th key={s} scope="col">
                    {t(`systems.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.key}
                  id={row.card ? undefined : anchorId('cardType', row.key)}
                  tabIndex={row.card ? undefined : -1}
                >
                  <th scope="row">
                    {row.card ? row.card.nickname : row.cardType && pick(row.cardType.name)}
                    {row.card && row.cardType && (
                      <span className="muted transit-subline">{pick(row.cardType.name)}</span>
                    )}
                  </th>
                  {row.cardType ? (
                    row.cells.map((cell) => {
                      const name = row.card?.nickname ?? pick(row.cardType!.name)
                      return (
                        <td key={cell.system}>
                          <button
                            type="button"
                            className={`transit-cell status-${cell.status}`}
                            aria-haspopup="dialog"
                            aria-label={t('matrix.cellLabel', {
                              card: name,
                              system: t(`systems.${cell.system}`),
                              status: t(`status.${cell.status}`),
                            })}
                            onClick={() => show(row, cell)}
                          >
                            {t(`status.${cell.status}`)}
                            {cell.basis === 'noRecord' ? (
                              <span aria-hidden="true" className="transit-cell-mark">
                                ∅
                              </span>
                            ) : (
                              cell.status !== 'unknown' &&
                              cell.conditions.length > 0 && (
                                <span aria-hidden="true" className="transit-cell-mark">
                                  *
                                </span>
                              )
                            )}
                          </button>
                          {cell.sourceIds.length > 0 && <SourceBadge ids={cell.sourceIds} />}
                        </td>
                      )
                    })
                  ) : (
                    <td colSpan={SYSTEMS.length}>
                      <span className="warning transit-inline-warning">{t('matrix.typeGone')}</span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted transit-footnote">{t('matrix.footnote')}</p>
      {dialog.element}
    </section>
  )
}
