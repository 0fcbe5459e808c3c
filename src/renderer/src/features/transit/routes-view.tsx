// Route options between home and work, built from pack records only. Each leg shows its mode,
// sourced minutes and fares, and which of my cards works on it; each route its total range.
// What the pack does not cover (getting to the station, changing) is said, never estimated.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserCard } from '@shared/cards/schema'
import { collectSourceIds, type Place } from '@shared/pack'
import { formatFen } from '@shared/money/fen'
import { today } from '@shared/calendar/dates'
import {
  matcherFor,
  packLegTarget,
  targetKey,
  type LegFigures,
  type RouteFigures,
} from '@shared/personal'
import {
  planRoutes,
  type CardOnLeg,
  type ClosedStation,
  type Endpoint,
  type Range,
  type RouteGap,
  type RouteLeg,
  type RouteOption,
  type TransitData,
} from '@shared/transit'
import { useSetting } from '@renderer/db/settings'
import { useRouteFigures } from '@renderer/db/personal'
import { useInteractive } from '@renderer/app/use-interactive'
import { hrefFor } from '@renderer/app/router'
import { FactMarks, MarksScope, SectionSources } from '@renderer/features/datapack/section-sources'
import { FactList } from '@renderer/features/datapack/fact-list'
import { FareList, MeasureList, StatusChip } from './sourced-values'
import { useCellDialog } from './cell-detail'
import { PlaceNotices } from './place-notices'
import { usePick } from '@renderer/ui/pack-text'
import { LegPersonal, PaidInstead, UsualWay } from './personal-figures'

type Direction = 'toWork' | 'toHome'

function useEndpointName(): (e: Endpoint) => string {
  const { t } = useTranslation('transit')
  const pick = usePick()
  return (e) =>
    e.kind === 'place'
      ? pick(e.place.name)
      : e.kind === 'station'
        ? t('routes.station', { name: pick(e.station.name) })
        : t('routes.changeFrom', { name: pick(e.line.name) })
}

function RangeText(props: { range: Range; format: (n: number) => string }) {
  const { min, max } = props.range
  return (
    <span className="num">
      {min === max ? props.format(min) : `${props.format(min)}–${props.format(max)}`}
    </span>
  )
}

/** My cards on a leg as chips; each opens the cell's detail. Conditions that apply (lost
 * discounts, limits) are shown for cards that work; an unknown's reasons are in its detail. */
function LegCards({ cards }: { cards: CardOnLeg[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const dialog = useCellDialog()
  if (cards.length === 0) {
    return (
      <span className="muted">
        {t('routes.noCards')}{' '}
        <a href={hrefFor('transit', { tab: 'cards' })}>{t('routes.addCards')}</a>
      </span>
    )
  }
  return (
    <>
      <ul className="transit-leg-cards">
        {cards.map((c) => {
          const label = (
            <>
              <StatusChip status={c.status} /> {c.card.nickname}
              {c.basis !== 'record' && (
                <span className="muted"> ({t(`routes.basis.${c.basis}`)})</span>
              )}
            </>
          )
          const cell = c.cell
          return (
            <li
              key={c.card.id}
              className={
                cell && cell.status !== 'unknown' && cell.conditions.length > 0
                  ? 'has-notes'
                  : undefined
              }
            >
              {cell ? (
                <button
                  type="button"
                  className="transit-card-chip"
                  aria-haspopup="dialog"
                  onClick={() =>
                    dialog.show({
                      title: c.card.nickname,
                      subtitle: c.cardType ? pick(c.cardType.name) : null,
                      cell,
                    })
                  }
                >
                  {label}
                </button>
              ) : (
                <span className="transit-card-chip">{label}</span>
              )}
              {cell && cell.status !== 'unknown' && cell.conditions.length > 0 && (
                <FactList facts={cell.conditions} className="facts-compact" />
              )}
            </li>
          )
        })}
      </ul>
      {dialog.element}
    </>
  )
}

function LegItem(props: { leg: RouteLeg; personal: LegFigures | null | undefined }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const name = useEndpointName()
  const { leg } = props
  const line = leg.railLink ? pick(leg.railLink.line) : leg.busLine ? pick(leg.busLine.name) : ''
  return (
    <li className="transit-leg">
      <div className="transit-leg-head">
        <span className="chip">{t(`modes.${leg.mode}`)}</span> <strong>{line}</strong>
        <FactMarks ids={leg.sourceIds} />
      </div>
      <p className="transit-leg-path">
        {name(leg.from)} → {name(leg.to)}
      </p>
      <dl className="transit-dl">
        <dt>{t('routes.minutes')}</dt>
        <dd>
          <MeasureList measures={leg.minuteFacts} unit="minutes" />
          {leg.kind === 'bus' && leg.minuteFacts.length > 0 && (
            <span className="muted"> · {t('routes.lineFigure')}</span>
          )}
        </dd>
        <dt>{t('routes.fare')}</dt>
        <dd>
          <FareList fares={leg.fares} rules={leg.fareRules} />
          {leg.fareFen === null && <PaidInstead figures={props.personal} />}
        </dd>
        {leg.railLink && leg.railLink.km.length > 0 && (
          // The distance is the only figure some links have (derived from a route-km table).
          <>
            <dt>{t('lines.km')}</dt>
            <dd>
              <MeasureList measures={leg.railLink.km} unit="km" />
            </dd>
          </>
        )}
        <dt>{t('routes.myCards')}</dt>
        <dd>
          <p className="muted transit-leg-system">
            {t('routes.cardSystem', { system: t(`systems.${leg.system}`) })}
          </p>
          <LegCards cards={leg.cards} />
        </dd>
      </dl>
      <LegPersonal figures={props.personal} />
      <FactList facts={leg.notes} />
    </li>
  )
}

/**
 * A piece no record covers. The first and last mile say why that station: it is in the place, a
 * source links the place to it (with that source), it is in the division above, or nothing in
 * the pack serves the place and it is one of its side's stations.
 */
function GapItem({ gap }: { gap: RouteGap }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const name = useEndpointName()
  if (gap.kind === 'transfer') {
    return <li className="transit-gap">{t('routes.gapTransfer', { at: name(gap.at) })}</li>
  }
  const values = {
    place: pick(gap.place.name),
    station: pick(gap.station.name),
    side: t(`places.side.${gap.place.side}`),
  }
  return (
    <li className={`transit-gap transit-gap-${gap.basis}`} data-testid={`gap-${gap.kind}`}>
      {t(`routes.gap.${gap.kind}.${gap.basis}`, values)}
      {gap.access && (
        <>
          {' '}
          {pick(gap.access.text)}
          <FactMarks ids={gap.access.sourceIds} />
        </>
      )}{' '}
      <strong>{t(gap.kind === 'access' ? 'routes.firstMile' : 'routes.lastMile')}</strong>
    </li>
  )
}

/** What a route card's one source line lists: every fact its legs and gaps show. */
function routeSourceIds(route: RouteOption): string[] {
  return collectSourceIds(
    route.gaps.map((g) => g.kind !== 'transfer' && g.access),
    route.legs.map((l) => [
      { sourceIds: l.sourceIds },
      l.minuteFacts,
      l.fares,
      l.fareRules,
      l.railLink?.km ?? [],
      l.notes,
      l.cards.map((c) => c.cell?.conditions ?? []),
    ]),
  )
}

function RouteCard(props: { route: RouteOption; n: number; personal: RouteFigures | null }) {
  const { t } = useTranslation('transit')
  const { route } = props
  const { total } = route
  const transfers = route.gaps.filter((g) => g.kind === 'transfer')
  const access = route.gaps.find((g) => g.kind === 'access')
  const egress = route.gaps.find((g) => g.kind === 'egress')
  const headingId = `transit-route-${props.n}`
  return (
    <MarksScope ids={routeSourceIds(route)}>
      <article className="card transit-route" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {t('routes.option', { n: props.n })}
          {t('colon')}
          {route.legs.map((l) => t(`modes.${l.mode}`)).join(' → ')}
        </h3>
        <dl className="transit-dl transit-route-total">
          <dt>{t('routes.totalMinutes')}</dt>
          <dd>
            {total.minutes ? (
              <RangeText range={total.minutes} format={(n) => t('units.minutes', { count: n })} />
            ) : (
              <span className="muted">{t('notSourced')}</span>
            )}
            {!total.minutesComplete && (
              <span className="warning transit-inline-warning">{t('routes.partial')}</span>
            )}
          </dd>
          <dt>{t('routes.totalFare')}</dt>
          <dd>
            {total.fareFen ? (
              <>
                <RangeText range={total.fareFen} format={formatFen} />{' '}
                <span className="chip status-conditional">{t('verify')}</span>
              </>
            ) : route.legs.some((l) => l.fareRules.length > 0) ? (
              <span className="muted">{t('routes.fareFloats')}</span>
            ) : (
              <span className="muted">{t('notSourced')}</span>
            )}
            {total.fareFen && !total.fareComplete && (
              <span className="warning transit-inline-warning">{t('routes.partial')}</span>
            )}
          </dd>
        </dl>
        {(!total.minutesComplete || !total.fareComplete) && (
          <p className="muted transit-hint">{t('routes.partialExplain')}</p>
        )}
        <ol className="transit-legs">
          {access && <GapItem gap={access} />}
          {route.legs.map((leg, i) => (
            <LegAndTransfer
              key={i}
              leg={leg}
              transfer={i > 0 ? transfers[i - 1] : undefined}
              personal={props.personal?.legs.get(targetKey(packLegTarget(leg)))}
            />
          ))}
          {egress && <GapItem gap={egress} />}
        </ol>
        <SectionSources ids={routeSourceIds(route)} />
      </article>
    </MarksScope>
  )
}

function LegAndTransfer(props: {
  leg: RouteLeg
  transfer: RouteGap | undefined
  personal: LegFigures | null | undefined
}) {
  return (
    <>
      {props.transfer && <GapItem gap={props.transfer} />}
      <LegItem leg={props.leg} personal={props.personal} />
    </>
  )
}

function ServedBy({ place, data }: { place: Place; data: TransitData }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const stations = data.stations.filter((s) => place.stationIds.includes(s.id))
  const lines = data.busLines.filter((l) => place.busLineIds.includes(l.id))
  return (
    <li>
      <strong>{pick(place.name)}</strong>
      {t('colon')}
      {stations.length + lines.length === 0
        ? t('routes.servedByNothing')
        : [
            ...stations.map((s) => t('routes.station', { name: pick(s.name) })),
            ...lines.map((l) => pick(l.name)),
          ].join(t('listSep'))}
      <FactMarks ids={place.sourceIds} />
    </li>
  )
}

/** Stations at either end that take no passengers today: said, with their dates. */
function ClosedNotice({ closed }: { closed: ClosedStation[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  if (closed.length === 0) return null
  return (
    <div className="warning" data-testid="routes-closed">
      {closed.map(({ station, closure }) => (
        <p key={station.id}>
          {t('routes.closed', {
            station: pick(station.name),
            from: closure.from,
            to: closure.to ?? '…',
          })}{' '}
          {pick(closure.text)}
          <FactMarks ids={closure.sourceIds} />
        </p>
      ))}
      <SectionSources ids={collectSourceIds(closed.map((c) => c.closure))} />
    </div>
  )
}

/** Routes shown before "show all": the rest rest on weaker grounds or repeat a leg. */
const FIRST_ROUTES = 4

export function RoutesView(props: { data: TransitData; cards: UserCard[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const homeId = useSetting('homePlaceId')
  const workId = useSetting('workPlaceId')
  const [direction, setDirection] = useState<Direction>('toWork')
  const [showAll, setShowAll] = useState(false)
  const toWork = direction === 'toWork'
  const plan =
    homeId === undefined || workId === undefined
      ? null
      : planRoutes({
          data: props.data,
          homePlaceId: toWork ? homeId : workId,
          workPlaceId: toWork ? workId : homeId,
          cards: props.cards,
        })
  const matcher = useMemo(() => matcherFor(props.data), [props.data])
  // The whole log may be read: only once the screen is up.
  const interactive = useInteractive()
  const personal = useRouteFigures(
    interactive && plan
      ? {
          matcher,
          direction,
          legs: plan.status === 'ok' ? plan.routes.flatMap((r) => r.legs.map(packLegTarget)) : [],
          today: today(),
        }
      : null,
  )
  if (!plan) return null
  const settingsLink = <a href={hrefFor('settings')}>{t('routes.setPlaces')}</a>

  return (
    <section aria-labelledby="transit-routes-title">
      <div className="transit-section-head">
        <h2 id="transit-routes-title">{t('routes.title')}</h2>
        <div className="segmented" role="group" aria-label={t('routes.direction')}>
          {(['toWork', 'toHome'] as const).map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={direction === d}
              onClick={() => setDirection(d)}
            >
              {t(`routes.${d}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">{t('routes.intro')}</p>
      <PlaceNotices places={props.data.places} />
      {/* An empty log is explained once, above the tabs (commute-strip.tsx). */}
      {personal && <UsualWay figures={personal} />}
      {plan.status === 'unset' && (
        <p className="notice" data-testid="routes-unset">
          {t('routes.unset')} {settingsLink}
        </p>
      )}
      {plan.status === 'placeGone' && (
        <p className="warning">
          {t('routes.placeGone')} {settingsLink}
        </p>
      )}
      {plan.status === 'samePlace' && (
        <p className="notice">
          {t('routes.samePlace', { place: pick(plan.home.name) })} {settingsLink}
        </p>
      )}
      {plan.status === 'ok' && (
        <>
          <p className="transit-route-ends">
            <strong>{pick(plan.home.name)}</strong> → <strong>{pick(plan.work.name)}</strong>{' '}
            <span className="muted">
              ({t('routes.count', { count: plan.routes.length })} · {settingsLink})
            </span>
          </p>
          <ClosedNotice closed={plan.closed} />
          {plan.routes.length === 0 ? (
            <div className="notice" data-testid="routes-none">
              <p>{t('routes.none')}</p>
              <ul>
                <ServedBy place={plan.home} data={props.data} />
                <ServedBy place={plan.work} data={props.data} />
              </ul>
              <SectionSources ids={[...plan.home.sourceIds, ...plan.work.sourceIds]} />
              <p>
                <a href={hrefFor('transit', { tab: 'buses' })}>{t('routes.seeBuses')}</a>
              </p>
            </div>
          ) : (
            <>
              {(showAll ? plan.routes : plan.routes.slice(0, FIRST_ROUTES)).map((route, i) => (
                <RouteCard key={route.id} route={route} n={i + 1} personal={personal} />
              ))}
              {!showAll && plan.routes.length > FIRST_ROUTES && (
                <button type="button" onClick={() => setShowAll(true)}>
                  {t('routes.showAll', { count: plan.routes.length - FIRST_ROUTES })}
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  )
}
