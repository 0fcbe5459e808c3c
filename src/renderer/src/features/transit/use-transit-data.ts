// Live reads of the service-pack tables the transit guide uses, in one query so every view sees
// the same pack, in display order. undefined while loading.
import { useLiveQuery } from 'dexie-react-hooks'
import { inDisplayOrder, type TransitData } from '@shared/transit'
import { getPackRecords } from '@renderer/db/pack-queries'

export function useTransitData(): TransitData | undefined {
  return useLiveQuery(async () => {
    const [
      sources,
      cardTypes,
      acceptance,
      stations,
      railLinks,
      busLines,
      plannedLines,
      places,
      fareRules,
    ] = await Promise.all([
      getPackRecords('sources'),
      getPackRecords('cardTypes'),
      getPackRecords('acceptance'),
      getPackRecords('stations'),
      getPackRecords('railLinks'),
      getPackRecords('busLines'),
      getPackRecords('plannedLines'),
      getPackRecords('places'),
      getPackRecords('fareRules'),
    ])
    return inDisplayOrder({
      sources,
      cardTypes,
      acceptance,
      stations,
      railLinks,
      busLines,
      plannedLines,
      places,
      fareRules,
    })
  }, [])
}
