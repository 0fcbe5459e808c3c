// The virtual list: day headers and trip rows of fixed heights, only the rows in view (plus a
// few) in the DOM, so 100,000 trips scroll like 100. Rows are memoised: a scroll step moves the
// rows already shown and renders only those coming into view.
import { memo, useCallback, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ListRow } from '@shared/trips/filter'
import type { Trip } from '@shared/trips/schema'
import { formatFen } from '@shared/money/fen'
import { tripFareFen, tripMinutes } from '@shared/trips/trip-math'
import { formatDate, formatDuration, langOf } from '@renderer/ui/format'
import { legSummary, timeRange } from './text'

const DAY_HEIGHT = 40
const TRIP_HEIGHT = 64

export interface RowActions {
  onEdit: (t: Trip) => void
  onDuplicate: (t: Trip) => void
  onSaveCommute: (t: Trip) => void
  onDelete: (t: Trip) => void
}

const DayRow = memo(function DayRow(props: {
  date: string
  trips: number
  fareFen: number
  t: TFunction
  lang: string
}) {
  const { t } = props
  return (
    <>
      <h3>{formatDate(props.date, langOf(props.lang), 'long')}</h3>
      <span className="muted">
        {t('trips:list.dayTotals', { count: props.trips, fare: formatFen(props.fareFen) })}
      </span>
    </>
  )
})

const TripRow = memo(function TripRow(props: { trip: Trip; actions: RowActions; t: TFunction }) {
  const { trip, actions, t } = props
  const minutes = tripMinutes(trip)
  const when = timeRange(trip)
  const summary = trip.legs.map((l) => legSummary(t, l)).join(' · ')
  const extra = [trip.note, trip.tags.map((x) => `#${x}`).join(' ')].filter(Boolean).join('  ')
  return (
    <>
      <span className="trip-when">
        <span className="trip-time">
          {when || <span className="muted">{t('trips:list.noTime')}</span>}
        </span>
        <span className={`chip trip-dir trip-dir-${trip.direction}`}>
          {t(`trips:direction.${trip.direction}`)}
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
        <button type="button" onClick={() => actions.onEdit(trip)}>
          {t('trips:actions.edit')}
        </button>
        <button type="button" onClick={() => actions.onDuplicate(trip)}>
          {t('trips:actions.duplicate')}
        </button>
        <button type="button" onClick={() => actions.onSaveCommute(trip)}>
          {t('trips:actions.saveAsCommute')}
        </button>
        <button type="button" className="danger" onClick={() => actions.onDelete(trip)}>
          {t('trips:actions.delete')}
        </button>
      </span>
    </>
  )
})

export function TripList(props: { rows: ListRow[]; actions: RowActions }) {
  const { t, i18n } = useTranslation('trips')
  const scrollRef = useRef<HTMLDivElement>(null)
  const { rows, actions } = props
  // Stable callbacks: the virtualizer recomputes every row's offset when getItemKey changes,
  // which with 100,000 rows would cost a frame on every scroll step.
  const estimateSize = useCallback(
    (i: number) => (rows[i]?.kind === 'day' ? DAY_HEIGHT : TRIP_HEIGHT),
    [rows],
  )
  const getItemKey = useCallback(
    (i: number) => {
      const r = rows[i]!
      return r.kind === 'day' ? `d${r.date}` : r.trip.id
    },
    [rows],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
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
                <DayRow
                  date={row.date}
                  trips={row.trips}
                  fareFen={row.fareFen}
                  t={t}
                  lang={i18n.language}
                />
              </div>
            )
          const trip = row.trip
          return (
            <div
              key={item.key}
              role="listitem"
              className="trip-row"
              style={style}
              data-trip-row={trip.id}
              aria-label={t('list.row', { date: trip.date, time: timeRange(trip) })}
            >
              <TripRow trip={trip} actions={actions} t={t} />
            </div>
          )
        })}
      </div>
    </div>
  )
}
