// The user's own figures as every screen shows them: in a box of their own colour, labelled
// "from your N trips" with the window they came from, and never with a source badge — they are
// not sourced facts and are never mixed into them (DESIGN.md, "Two kinds of knowledge").
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/money/fen'
import { formatMinutes } from './format'
import type {
  DateWindow,
  FareHistory,
  LeaveBy,
  LegFigures,
  Spread,
  Weekday,
} from '@shared/personal'
import { Icon } from './icon'
import './personal.css'

/** "2025-03-03" → "2025-03": a fare's dates are said to the month, as the issue asks. */
const month = (date: string) => date.slice(0, 7)

/** "from your 12 trips · last 180 days (2025-03-05 – 2025-08-31)". */
export function PersonalLabel(props: { n: number; window: DateWindow | null | undefined }) {
  const { t } = useTranslation()
  return (
    <span className="personal-label">
      <Icon name="personal" size={16} />
      {t('personal.from', { count: props.n })}
      {props.window !== undefined && (
        <span className="muted">
          {' · '}
          {props.window
            ? t('personal.windowRecent', { from: props.window.from, to: props.window.to })
            : t('personal.windowAll')}
        </span>
      )}
    </span>
  )
}

/** A box of the user's own figures. */
export function Personal(props: {
  n: number
  window?: DateWindow | null
  children: ReactNode
  testId?: string
  className?: string
}) {
  return (
    <div
      className={`personal${props.className ? ` ${props.className}` : ''}`}
      data-testid={props.testId}
    >
      <PersonalLabel n={props.n} window={props.window} />
      {props.children}
    </div>
  )
}

export function useMinutes(): (n: number) => string {
  const { t } = useTranslation()
  return (n) => formatMinutes(t, n)
}

/** Median and p90, or the trips themselves when there are fewer than three. */
export function SpreadText({ spread }: { spread: Spread }) {
  const { t } = useTranslation()
  const minutes = useMinutes()
  if (spread.kind === 'few') {
    return (
      <span className="personal-value">
        {t('personal.fewTrips', {
          list: spread.samples
            .map((s) => t('personal.fewItem', { value: minutes(s.value), date: s.date }))
            .join(t('personal.listSep')),
        })}
      </span>
    )
  }
  return (
    <span className="personal-value">
      {t('personal.spread', { median: minutes(spread.median), p90: minutes(spread.p90) })}
    </span>
  )
}

/** "¥31.50 since 2025-03, ¥29.50 before". */
export function FareText({ fare }: { fare: FareHistory }) {
  const { t } = useTranslation()
  const { usual, before, after } = fare
  const main = after
    ? t('personal.fareRange', {
        fare: formatFen(usual.fen),
        from: month(usual.from),
        to: month(usual.to),
      })
    : before
      ? t('personal.fareSince', { fare: formatFen(usual.fen), from: month(usual.from) })
      : formatFen(usual.fen)
  const parts = [main]
  if (before) parts.push(t('personal.fareBefore', { fare: formatFen(before.fen) }))
  if (after)
    parts.push(t('personal.fareAfter', { fare: formatFen(after.fen), from: month(after.from) }))
  return <span className="personal-value">{parts.join(t('personal.listSep'))}</span>
}

/** A leg's own figures: minutes and what was paid. */
export function LegFiguresText({ figures }: { figures: LegFigures }) {
  const { t } = useTranslation()
  return (
    <>
      <p>
        {t('personal.legMinutes')}
        {figures.minutes ? <SpreadText spread={figures.minutes} /> : t('personal.noMinutes')}
      </p>
      {figures.fare && (
        <p>
          {t('personal.legFare')}
          <FareText fare={figures.fare} />
        </p>
      )}
    </>
  )
}

export function useWeekdayName(): (d: Weekday) => string {
  const { t } = useTranslation()
  return (d) => t(`personal.weekday.${d}`)
}

/** "Leave by 07:52" and on how many of the trips that would have been in time. */
export function LeaveByText({ leaveBy }: { leaveBy: LeaveBy }) {
  const { t } = useTranslation()
  const weekday = useWeekdayName()
  const basis =
    leaveBy.basis === 'allDays'
      ? t('personal.basisAll')
      : t('personal.basisWeekday', { day: weekday(leaveBy.basis) })
  // Few trips fall back to all days (a weekday counts only with five), whose trips are listed
  // just above as door to door: not again here.
  if (leaveBy.kind === 'few')
    return <p>{t('personal.leaveNeedsThree', { target: leaveBy.target })}</p>
  return (
    <>
      <p className="personal-leave" data-testid="leave-by">
        {leaveBy.daysBefore > 0
          ? t('personal.leaveByDayBefore', { time: leaveBy.time })
          : t('personal.leaveBy', { time: leaveBy.time })}
      </p>
      <p>
        {t('personal.leaveWhy', {
          target: leaveBy.target,
          p90: formatMinutes(t, leaveBy.p90),
          basis,
        })}{' '}
        {t('personal.onTime', { onTime: leaveBy.onTime, of: leaveBy.of, target: leaveBy.target })}
      </p>
    </>
  )
}
