import { describe, expect, test } from 'vitest'
import { earliestDay, factFreshness, sourceFreshness } from '@shared/pack'

const TODAY = '2026-11-26'
const dated = (date: string) => ({ date, dateKind: 'published' as const })

describe('sourceFreshness', () => {
  test.each([
    ['2024-11-26', 'current'],
    ['2024-11-25', 'old'],
    ['2024-12', 'current'],
    ['2024-11', 'old'], // could mean 2024-11-01: warn early rather than late
    ['2025', 'current'],
    ['2024', 'old'],
    ['2017-07', 'old'],
  ])('%s is %s on 2026-11-26', (date, expected) => {
    expect(sourceFreshness(dated(date), TODAY)).toBe(expected)
  })

  test('a page with no date of its own is undated, whatever the read date', () => {
    expect(sourceFreshness({ date: '2026-11', dateKind: 'retrieved' }, TODAY)).toBe('undated')
  })

  test('an approximate date counts as a date', () => {
    expect(sourceFreshness({ date: '2020-09', dateKind: 'approximate' }, TODAY)).toBe('old')
  })
})

describe('factFreshness', () => {
  test('one current source is enough', () => {
    expect(factFreshness([dated('2016-10-19'), dated('2025-04-02')], TODAY)).toBe('current')
  })
  test('old beats undated: an old page and an undated one still warn as old', () => {
    expect(factFreshness([dated('2019'), { date: '2026-11', dateKind: 'retrieved' }], TODAY)).toBe(
      'old',
    )
  })
  test('only undated pages', () => {
    expect(factFreshness([{ date: '2026-11', dateKind: 'retrieved' }], TODAY)).toBe('undated')
  })
})

test('earliestDay', () => {
  expect([earliestDay('2017'), earliestDay('2016-12'), earliestDay('2016-10-28')]).toEqual([
    '2017-01-01',
    '2016-12-01',
    '2016-10-28',
  ])
})
