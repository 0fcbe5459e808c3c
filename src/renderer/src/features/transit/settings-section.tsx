// Home and work for the transit guide, chosen as the pack's administrative divisions: a district
// (or county-level unit) first, then optionally a town or subdistrict in it. 嘉兴经开区, which has
// no division code of its own, is offered under both districts the sources leave open. The route
// builder reads the chosen place (settings homePlaceId / workPlaceId). A saved place that a pack
// update moved is announced here until the user dismisses it.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { SIDES, type Place } from '@shared/pack'
import { sortPlaces } from '@shared/transit'
import { getPackRecords } from '@renderer/db/pack-queries'
import { setSetting, useSetting } from '@renderer/db/settings'
import { dismissPlaceNotice, type PlaceRole } from '@renderer/db/places'
import { hrefFor } from '@renderer/app/router'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { usePick } from '@renderer/ui/pack-text'
import { PlaceNotices } from './place-notices'
import './transit.css'
import { TargetTimes } from './target-times'

const TOP_LEVEL: readonly Place['kind'][] = ['district', 'station']

/** The district select's value for a saved place: itself, or the division above it. */
function districtOf(place: Place | undefined): string {
  if (!place) return ''
  return TOP_LEVEL.includes(place.kind) || place.parentIds.length === 0
    ? place.id
    : place.parentIds[0]!
}

function PlacePicker(props: { role: PlaceRole; value: string | null; places: Place[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const { role, value, places } = props
  const byId = new Map(places.map((p) => [p.id, p]))
  const saved = value === null ? undefined : byId.get(value)
  const gone = value !== null && !saved
  const [district, setDistrict] = useState(() => districtOf(saved))
  const id = `settings-${role}-place`
  const key = role === 'home' ? 'homePlaceId' : 'workPlaceId'
  const choose = (placeId: string | null) => {
    void setSetting(key, placeId)
    void dismissPlaceNotice(role)
  }
  // Districts (and any place with no division above it) first; towns of the chosen one next.
  const tops = places.filter((p) => TOP_LEVEL.includes(p.kind) || p.parentIds.length === 0)
  const towns = places.filter((p) => !TOP_LEVEL.includes(p.kind) && p.parentIds.includes(district))
  const chosen = saved ?? byId.get(district)
  return (
    <>
      <label htmlFor={id}>{t(`places.${role}`)}</label>
      <div className="place-picker">
        <select
          id={id}
          value={gone ? (value ?? '') : district}
          aria-describedby={gone ? `${id}-gone` : `${id}-about`}
          onChange={(e) => {
            setDistrict(e.target.value)
            choose(e.target.value || null)
          }}
        >
          <option value="">{t('places.none')}</option>
          {gone && <option value={value ?? ''}>{t('places.goneOption')}</option>}
          {SIDES.map((side) => (
            <optgroup key={side} label={t(`places.side.${side}`)}>
              {tops
                .filter((p) => p.side === side)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.kind === 'district'
                      ? pick(p.name)
                      : t('places.option', {
                          name: pick(p.name),
                          kind: t(`places.kind.${p.kind}`),
                        })}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {towns.length > 0 && (
          <select
            id={`${id}-town`}
            aria-label={t('places.townLabel', { role: t(`places.roleName.${role}`) })}
            value={saved && saved.id !== district ? saved.id : ''}
            onChange={(e) => choose(e.target.value || district)}
          >
            <option value="">{t('places.wholeDistrict')}</option>
            {towns.map((p) => (
              <option key={p.id} value={p.id}>
                {t('places.option', { name: pick(p.name), kind: t(`places.kind.${p.kind}`) })}
              </option>
            ))}
          </select>
        )}
        {gone ? (
          <p id={`${id}-gone`} className="field-error">
            {t('places.gone')}
          </p>
        ) : (
          chosen && (
            <p id={`${id}-about`} className="muted place-about">
              {chosen.code
                ? t('places.code', { code: chosen.code })
                : chosen.codeNote && pick(chosen.codeNote.text)}{' '}
              {chosen.notes
                .filter((n) => n.inference)
                .map((n, i) => (
                  <span key={i}>{pick(n.text)} </span>
                ))}
              <SourceBadge ids={chosen.codeNote?.sourceIds ?? chosen.sourceIds} />
            </p>
          )
        )}
      </div>
    </>
  )
}

export default function TransitSettingsSection() {
  const { t } = useTranslation('transit')
  const home = useSetting('homePlaceId')
  const work = useSetting('workPlaceId')
  const places = useLiveQuery(async () => sortPlaces(await getPackRecords('places')), [])
  if (home === undefined || work === undefined || places === undefined) return null
  return (
    <section className="card" aria-labelledby="settings-transit">
      <h2 id="settings-transit">{t('places.title')}</h2>
      <p className="muted">{t('places.intro')}</p>
      <PlaceNotices places={places} />
      {places.length === 0 ? (
        <p className="warning">{t('noPack')}</p>
      ) : (
        <div className="form-grid">
          <PlacePicker key={`home-${home}`} role="home" value={home} places={places} />
          <PlacePicker key={`work-${work}`} role="work" value={work} places={places} />
        </div>
      )}
      <p className="muted transit-hint">
        {t('places.used')}{' '}
        <a href={hrefFor('transit', { tab: 'routes' })}>{t('places.seeRoutes')}</a>
      </p>
      <TargetTimes />
    </section>
  )
}
