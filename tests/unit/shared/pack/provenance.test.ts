import { describe, expect, test } from 'vitest'
import {
  collectSourceIds,
  factMarks,
  sharedMarks,
  summarizeSources,
  type Source,
} from '@shared/pack'

const source = (
  id: string,
  date: string,
  confidence: Source['confidence'],
  dateKind: Source['dateKind'] = 'published',
): Source => ({
  id,
  title: { zh: id, en: id },
  publisher: 'p',
  url: null,
  date,
  dateKind,
  confidence,
  note: null,
})
const byId = new Map(
  [
    source('new', '2026-01-29', 'medium'),
    source('old', '2017-07', 'high'),
    source('blog', '2026-11', 'low', 'retrieved'),
    source('low-old', '2019', 'low'),
  ].map((s) => [s.id, s]),
)
const TODAY = '2026-12-06'

describe('summarizeSources', () => {
  test('counts each source once, spans the dated ones, and counts the weak ones', () => {
    const s = summarizeSources(['old', 'new', 'old', 'blog', 'gone'], byId, TODAY)
    expect(s.sources.map((x) => x.id)).toEqual(['blog', 'new', 'old'])
    expect(s.span).toEqual({ from: '2017-07', to: '2026-01-29' })
    expect(s.byConfidence).toEqual({ high: 1, medium: 1, low: 1 })
    expect([s.old, s.undated]).toEqual([1, 1])
  })
  test('no dated source, no span', () => {
    expect(summarizeSources(['blog'], byId, TODAY).span).toBeNull()
  })
})

describe('factMarks', () => {
  test('low only when every source is low; as old as its newest source', () => {
    expect(factMarks(['low-old'], byId, TODAY)).toEqual({ low: true, freshness: 'old' })
    expect(factMarks(['low-old', 'new'], byId, TODAY)).toEqual({ low: false, freshness: 'current' })
    expect(factMarks(['blog'], byId, TODAY)).toEqual({ low: true, freshness: 'undated' })
  })
})

describe('collectSourceIds', () => {
  test('every id a record and its nested facts cite, once each, in the order met', () => {
    const record = {
      id: 'x',
      sourceIds: ['a', 'b'],
      statusSourceIds: ['c'],
      notes: [{ text: { zh: 'n', en: 'n' }, sourceIds: ['b', 'd'] }],
      km: [{ value: 3, sourceIds: ['e'], inference: true }],
      text: { zh: 'sourceIds', en: 'sourceIds' },
    }
    expect(collectSourceIds(record, [{ sourceIds: ['a', 'f'] }])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ])
    expect(collectSourceIds(null, 'sourceIds', 3)).toEqual([])
  })
})

describe('sharedMarks', () => {
  test('a mark is shared only when every source has it', () => {
    expect(sharedMarks(['old', 'low-old'], byId, TODAY)).toEqual({
      low: false,
      old: true,
      undated: false,
    })
    expect(sharedMarks(['old', 'blog'], byId, TODAY)).toEqual({
      low: false,
      old: false,
      undated: false,
    })
    expect(sharedMarks(['blog', 'low-old'], byId, TODAY)).toEqual({
      low: true,
      old: false,
      undated: false,
    })
    expect(sharedMarks(['gone'], byId, TODAY)).toEqual({ low: false, old: false, undated: false })
  })
})
