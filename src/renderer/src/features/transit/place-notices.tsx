// "Your saved home was 上海虹桥站; it is now 闵行区": a pack update that moved a saved place says
// so where the user looks (Settings and the routes), until dismissed or a new place is chosen.
import { useTranslation } from 'react-i18next'
import type { Place } from '@shared/pack'
import { useSetting } from '@renderer/db/settings'
import { dismissPlaceNotice } from '@renderer/db/places'
import { usePick } from '@renderer/ui/pack-text'

export function PlaceNotices({ places }: { places: readonly Place[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const notices = useSetting('placeNotices')
  // A value that is not a list (a hand-edited database) shows nothing rather than failing.
  if (!Array.isArray(notices) || notices.length === 0) return null
  const name = (id: string) => {
    const p = places.find((x) => x.id === id)
    return p ? pick(p.name) : id
  }
  return (
    <div className="notice place-notices" role="status" data-testid="place-notices">
      {notices.map((n) => (
        <p key={n.role}>
          {t('places.moved', {
            role: t(`places.roleName.${n.role}`),
            from: pick(n.from),
            to: name(n.toId),
          })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void dismissPlaceNotice(n.role)}
          >
            {t('places.movedOk')}
          </button>
        </p>
      ))}
    </div>
  )
}
