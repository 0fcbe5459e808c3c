// From/to and line suggestions: what the user typed lately first, then the service pack's station
// names (the stations table is empty until a pack is installed).
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '@renderer/db/db'
import { recentPlaces } from '@renderer/db/trips'

interface StationName {
  name?: { zh?: string; en?: string }
}

export interface Suggestions {
  places: string[]
  lines: string[]
}

const EMPTY: Suggestions = { places: [], lines: [] }

export function useSuggestions(lang: string): Suggestions {
  return (
    useLiveQuery(async () => {
      const [recent, stations] = await Promise.all([recentPlaces(), db.stations.toArray()])
      const places = [...recent.places]
      const seen = new Set(places)
      for (const s of stations as StationName[]) {
        for (const n of [s.name?.zh, lang === 'en' ? s.name?.en : undefined]) {
          if (n && !seen.has(n)) {
            seen.add(n)
            places.push(n)
          }
        }
      }
      return { places, lines: recent.lines }
    }, [lang]) ?? EMPTY
  )
}
