// The 180-day window: the 180 days before today, today not included; fewer than five items in
// it and every item is used, with no window to name.
import { describe, expect, it } from 'vitest'
import { applyWindow, inWindow, windowBefore } from '@shared/personal/window'

describe('the 180-day window', () => {
  const w = windowBefore('2025-09-01')

  it('runs from today − 180 days to yesterday', () => {
    expect(w).toEqual({ from: '2025-03-05', to: '2025-08-31' })
    expect(inWindow(w, '2025-03-05')).toBe(true)
    expect(inWindow(w, '2025-03-04')).toBe(false)
    expect(inWindow(w, '2025-08-31')).toBe(true)
    expect(inWindow(w, '2025-09-01')).toBe(false)
  })

  it('counts calendar days across a leap day', () => {
    expect(windowBefore('2024-03-01')).toEqual({ from: '2023-09-03', to: '2024-02-29' })
  })

  const items = (dates: string[]) => dates.map((date) => ({ date }))

  it('uses only the window when five or more items fall in it', () => {
    const all = items([
      '2025-01-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-31',
      '2025-09-01',
    ])
    const r = applyWindow(all, w)
    expect(r.window).toEqual(w)
    expect(r.items.map((i) => i.date)).toEqual([
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-31',
    ])
  })

  it('uses every item, and says so, when fewer than five fall in the window', () => {
    const all = items([
      '2024-01-01',
      '2025-01-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
    ])
    const r = applyWindow(all, w)
    expect(r.window).toBeNull()
    expect(r.items).toHaveLength(6)
  })
})
