// The virtual list: day headers and trip rows of fixed heights, only the rows in view (plus a
// few) in the DOM, so 100,000 trips scroll like 100.
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ListRow } from '@shared/trips/filter'
import type { Trip } from '@shared/trips/schema'
import { formatFen } from '@shared/money/fen'
import { tripFareFen, tripMinutes } from '@shared/trips/trip-math'
import { formatDay, formatDuration, legSummary, timeRange } from './text'

const DAY_HEIGHT = 40
const TRIP_HEIGHT = 64

export interface RowActions {
  onEdit: (t: Trip) => void
  onDuplicate: (t: Trip) => void
  onSaveCommute: (t: Trip) => void
  onDelete: (t: Trip) => void
}

export function TripList(props: { rows: ListRow[] } & RowActions) {
  const { t, i18n } = useTranslation('trips')
  const scrollRef = useRef<HTMLDivElement>(null)
  const { rows } = props
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? DAY_HEIGHT : TRIP_HEIGHT),
    getItemKey: (i) => {
      const r = rows[i]!
      return r.kind === 'day' ? `d${r.date}` : r.trip.id
    },
    overscan: 8,
  })

  return (
    <div ref={scrollRef} className="trip-scroll" tabIndex={-1}>
      <div
        role="list"
        aria-label={t('list.label')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          const style = { transform: `translateY(${item.start}px)`, height: item.size }
          if (row.kind === 'day')
            return (
              <div key={item.key} role="listitem" className="trip-day" style={style}>
                <h3>{formatDay(row.date, i18n.language)}</h3>
                <span className="muted">
                  {t('list.dayTotals', { count: row.trips, fare: formatFen(row.fareFen) })}
                </span>
              </div>
            )
          const trip = row.trip
          const minutes = tripMinutes(trip)
          const when = timeRange(trip)
          const summary = trip.legs.map((l) => legSummary(t, l)).join(' · ')
          const extra = [trip.note, trip.tags.map((x) => `#${x}`).join(' ')]
            .filter(Boolean)
            .join('  ')
          return (
            <div
              key={item.key}
              role="listitem"
              className="trip-row"
              style={style}
              data-trip-row={trip.id}
              aria-label={t('list.row', { date: trip.date, time: when })}
            >
              <span className="trip-when">
                <span className="trip-time">
                  {when || <span className="muted">{t('list.noTime')}</span>}
                </span>
                <span className={`chip trip-dir trip-dir-${trip.direction}`}>
                  {t(`direction.${trip.direction}`)}
                </span>
              </span>
              <span className="trip-what">
                <span className="trip-legs" title={summary}>
                  {summary}
                </span>
                {extra && <span className="muted trip-extra">{extra}</span>}
              </span>
              <span className="trip-cost">
                <span className="trip-fare">{formatFen(tripFareFen(trip))}</span>
                <span className="trip-minutes muted">
                  {minutes === null ? '' : formatDuration(t, minutes)}
                </span>
              </span>
              <span className="trip-actions">
                <button type="button" onClick={() => props.onEdit(trip)}>
                  {t('actions.edit')}
                </button>
                <button type="button" onClick={() => props.onDuplicate(trip)}>
                  {t('actions.duplicate')}
                </button>
                <button type="button" onClick={() => props.onSaveCommute(trip)}>
                  {t('actions.saveAsCommute')}
                </button>
                <button type="button" className="danger" onClick={() => props.onDelete(trip)}>
                  {t('actions.delete')}
                </button>
              </span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
