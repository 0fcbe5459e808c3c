// Home and work for the transit guide: chosen from the places the service pack knows, Shanghai
// side and Jiaxing side. The route builder reads them (settings homePlaceId / workPlaceId).
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { SIDES, type Place } from '@shared/pack'
import { sortPlaces } from '@shared/transit'
import { getPackRecords } from '@renderer/db/pack-queries'
import { setSetting, useSetting } from '@renderer/db/settings'
import { hrefFor } from '@renderer/app/router'
import { usePick } from './text'

function PlaceSelect(props: {
  id: string
  label: string
  value: string | null
  places: Place[]
  onChange: (id: string | null) => void
}) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const gone = props.value !== null && !props.places.some((p) => p.id === props.value)
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <div>
        <select
          id={props.id}
          value={props.value ?? ''}
          aria-describedby={gone ? `${props.id}-gone` : undefined}
          onChange={(e) => props.onChange(e.target.value || null)}
        >
          <option value="">{t('places.none')}</option>
          {gone && <option value={props.value ?? ''}>{t('places.goneOption')}</option>}
          {SIDES.map((side) => (
            <optgroup key={side} label={t(`places.side.${side}`)}>
              {props.places
                .filter((p) => p.side === side)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {t('places.option', {
                      name: p.district ? `${pick(p.name)} · ${pick(p.district)}` : pick(p.name),
                      kind: t(`places.kind.${p.kind}`),
                    })}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {gone && (
          <p id={`${props.id}-gone`} className="field-error">
            {t('places.gone')}
          </p>
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
      {places.length === 0 ? (
        <p className="warning">{t('noPack')}</p>
      ) : (
        <div className="form-grid">
          <PlaceSelect
            id="settings-home-place"
            label={t('places.home')}
            value={home}
            places={places}
            onChange={(id) => void setSetting('homePlaceId', id)}
          />
          <PlaceSelect
            id="settings-work-place"
            label={t('places.work')}
            value={work}
            places={places}
            onChange={(id) => void setSetting('workPlaceId', id)}
          />
        </div>
      )}
      <p className="muted transit-hint">
        {t('places.used')}{' '}
        <a href={hrefFor('transit', { tab: 'routes' })}>{t('places.seeRoutes')}</a>
      </p>
    </section>
  )
}
