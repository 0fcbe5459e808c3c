// The app's one way to write durations and dates: the same minutes read the same on every screen,
// in both languages, from the shipped strings.
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import en from '@renderer/app/locales/en.json'
import zh from '@renderer/app/locales/zh-CN.json'
import { formatDate, formatDateTime, formatDuration, formatMinutes } from '@renderer/ui/format'

async function tIn(lng: 'zh-CN' | 'en') {
  const i = i18next.createInstance()
  await i.init({
    lng,
    resources: { 'zh-CN': { common: zh }, en: { common: en } },
    ns: ['common'],
    defaultNS: 'common',
  })
  return i.t
}

describe('durations', () => {
  it('writes a duration in hours and minutes, the same in every screen', async () => {
    const zhT = await tIn('zh-CN')
    const enT = await tIn('en')
    expect(formatDuration(zhT, 135)).toBe('2 小时 15 分')
    expect(formatDuration(enT, 135)).toBe('2 h 15 min')
    expect(formatDuration(zhT, 120)).toBe('2 小时')
    expect(formatDuration(zhT, 45)).toBe('45 分钟')
  })

  it('writes figures compared in one unit as whole minutes, as a short duration reads', async () => {
    const zhT = await tIn('zh-CN')
    expect(formatMinutes(zhT, 88)).toBe('88 分钟')
    expect(formatMinutes(zhT, 44.6)).toBe('45 分钟')
    expect(formatMinutes(zhT, 45)).toBe(formatDuration(zhT, 45))
    expect(formatMinutes(await tIn('en'), 88)).toBe('88 min')
  })
})

describe('dates', () => {
  // Chinese date patterns come from the runtime's ICU data (Chromium's is full; Node's may not be).
  it('writes dates and moments, with seconds only where asked', () => {
    expect(formatDate('2024-03-04', 'en')).toBe('3/4')
    expect(formatDateTime('not a date', 'en')).toBe('not a date')
    const at = new Date(2026, 10, 26, 9, 30, 15).getTime()
    expect(formatDateTime(at, 'en', true)).toContain('9:30:15')
    expect(formatDateTime(at, 'en')).not.toContain(':15')
  })
})
