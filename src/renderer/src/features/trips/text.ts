// Display helpers for the trip log: translated messages (trips namespace, then common), fares,
// durations, dates and one-line summaries of legs.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { parseDate } from '@shared/calendar/dates'
import type { Leg, Trip } from '@shared/trips/schema'

/** Translates a message key from the domain (validation.*, import.*): trips first, then common. */
export function useMessage(): (key: string, params?: Record<string, unknown>) => string {
  const { t } = useTranslation('trips')
  return useCallback((key, params) => t(key, { ns: ['trips', 'common'], ...params }), [t])
}

export function formatDuration(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return t('trips:duration.m', { m })
  return m === 0 ? t('trips:duration.h', { h }) : t('trips:duration.hm', { h, m })
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** "2025年10月9日 周四" / "Thu, Oct 9, 2025". */
export function formatDay(date: string, lang: string): string {
  let f = dayFormats.get(lang)
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
    })
    dayFormats.set(lang, f)
  }
  return f.format(parseDate(date))
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
