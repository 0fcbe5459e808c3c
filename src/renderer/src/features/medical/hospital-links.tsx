// Links from an answer to the hospital directory: the hospitals its rules name, the directory
// filtered to the city of care, and to hospitals where settlement for the user's scheme is reported.
import { useTranslation } from 'react-i18next'
import { SIDES, type CareIn, type InsuredIn, type Side } from '@shared/pack'
import { hospitalsHref } from '@renderer/features/hospitals/params'
import { usePackRecords } from '@renderer/db/pack-queries'
import { pick } from '@renderer/ui/pack-text'

const asSide = (v: string): Side | undefined =>
  (SIDES as readonly string[]).includes(v) ? (v as Side) : undefined

export function HospitalLinks(props: {
  ids: readonly string[]
  insuredIn: InsuredIn
  careIn: CareIn
}) {
  const { t, i18n } = useTranslation('medical')
  const hospitals = usePackRecords('hospitals')
  const byId = new Map((hospitals ?? []).map((h) => [h.id, h]))
  const named = props.ids.flatMap((id) => byId.get(id) ?? [])
  const city = asSide(props.careIn)
  const home = asSide(props.insuredIn)
  const cityName = city && t(`answers.careIn.${city}`)
  return (
    <section className="medical-section" aria-labelledby="section-hospitals">
      <h3 id="section-hospitals">{t('sections.hospitals')}</h3>
      {named.length > 0 ? (
        <ul>
          {named.map((h) => (
            <li key={h.id}>
              <a href={hospitalsHref({ id: h.id })}>{pick(h.name, i18n.language)}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('result.noHospitals')}</p>
      )}
      {city && (
        <ul className="medical-links">
          {home && home !== city && (
            <li>
              <a href={hospitalsHref({ city, settle: home })}>
                {t('result.hospitalsSettling', {
                  city: cityName,
                  home: t(`answers.insuredIn.${home}`),
                })}
              </a>
            </li>
          )}
          <li>
            <a href={hospitalsHref({ city })}>{t('result.hospitalsIn', { city: cityName })}</a>
          </li>
        </ul>
      )}
    </section>
  )
}
