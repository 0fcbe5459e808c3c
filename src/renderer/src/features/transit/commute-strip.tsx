// The home screen's answer to "when must I leave?": for each direction, leave-by from the
// user's own door-to-door times and their target arrival time (Settings), or what is missing.
import { useTranslation } from 'react-i18next'
import { today } from '@shared/calendar/dates'
import type { DoorFigures } from '@shared/personal'
import { useCommuteFigures } from '@renderer/db/personal'
import { useInteractive } from '@renderer/app/use-interactive'
import { LeaveByText, Personal, SpreadText } from '@renderer/ui/personal'
import { EmptyLogHint, SetTargetHint } from './personal-figures'

function Direction(props: { direction: 'toWork' | 'toHome'; figures: DoorFigures }) {
  const { t } = useTranslation('transit')
  const { door, leaveBy } = props.figures
  if (!door) return null
  return (
    <Personal
      n={door.samples.length}
      window={door.window}
      testId={`commute-${props.direction}`}
      className="transit-strip-item"
    >
      <p>
        <strong>{t(`routes.${props.direction}`)}</strong>
        {t('colon')}
        {t('personal.doorTitle')} <SpreadText spread={door.all} />
      </p>
      {leaveBy ? (
        <LeaveByText leaveBy={leaveBy} />
      ) : (
        props.direction === 'toWork' && <SetTargetHint />
      )}
    </Personal>
  )
}

export function CommuteStrip() {
  const { t } = useTranslation('transit')
  // The whole log may be read: only once the screen is up.
  const figures = useCommuteFigures(useInteractive() ? today() : null)
  if (!figures) return null
  const { toWork, toHome } = figures
  return (
    <section className="transit-strip" aria-labelledby="transit-strip-title">
      <h2 id="transit-strip-title" className="visually-hidden">
        {t('personal.stripTitle')}
      </h2>
      {!toWork.door && !toHome.door ? (
        <EmptyLogHint />
      ) : (
        <div className="transit-strip-items">
          <Direction direction="toWork" figures={toWork} />
          <Direction direction="toHome" figures={toHome} />
        </div>
      )}
    </section>
  )
}
