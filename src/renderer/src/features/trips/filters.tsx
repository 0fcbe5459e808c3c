// The list's filters. The date range re-reads the date index; the others filter what is loaded.
import { useTranslation } from 'react-i18next'
import type { UserCard } from '@shared/cards/schema'
import { EMPTY_FILTER, type TripFilter } from '@shared/trips/filter'
import { DIRECTIONS, MODES, type Direction, type Mode } from '@shared/trips/schema'
import { DateRange } from '@renderer/ui/date-range'
import { Field } from '@renderer/ui/field'

/** A filter that is "any" or one of `options`. */
function Choice<V extends string>(props: {
  id: string
  label: string
  value: V | ''
  options: readonly { value: V; label: string }[]
  onChange: (value: V | '') => void
}) {
  const { t } = useTranslation('trips')
  return (
    <Field id={props.id} label={props.label}>
      {(c) => (
        <select {...c} value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
          <option value="">{t('filter.any')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

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
      <DateRange id="filter" from={f.from} to={f.to} onChange={set} />
      <Choice<Direction>
        id="filter-direction"
        label={t('filter.direction')}
        value={f.direction}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
        onChange={(direction) => set({ direction })}
      />
      <Choice<Mode>
        id="filter-mode"
        label={t('filter.mode')}
        value={f.mode}
        options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        onChange={(mode) => set({ mode })}
      />
      <Choice
        id="filter-card"
        label={t('filter.card')}
        value={f.cardId}
        options={props.cards.map((c) => ({ value: c.id, label: c.nickname }))}
        onChange={(cardId) => set({ cardId })}
      />
      <Field id="filter-text" label={t('filter.text')} className="trip-filter-text">
        {(c) => (
          <input
            {...c}
            type="search"
            value={f.text}
            placeholder={t('filter.textPlaceholder')}
            onChange={(e) => set({ text: e.target.value })}
          />
        )}
      </Field>
      {active && (
        <button type="button" className="trip-link" onClick={() => props.onChange(EMPTY_FILTER)}>
          {t('filter.clear')}
        </button>
      )}
    </section>
  )
}
