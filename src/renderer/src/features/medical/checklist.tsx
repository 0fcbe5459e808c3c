// A ticked list of documents or steps: each item's box, its text in the interface language and
// its sources. The saved checklist, a visit's documents and the visit form's documents use it.
import type { ReactNode } from 'react'
import type { Text } from '@shared/pack'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { usePick } from '@renderer/ui/pack-text'

export interface CheckItem {
  id: string
  text: Text
  done: boolean
  sourceIds: readonly string[]
}

export function Checklist<I extends CheckItem>(props: {
  items: readonly I[]
  onToggle: (id: string, done: boolean) => void
  /** More controls after an item (the form's "remove"). */
  extra?: (item: I) => ReactNode
}) {
  const pick = usePick()
  return (
    <ul className="medical-checklist">
      {props.items.map((item) => (
        <li key={item.id}>
          <label>
            <input
              type="checkbox"
              checked={item.done}
              onChange={(e) => props.onToggle(item.id, e.target.checked)}
            />{' '}
            {pick(item.text)}
          </label>{' '}
          {item.sourceIds.length > 0 && <SourceBadge ids={item.sourceIds} />}
          {props.extra?.(item)}
        </li>
      ))}
    </ul>
  )
}
