// The list's filters. The date range re-reads the date index; the others filter what is loaded.
import { useTranslation } from 'react-i18next'
import type { UserCard } from '@shared/cards/schema'
import { EMPTY_FILTER, type TripFilter } from '@shared/trips/filter'
import { DIRECTIONS, MODES, type Direction, type Mode } from '@shared/trips/schema'

export function Filters(props: {
  filter: TripFilter
  onChange: (f: TripFilter) => void
  cards: UserCard[]
}) {
  const { t } = useTranslation('trips')
  const f = props.filter
  const set = (patch: Partial<TripFilter>): void => props.onChange({ ...f, ...patch })
  const active = JSON.stringify(f) !== JSON.stringify(EMPTY_FILTER)
  return (
    <section role="search" className="card trip-filters" aria-label={t('filter.label')}>
      <div className="trip-field">
        <label htmlFor="filter-from">{t('filter.from')}</label>
        <input
          id="filter-from"
          type="date"
          value={f.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="trip-field">
        <label htmlFor="filter-to">{t('filter.to')}</label>
        <input
          id="filter-to"
          type="date"
          value={f.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="trip-field">
        <label htmlFor="filter-direction">{t('filter.direction')}</label>
        <select
          id="filter-direction"
          value={f.direction}
          onChange={(e) => set({ direction: e.target.value as Direction | '' })}
        >
          <option value="">{t('filter.any')}</option>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`direction.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="trip-field">
        <label htmlFor="filter-mode">{t('filter.mode')}</label>
        <select
          id="filter-mode"
          value={f.mode}
          onChange={(e) => set({ mode: e.target.value as Mode | '' })}
        >
          <option value="">{t('filter.any')}</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`mode.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="trip-field">
        <label htmlFor="filter-card">{t('filter.card')}</label>
        <select id="filter-card" value={f.cardId} onChange={(e) => set({ cardId: e.target.value })}>
          <option value="">{t('filter.any')}</option>
          {props.cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nickname}
            </option>
          ))}
        </select>
      </div>
      <div className="trip-field trip-filter-text">
        <label htmlFor="filter-text">{t('filter.text')}</label>
        <input
          id="filter-text"
          type="search"
          value={f.text}
          placeholder={t('filter.textPlaceholder')}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      {active && (
        <button type="button" className="trip-link" onClick={() => props.onChange(EMPTY_FILTER)}>
          {t('filter.clear')}
        </button>
      )}
    </section>
  )
}
