// Display helpers for the statistics screens; each takes the language so the report can be
// written in a language other than the UI's.
import { parseDate } from '@shared/calendar/dates'
import { formatFen } from '@shared/money/fen'

export type Lang = 'zh-CN' | 'en'

/** 135 → "2 h 15 min" / "2小时15分"; under an hour "45 min" / "45分钟". */
export function formatMinutes(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60)
  const m = Math.round(minutes % 60)
  if (lang === 'zh-CN') return h > 0 ? `${h}小时${m > 0 ? `${m}分` : ''}` : `${m}分钟`
  return h > 0 ? `${h} h${m > 0 ? ` ${m} min` : ''}` : `${m} min`
}

/** Hours with one decimal, for chart axes and totals: 135 → "2.3". */
export function formatHours(minutes: number): string {
  return (minutes / 60).toFixed(1)
}

export function formatDate(date: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const d = parseDate(date)
  return new Intl.DateTimeFormat(lang, {
    month: style === 'long' ? 'long' : 'numeric',
    day: 'numeric',
    ...(style === 'long' ? { year: 'numeric', weekday: 'short' } : {}),
  }).format(d)
}

/** "2024-03" → "2024年3月" / "March 2024"; short: "3月" / "Mar". */
export function formatMonth(month: string, lang: Lang, style: 'short' | 'long' = 'long'): string {
  const d = parseDate(`${month}-01`)
  return new Intl.DateTimeFormat(lang, {
    month: style === 'long' ? 'long' : 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(d)
}

export function formatRange(from: string, to: string, lang: Lang): string {
  if (from === to) return formatDate(from, lang, 'long')
  const sameYear = from.slice(0, 4) === to.slice(0, 4)
  const f = new Intl.DateTimeFormat(lang, {
    year: sameYear ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
  })
  const l = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' })
  return `${f.format(parseDate(from))} – ${l.format(parseDate(to))}`
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang).format(n)
}

/** A signed difference: "+¥12.00", "−3", "±0". */
export function formatDelta(diff: number, kind: 'fen' | 'count' | 'minutes', lang: Lang): string {
  if (diff === 0) return '±0'
  const sign = diff > 0 ? '+' : '−'
  const abs = Math.abs(diff)
  const body =
    kind === 'fen'
      ? formatFen(abs)
      : kind === 'minutes'
        ? formatMinutes(abs, lang)
        : formatCount(abs, lang)
  return `${sign}${body}`
}

/** What goes between two sentences: nothing after a Chinese full stop, a space in English. */
export function gap(lang: Lang): string {
  return lang === 'zh-CN' ? '' : ' '
}

export { formatFen }
