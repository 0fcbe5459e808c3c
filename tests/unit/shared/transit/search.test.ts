import { describe, expect, it } from 'vitest'
import { buildTransitSearchIndex, searchTransit } from '@shared/transit/search'
import { transitFixture } from '../../../fixtures/transit/pack'

const index = buildTransitSearchIndex(transitFixture)
const ids = (q: string) => searchTransit(index, q).map((h) => `${h.kind}:${h.id}`)

describe('transit search', () => {
  it('finds card types, bus lines, stations and planned lines by name', () => {
    expect(ids('市民卡')).toEqual(['cardType:jx-citizen-card'])
    expect(ids('7619')).toEqual(['busLine:demo-7619'])
    expect(ids('嘉兴南')[0]).toBe('station:jiaxing-south')
    expect(ids('沪苏嘉')).toEqual(['plannedLine:husujia-intercity'])
  })

  it('finds by alias, telecode, stop and English name, and says which field matched', () => {
    expect(ids('K319')).toEqual(['busLine:pinghu-319'])
    expect(searchTransit(index, 'eph')[0]).toMatchObject({
      id: 'jiaxing-south',
      field: 'alias',
      matched: 'EPH',
    })
    expect(searchTransit(index, '洪溪')).toMatchObject([
      { id: 'demo-7619', field: 'detail', matched: '洪溪路口' },
    ])
    expect(ids('jinshan north')[0]).toBe('station:jinshan-north')
  })

  it('finds Chinese names by pinyin and initials', () => {
    expect(ids('jiaxingnan')[0]).toBe('station:jiaxing-south')
    expect(ids('jxsmk')).toEqual(['cardType:jx-citizen-card'])
  })

  it('ranks a name before a detail that matches as well', () => {
    // 嘉兴南 is the station's name and only the 260's destination (嘉兴南站).
    const hits = ids('嘉兴南')
    expect(hits).toContain('busLine:jx-260')
    expect(hits.indexOf('station:jiaxing-south')).toBeLessThan(hits.indexOf('busLine:jx-260'))
  })

  it('gives ranges to highlight in the matched text', () => {
    const [hit] = searchTransit(index, '市民')
    expect(hit!.matched.slice(...hit!.ranges[0]!)).toBe('市民')
  })

  it('returns nothing for an empty query or no match', () => {
    expect(searchTransit(index, '  ')).toEqual([])
    expect(searchTransit(index, '北京西')).toEqual([])
  })
})

describe('transit search over names and details', () => {
  it('keeps a record found by name even when a detail of it matches more tightly', () => {
    // "jx" is the initials of 嘉兴260路 (its name) and of 嘉兴南站 (its destination).
    const hit = searchTransit(index, 'jx').find((h) => h.id === 'jx-260')
    expect(hit).toMatchObject({ field: 'name', matched: '嘉兴260路' })
  })

  it('does not list a record twice when its name and a detail both match', () => {
    const found = ids('嘉兴南')
    expect(found.filter((id) => id === 'busLine:jx-260')).toHaveLength(1)
  })
})
