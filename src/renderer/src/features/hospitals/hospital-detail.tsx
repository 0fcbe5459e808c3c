// One hospital: names, grade, campuses (only where sourced), every partnership, settlement, and
// the user's favourite and note. Whatever the sources do not give is said to be unknown. Each
// section lists its sources once, at its end; grades that disagree each name their source.
import { useTranslation } from 'react-i18next'
import { INSURED, type Directory, type DirectoryEntry, type Insured } from '@shared/hospitals'
import { collectSourceIds, type Partnership } from '@shared/pack'
import type { HospitalNote } from '@renderer/db/db'
import { Page } from '@renderer/ui/page'
import { FactMarks, MarksScope, SectionSources } from '@renderer/features/datapack/section-sources'
import { hospitalsHref, type HospitalsParams } from './params'
import type { DirectoryData } from './use-directory'
import { FactList } from '@renderer/features/datapack/fact-list'
import { NoteEditor } from './note-editor'
import { pick } from '@renderer/ui/pack-text'

function BackLink({ params }: { params: HospitalsParams }) {
  const { t } = useTranslation('hospitals')
  return (
    <a className="button" href={hospitalsHref({ ...params, id: undefined })}>
      ← {t('detail.back')}
    </a>
  )
}

function Unknown() {
  const { t } = useTranslation('hospitals')
  return <span className="muted unknown">{t('detail.unknown')}</span>
}

/** The other side of a partnership from this hospital: a link when the pack names it. */
function Counterpart(props: { p: Partnership; selfId: string; directory: Directory }) {
  const { t, i18n } = useTranslation('hospitals')
  const { p, selfId, directory } = props
  const selfIsHost = p.hospitalId === selfId
  const otherId = selfIsHost ? p.partnerId : p.hospitalId
  const other = otherId ? directory.byId.get(otherId)?.hospital : undefined
  return (
    <div className="kv">
      <dt>{t(selfIsHost ? 'partnership.with' : 'partnership.host')}</dt>
      <dd>
        {other ? (
          <a href={hospitalsHref({ id: other.id })}>{pick(other.name, i18n.language)}</a>
        ) : (
          pick(p.parties, i18n.language)
        )}
        {other && <span className="muted"> — {pick(p.parties, i18n.language)}</span>}
      </dd>
    </div>
  )
}

function PartnershipCard(props: { p: Partnership; selfId: string; directory: Directory }) {
  const { t, i18n } = useTranslation('hospitals')
  const { p } = props
  const lang = i18n.language
  return (
    <MarksScope ids={collectSourceIds(p)}>
      <article className="partnership" data-partnership-id={p.id}>
        <h3>
          {pick(p.programme, lang)}{' '}
          <span
            className={`chip ${p.status === 'reported' ? 'status-works' : 'status-conditional'}`}
          >
            {t(`partnership.status.${p.status}`)}
          </span>
        </h3>
        <dl>
          <Counterpart {...props} />
          <div className="kv">
            <dt>{t('partnership.since')}</dt>
            <dd>
              <FactList facts={p.since} sayWhenEmpty />
            </dd>
          </div>
          <div className="kv">
            <dt>{t('partnership.departments')}</dt>
            <dd>
              <FactList facts={p.departments} sayWhenEmpty />
            </dd>
          </div>
          {p.settlement.length > 0 && (
            <div className="kv">
              <dt>{t('partnership.settlement')}</dt>
              <dd>
                <FactList facts={p.settlement} sayWhenEmpty />
              </dd>
            </div>
          )}
          {p.facts.length > 0 && (
            <div className="kv">
              <dt>{t('partnership.facts')}</dt>
              <dd>
                <FactList facts={p.facts} sayWhenEmpty />
              </dd>
            </div>
          )}
        </dl>
        <SectionSources ids={collectSourceIds(p)} medical={p.settlement.length > 0} />
      </article>
    </MarksScope>
  )
}

function Settlement({ entry }: { entry: DirectoryEntry }) {
  const { t, i18n } = useTranslation('hospitals')
  const lang = i18n.language
  const ids = collectSourceIds(
    INSURED.map((i) => entry.direct[i]),
    entry.hospital.settlement,
  )
  const who = (i: Insured) =>
    t(i === 'shanghai' ? 'filters.settleShanghai' : 'filters.settleJiaxing')
  return (
    <MarksScope ids={ids}>
      <section className="card" aria-labelledby="detail-settlement">
        <h2 id="detail-settlement">{t('detail.settlement')}</h2>
        <ul className="facts settlement">
          {INSURED.map((i) => {
            const rules = entry.direct[i]
            return (
              <li key={i} data-testid={`settle-${i}`}>
                <strong>{t('detail.settlementFor', { who: who(i) })}</strong>
                {rules.length === 0 ? (
                  <span className="chip status-unknown">{t('detail.directUnknown')}</span>
                ) : (
                  <>
                    <span className="chip status-works">{t('detail.directReported')}</span>
                    <ul className="facts">
                      {rules.map((r) => (
                        <li key={r.id} className="fact">
                          {pick(r.statement, lang)}
                          <FactMarks ids={r.sourceIds} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            )
          })}
        </ul>
        {entry.hospital.settlement.length > 0 && (
          <>
            <h3>{t('detail.settlementFacts')}</h3>
            <FactList facts={entry.hospital.settlement} sayWhenEmpty />
          </>
        )}
        <SectionSources ids={ids} medical />
        <p className="notice small">{t('detail.confirm')}</p>
      </section>
    </MarksScope>
  )
}

function NotFound(props: { id: string; params: HospitalsParams; note: HospitalNote | undefined }) {
  const { t } = useTranslation('hospitals')
  return (
    <Page
      title={t('notes.orphanName', { id: props.id })}
      actions={<BackLink params={props.params} />}
    >
      <p className="notice">{t('detail.notFound')}</p>
      {props.note && (
        <section className="card" aria-labelledby="detail-notes">
          <h2 id="detail-notes">
            {t('notes.title')}{' '}
            <span className="chip status-unknown">{t('notes.noLongerInData')}</span>
          </h2>
          <NoteEditor hospitalId={props.id} name={props.id} note={props.note} />
        </section>
      )}
    </Page>
  )
}

export function HospitalDetail(props: {
  id: string
  params: HospitalsParams
  data: DirectoryData
  notes: Map<string, HospitalNote>
}) {
  const { t, i18n } = useTranslation('hospitals')
  const lang = i18n.language
  const { directory } = props.data
  const entry = directory.byId.get(props.id)
  const note = props.notes.get(props.id)
  if (!entry) return <NotFound id={props.id} params={props.params} note={note} />
  const h = entry.hospital
  const name = pick(h.name, lang)
  const otherName = lang.startsWith('zh') ? h.name.en : h.name.zh
  const nameIds = collectSourceIds({ sourceIds: h.sourceIds }, h.level)
  const campusIds = collectSourceIds(h.campuses)
  const factIds = collectSourceIds(h.facts)

  return (
    <Page title={name} description={otherName} actions={<BackLink params={props.params} />}>
      <div className="hospital-detail">
        <MarksScope ids={nameIds}>
          <section className="card" aria-labelledby="detail-names">
            <h2 id="detail-names">{t('detail.names')}</h2>
            <dl className="kv-list">
              <div className="kv">
                <dt>{t('detail.nameZh')}</dt>
                <dd>{h.name.zh}</dd>
              </div>
              <div className="kv">
                <dt>{t('detail.nameEn')}</dt>
                <dd>{h.name.en}</dd>
              </div>
              <div className="kv">
                <dt>{t('detail.aliases')}</dt>
                <dd>{h.aliases.length > 0 ? h.aliases.join('、') : t('detail.none')}</dd>
              </div>
              <div className="kv">
                <dt>{t('detail.city')}</dt>
                <dd>{t(`city.${h.city}`)}</dd>
              </div>
              <div className="kv">
                <dt>{t('detail.district')}</dt>
                <dd>{h.district ? pick(h.district, lang) : <Unknown />}</dd>
              </div>
              <div className="kv">
                <dt>{t('detail.level')}</dt>
                <dd>
                  {h.level.length > 0 ? (
                    h.level.map((l, i) => (
                      <span key={i} className="detail-claim">
                        {t(`levels.${l.value}`, { defaultValue: l.value })}
                        {l.note && <span className="muted"> ({pick(l.note, lang)})</span>}
                        <FactMarks ids={l.sourceIds} cite={h.level.length > 1} />
                      </span>
                    ))
                  ) : (
                    <Unknown />
                  )}
                </dd>
              </div>
            </dl>
            <SectionSources ids={nameIds} />
          </section>
        </MarksScope>

        <section className="card" aria-labelledby="detail-notes">
          <h2 id="detail-notes">{t('notes.title')}</h2>
          <NoteEditor hospitalId={h.id} name={name} note={note} />
        </section>

        <MarksScope ids={campusIds}>
          <section className="card" aria-labelledby="detail-campuses">
            <h2 id="detail-campuses">{t('detail.campuses')}</h2>
            {h.campuses.length === 0 ? (
              <p className="muted unknown">{t('detail.unknown')}</p>
            ) : (
              <ul className="facts">
                {h.campuses.map((c, i) => (
                  <li key={i} className="fact">
                    <strong>{pick(c.name, lang)}</strong>
                    {c.district && <> · {pick(c.district, lang)}</>}
                    {c.address && (
                      <>
                        : <span translate="no">{c.address}</span>
                      </>
                    )}
                    <FactMarks ids={c.sourceIds} />
                  </li>
                ))}
              </ul>
            )}
            <SectionSources ids={campusIds} />
          </section>
        </MarksScope>

        <section className="card detail-wide" aria-labelledby="detail-partnerships">
          <h2 id="detail-partnerships">{t('detail.partnerships')}</h2>
          {entry.partnerships.length === 0 ? (
            <p className="muted unknown">{t('detail.unknown')}</p>
          ) : (
            entry.partnerships.map((p) => (
              <PartnershipCard key={p.id} p={p} selfId={h.id} directory={directory} />
            ))
          )}
        </section>

        <Settlement entry={entry} />

        <section className="card" aria-labelledby="detail-facts">
          <h2 id="detail-facts">{t('detail.facts')}</h2>
          <MarksScope ids={factIds}>
            <FactList facts={h.facts} sayWhenEmpty />
          </MarksScope>
          <SectionSources ids={factIds} />
        </section>
      </div>
    </Page>
  )
}
