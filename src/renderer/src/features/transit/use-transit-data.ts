// Live reads of the service-pack tables the transit guide uses, in one query so every view sees
// the same pack, in display order. undefined while loading.
import { useLiveQuery } from 'dexie-react-hooks'
import { inDisplayOrder, type TransitData } from '@shared/transit'
import { getPackRecords } from '@renderer/db/pack-queries'

const SECTIONS = [
  'sources',
  'cardTypes',
  'acceptance',
  'stations',
  'railLinks',
  'busLines',
  'plannedLines',
  'places',
  'fareRules',
] as const satisfies readonly (keyof TransitData)[]

export function useTransitData(): TransitData | undefined {
  return useLiveQuery(async () => {
    const rows = await Promise.all(SECTIONS.map((s) => getPackRecords(s)))
    return inDisplayOrder(
      Object.fromEntries(SECTIONS.map((s, i) => [s, rows[i]])) as unknown as TransitData,
    )
  }, [])
}
