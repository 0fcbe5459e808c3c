// The user's own figures on the route screen: "Your usual way" before the pack's options, and on
// each pack leg the user has travelled, their own minutes and fares beside the sourced ones.
// Computed from the log (src/shared/personal); shown in the personal style, never as facts.
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/money/fen'
import type { LegFigures, RouteFigures } from '@shared/personal'
import { hrefFor } from '@renderer/app/router'
import { Icon } from '@renderer/ui/icon'
import { LeaveByText, LegFiguresText, Personal, SpreadText } from '@renderer/ui/personal'

/** What logging a few trips gives, for a log with nothing to show yet. */
export function EmptyLogHint() {
  const { t } = useTranslation('transit')
  return (
    <p className="notice" data-testid="personal-empty">
      {t('personal.empty')} <a href={hrefFor('trips')}>{t('personal.logTrips')}</a>
    </p>
  )
}

export function SetTargetHint() {
  const { t } = useTranslation('transit')
  return (
    <p className="muted">
      {t('personal.noTarget')} <a href={hrefFor('settings')}>{t('personal.setTarget')}</a>
    </p>
  )
}

/** A pack leg the user has travelled: their figures, under the sourced ones. */
export function LegPersonal({ figures }: { figures: LegFigures | null | undefined }) {
  if (!figures) return null
  return (
    <Personal n={figures.n} window={figures.window} testId="leg-personal">
      <LegFiguresText figures={figures} />
    </Personal>
  )
}

/** Where no current fare is sourced: the fare the user paid, labelled as theirs. */
export function PaidInstead({ figures }: { figures: LegFigures | null | undefined }) {
  const { t } = useTranslation('transit')
  if (!figures?.fare) return null
  return (
    <p className="personal-inline" data-testid="what-you-paid">
      <Icon name="personal" size={16} />
      {t('personal.whatYouPaid', { count: figures.fare.n })}
      {t('colon')}
      <strong className="personal-value">{formatFen(figures.fare.usual.fen)}</strong>
    </p>
  )
}

export function UsualWay({ figures }: { figures: RouteFigures }) {
  const { t } = useTranslation('transit')
  const { usual, door, leaveBy } = figures
  if (!usual && !door) return null
  return (
    <article
      className="card transit-usual"
      aria-labelledby="transit-usual-title"
      data-testid="usual-way"
    >
      <h3 id="transit-usual-title">{t('personal.usualTitle')}</h3>
      {usual && (
        <>
          <p className="muted">
            {usual.way.trips > 0
              ? t('personal.usualTrips', { trips: usual.way.trips, of: usual.way.of })
              : t('personal.usualTemplateOnly', { name: usual.way.template?.name ?? '' })}
            {usual.way.template && usual.way.trips > 0 && (
              <> {t('personal.usualSaved', { name: usual.way.template.name })}</>
            )}
            {usual.way.otherWays > 0 && (
              <> {t('personal.usualOther', { count: usual.way.otherWays })}</>
            )}
          </p>
          <ol className="transit-legs">
            {usual.way.legs.map((leg, i) => {
              const f = usual.legs[i]
              return (
                <li key={i} className="transit-leg">
                  <div className="transit-leg-head">
                    <span className="chip">{t(`mode.${leg.mode}`)}</span>{' '}
                    <strong>{leg.line}</strong>
                  </div>
                  <p className="transit-leg-path">
                    {leg.from || '—'} → {leg.to || '—'}
                  </p>
                  {f ? (
                    <LegPersonal figures={f} />
                  ) : (
                    <p className="muted">
                      {leg.from && leg.to ? t('personal.legNotLogged') : t('personal.noStops')}
                    </p>
                  )}
                </li>
              )
            })}
          </ol>
        </>
      )}
      {door && (
        <Personal n={door.samples.length} window={door.window} testId="door-to-door">
          <p>
            <strong>{t('personal.doorTitle')}</strong>
            {t('colon')}
            <SpreadText spread={door.all} />
          </p>
          {leaveBy ? <LeaveByText leaveBy={leaveBy} /> : <SetTargetHint />}
        </Personal>
      )}
      {!door && <p className="muted">{t('personal.noTimes')}</p>}
    </article>
  )
}
