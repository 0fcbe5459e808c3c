// How the app writes durations, dates, times and counts for the user: one formatter for each, so
// every screen says them the same way. Each takes the language (or a `t` bound to it), so a
// report can be written in another language than the interface's. Money is formatFen's
// (@shared/money/fen); its minus sign ('-', as Intl writes negative numbers) is the app's one.
import type { TFunction } from 'i18next'
import { parseDate } from '@shared/calendar/dates'
import { formatFen } from '@shared/money/fen'

export type Lang = 'zh-CN' | 'en'

/** The interface language as one the app writes (anything Chinese is zh-CN). */
export function langOf(language: string): Lang {
  return language.startsWith('zh') ? 'zh-CN' : 'en'
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** Intl formatters are costly to build: one per language and style. */
function dateFormat(lang: Lang, style: string, options: Intl.DateTimeFormatOptions) {
  const key = `${lang}|${style}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(lang, options)
    formats.set(key, f)
  }
  return f
}

/**
 * Whole minutes, however many: 88 → "88 分钟" / "88 min". For figures read against each other in
 * one unit (a median beside its 90th percentile, histogram bins); a single duration is
 * formatDuration's.
 */
export function formatMinutes(t: TFunction, minutes: number): string {
  return t('common:duration.m', { m: Math.round(minutes) })
}

/** 135 → "2 小时 15 分" / "2 h 15 min"; 45 → "45 分钟" / "45 min" (common:duration.*). */
export function formatDuration(t: TFunction, minutes: number): string {
  const total = Math.round(minutes)
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h === 0) return formatMinutes(t, m)
  return m === 0 ? t('common:duration.h', { h }) : t('common:duration.hm', { h, m })
}

/** Hours with one decimal, for chart axes and totals: 135 → "2.3". */
export function formatHours(minutes: number): string {
  return (minutes / 60).toFixed(1)
}

/**
 * A calendar date (yyyy-MM-dd). short: "3月4日" / "3/4"; long: "2024年3月4日周一" /
 * "Mon, Mar 4, 2024".
 */
export function formatDate(date: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const f =
    style === 'long'
      ? dateFormat(lang, 'long', {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          weekday: 'short',
        })
      : dateFormat(lang, 'short', { month: 'numeric', day: 'numeric' })
  return f.format(parseDate(date))
}

/**
 * A moment (ISO string or epoch ms) with its time: "2026年11月26日 09:30" / "Nov 26, 2026, 9:30 AM";
 * with seconds where they tell two moments apart (the last sync).
 */
export function formatDateTime(at: string | number, lang: Lang, seconds = false): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return String(at)
  const style = seconds ? 'dateTimeSeconds' : 'dateTime'
  return dateFormat(lang, style, {
    dateStyle: 'medium',
    timeStyle: seconds ? 'medium' : 'short',
  }).format(d)
}

/** "2024-03" → "2024年3月" / "March 2024"; short: "3月" / "Mar". */
export function formatMonth(month: string, lang: Lang, style: 'short' | 'long' = 'long'): string {
  const f =
    style === 'long'
      ? dateFormat(lang, 'month', { year: 'numeric', month: 'long' })
      : dateFormat(lang, 'monthShort', { month: 'short' })
  return f.format(parseDate(`${month}-01`))
}

/** "2024年3月1日 – 2024年3月31日", the first year left out when both share it. */
export function formatRange(from: string, to: string, lang: Lang): string {
  if (from === to) return formatDate(from, lang, 'long')
  const sameYear = from.slice(0, 4) === to.slice(0, 4)
  const first = sameYear
    ? dateFormat(lang, 'rangeStart', { month: 'short', day: 'numeric' })
    : dateFormat(lang, 'rangeEnd', { year: 'numeric', month: 'short', day: 'numeric' })
  const last = dateFormat(lang, 'rangeEnd', { year: 'numeric', month: 'short', day: 'numeric' })
  return `${first.format(parseDate(from))} – ${last.format(parseDate(to))}`
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang).format(n)
}

/** A signed difference, its size written by `format`: "+¥12.00", "-3", "±0". */
export function formatDelta(diff: number, format: (size: number) => string): string {
  if (diff === 0) return '±0'
  return `${diff > 0 ? '+' : '-'}${format(Math.abs(diff))}`
}

/** A chart axis in whole yuan: 12345 fen → "¥123", -500 → "-¥5" (formatFen's sign). */
export function formatYuanAxis(fen: number): string {
  const yuan = Math.round(Math.abs(fen) / 100)
  return `${fen < 0 && yuan > 0 ? '-' : ''}¥${yuan}`
}

/** What goes between two sentences: nothing after a Chinese full stop, a space in English. */
export function gap(lang: Lang): string {
  return lang === 'zh-CN' ? '' : ' '
}

export { formatFen }
