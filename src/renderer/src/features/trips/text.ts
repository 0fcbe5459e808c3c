// Display helpers for the trip log: translated messages (trips namespace, then common), time
// ranges and one-line summaries of legs.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Leg, Trip } from '@shared/trips/schema'

/** Translates a message key from the domain (validation.*, import.*): trips first, then common. */
export function useMessage(): (key: string, params?: Record<string, unknown>) => string {
  const { t } = useTranslation('trips')
  return useCallback((key, params) => t(key, { ns: ['trips', 'common'], ...params }), [t])
}

export function timeRange(t: Pick<Trip, 'departTime' | 'arriveTime'>): string {
  if (!t.departTime && !t.arriveTime) return ''
  return `${t.departTime ?? '?'}–${t.arriveTime ?? '?'}`
}

/** "高铁/动车 G7501 上海虹桥→嘉兴南" */
export function legSummary(tr: TFunction, l: Leg): string {
  const places = l.from || l.to ? `${l.from || '?'}→${l.to || '?'}` : ''
  return [tr(`trips:mode.${l.mode}`), l.line, places].filter(Boolean).join(' ')
}
