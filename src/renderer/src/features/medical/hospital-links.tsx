// Links from an answer to the hospital directory: the hospitals its rules name, and the
// directory filtered to the city of care.
import { useTranslation } from 'react-i18next'
import type { CareIn } from '@shared/pack'
import { hrefFor } from '@renderer/app/router'
import { usePackRecords } from '@renderer/db/pack-queries'
import { pick } from './text'

export function HospitalLinks(props: { ids: readonly string[]; careIn: CareIn }) {
  const { t, i18n } = useTranslation('medical')
  const hospitals = usePackRecords('hospitals')
  const byId = new Map((hospitals ?? []).map((h) => [h.id, h]))
  const named = props.ids.flatMap((id) => byId.get(id) ?? [])
  const city = props.careIn === 'yrdOther' ? undefined : props.careIn
  return (
    <section className="medical-section" aria-labelledby="section-hospitals">
      <h3 id="section-hospitals">{t('sections.hospitals')}</h3>
      {named.length > 0 ? (
        <ul>
          {named.map((h) => (
            <li key={h.id}>
              <a href={hrefFor('hospitals', { id: h.id })}>{pick(h.name, i18n.language)}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('result.noHospitals')}</p>
      )}
      {city && (
        <p>
          <a href={hrefFor('hospitals', { city })}>
            {t('result.hospitalsIn', { city: t(`answers.careIn.${city}`) })}
          </a>
        </p>
      )}
    </section>
  )
}
