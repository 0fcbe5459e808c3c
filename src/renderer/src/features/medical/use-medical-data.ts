// Live reads of the user's filings and visits; undefined while loading. Pack tables are read
// with usePackRecords (db/pack-queries).
import { useLiveQuery } from 'dexie-react-hooks'
import type { Filing, Visit } from '@shared/medical/schema'
import { listFilings, listVisits } from '@renderer/db/medical'

export function useFilings(): Filing[] | undefined {
  return useLiveQuery(() => listFilings(), [])
}

export function useVisits(): Visit[] | undefined {
  return useLiveQuery(() => listVisits(), [])
}
