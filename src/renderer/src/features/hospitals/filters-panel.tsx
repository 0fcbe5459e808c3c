// The filters: every option says how many hospitals it would leave, the other filters kept.
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  FILTER_KEYS,
  INSURED,
  UNKNOWN_DISTRICT,
  type Directory,
  type DirectoryFilters,
  type FacetCounts,
  type FilterKey,
} from '@shared/hospitals'
import { SIDES } from '@shared/pack'
import type { HospitalsParams } from './params'
import { pick } from '@renderer/ui/pack-text'

interface Choice {
  value: string
  label: string
}

function FilterSelect(props: {
  name: FilterKey
  label: string
  value: string | undefined
  choices: Choice[]
  counts: FacetCounts
  onChange: (value: string | undefined) => void
}) {
  const { t } = useTranslation('hospitals')
  const counts = props.counts[props.name]
  const choices = [...props.choices]
  // A value from a link that matches no option is still shown, so it can be seen and cleared.
  if (props.value && !choices.some((c) => c.value === props.value)) {
    choices.push({ value: props.value, label: props.value })
  }
  const id = `hospital-filter-${props.name}`
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">
          {t('filters.option', { label: t('filters.any'), count: counts.get('') ?? 0 })}
        </option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {t('filters.option', { label: c.label, count: counts.get(c.value) ?? 0 })}
          </option>
        ))}
      </select>
    </div>
  )
}

export const FiltersPanel = memo(function FiltersPanel(props: {
  filters: DirectoryFilters
  directory: Directory
  counts: FacetCounts
  onChange: (patch: Partial<HospitalsParams>) => void
}) {
  const { t, i18n } = useTranslation('hospitals')
  const { filters, directory, counts } = props
  const lang = i18n.language
  const set = props.onChange
  const active = Object.values(filters).some((v) => v !== undefined)

  const districtChoices: Choice[] = (filters.city ? [filters.city] : SIDES).flatMap((side) =>
    directory.options.districts[side].map((o) => ({ value: o.key, label: pick(o.text, lang) })),
  )
  districtChoices.push({ value: UNKNOWN_DISTRICT, label: t('district.unknown') })
  const fromOptions = (list: Directory['options']['programmes']): Choice[] =>
    list.map((o) => ({ value: o.key, label: pick(o.text, lang) }))

  return (
    <section className="card hospital-filters" aria-labelledby="hospital-filters-title">
      <h2 id="hospital-filters-title">{t('filters.title')}</h2>
      <FilterSelect
        name="city"
        label={t('filters.city')}
        value={filters.city}
        choices={SIDES.map((s) => ({ value: s, label: t(`city.${s}`) }))}
        counts={counts}
        // A district belongs to a city: changing the city forgets it.
        onChange={(v) => set({ city: v as HospitalsParams['city'], district: undefined })}
      />
      <FilterSelect
        name="district"
        label={t('filters.district')}
        value={filters.district}
        choices={districtChoices}
        counts={counts}
        onChange={(v) => set({ district: v })}
      />
      <FilterSelect
        name="programme"
        label={t('filters.programme')}
        value={filters.programme}
        choices={fromOptions(directory.options.programmes)}
        counts={counts}
        onChange={(v) => set({ programme: v })}
      />
      <FilterSelect
        name="partner"
        label={t('filters.partner')}
        value={filters.partner}
        choices={fromOptions(directory.options.partners)}
        counts={counts}
        onChange={(v) => set({ partner: v })}
      />
      <FilterSelect
        name="settle"
        label={t('filters.settle')}
        value={filters.settle}
        choices={INSURED.map((i) => ({
          value: i,
          label: t(i === 'shanghai' ? 'filters.settleShanghai' : 'filters.settleJiaxing'),
        }))}
        counts={counts}
        onChange={(v) => set({ settle: v as HospitalsParams['settle'] })}
      />
      <p className="muted small">{t('filters.settleNote')}</p>
      <FilterSelect
        name="dept"
        label={t('filters.dept')}
        value={filters.dept}
        choices={fromOptions(directory.options.departments)}
        counts={counts}
        onChange={(v) => set({ dept: v })}
      />
      <label className="filter-check">
        <input
          type="checkbox"
          checked={filters.fav === true}
          onChange={(e) => set({ fav: e.target.checked ? true : undefined })}
        />
        {t('filters.option', { label: t('filters.fav'), count: counts.fav.get('1') ?? 0 })}
      </label>
      {active && (
        <button
          type="button"
          onClick={() => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))}
        >
          {t('filters.clear')}
        </button>
      )}
    </section>
  )
})
