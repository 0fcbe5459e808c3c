import { describe, expect, test } from 'vitest'
import {
  buildSearchIndex,
  highlightSegments,
  rangesFor,
  normalizeQuery,
  search,
  type SearchDoc,
} from '../../../../src/shared/search'

// Names shaped like the pack's hospitals (name, aliases, English name).
const DOCS: SearchDoc[] = [
  { id: 'jx-first', names: ['嘉兴市第一医院', 'Jiaxing First Hospital'] },
  { id: 'jx-second', names: ['嘉兴市第二医院', 'Jiaxing Second Hospital'] },
  {
    id: 'changhai',
    names: ['海军军医大学第一附属医院', '上海长海医院', 'Shanghai Changhai Hospital'],
  },
  {
    id: 'changzheng',
    names: ['海军军医大学第二附属医院', '上海长征医院', 'Shanghai Changzheng Hospital'],
  },
  { id: 'zhongshan', names: ['复旦大学附属中山医院', 'Zhongshan Hospital, Fudan University'] },
  { id: 'jx-mch', names: ['嘉兴市妇幼保健院', 'Jiaxing Maternity and Child Health Care Hospital'] },
]

function ids(query: string, docs = DOCS): string[] {
  return search(buildSearchIndex(docs), query).map((h) => h.id)
}

function first(query: string, docs = DOCS) {
  const index = buildSearchIndex(docs)
  const hit = search(index, query)[0]
  if (!hit) throw new Error(`no result for ${query}`)
  const { id, tier, ranges, nameIndex } = hit
  return { id, tier, ranges, nameIndex, name: docs[hit.docIndex]?.names[hit.nameIndex] }
}

describe('hanzi', () => {
  test('a hanzi substring finds the hospital and marks the matched characters', () => {
    const hit = first('长海')
    expect(hit.id).toBe('changhai')
    expect(hit.name).toBe('上海长海医院')
    expect(hit.tier).toBe('wordStart')
    expect(hit.ranges).toEqual([[2, 4]])
  })

  test('the start of a name is a prefix match', () => {
    const hit = first('嘉兴市第一')
    expect(hit.id).toBe('jx-first')
    expect(hit.tier).toBe('prefix')
    expect(hit.ranges).toEqual([[0, 5]])
  })

  test('a shortened name (嘉兴一院) finds the full name without any alias', () => {
    const hit = first('嘉兴一院')
    expect(hit.id).toBe('jx-first')
    expect(hit.tier).toBe('subsequence')
    expect(hit.ranges).toEqual([
      [0, 2],
      [4, 5],
      [6, 7],
    ])
    expect(ids('嘉兴一院')).toEqual(['jx-first'])
    expect(ids('嘉兴二院')).toEqual(['jx-second'])
  })

  test('a shortened name must keep the head of the name', () => {
    expect(ids('一院')).toEqual([])
  })
})

describe('pinyin', () => {
  test('full pinyin finds 长海, whatever the case, spaces and tones', () => {
    for (const q of [
      'changhai',
      'ChangHai',
      'chang hai',
      'cháng hǎi',
      'chang2hai3',
      'ｃｈａｎｇｈａｉ',
    ]) {
      expect(first(q).id, q).toBe('changhai')
    }
  })

  test('a pinyin prefix ("ch") finds 长海 and 长征', () => {
    const found = ids('ch')
    expect(found.slice(0, 2).sort()).toEqual(['changhai', 'changzheng'])
  })

  test('pinyin of a word inside a name is a word-start match', () => {
    const docs = [{ id: 'zhongshan', names: ['复旦大学附属中山医院'] }]
    const hit = search(buildSearchIndex(docs), 'zhongshan')[0]
    expect(hit?.tier).toBe('wordStart')
    expect(hit?.ranges).toEqual([[6, 8]])
  })

  test('ü can be typed as v, u or ü', () => {
    const docs = [{ id: 'lv', names: ['绿地医院'] }]
    for (const q of ['lvdi', 'ludi', 'lüdi']) expect(ids(q, docs), q).toEqual(['lv'])
  })
})

describe('initials', () => {
  test('"jxsdyyy" finds 嘉兴市第一医院 and marks the whole name', () => {
    const hit = first('jxsdyyy')
    expect(hit.id).toBe('jx-first')
    expect(hit.tier).toBe('initials')
    expect(hit.ranges).toEqual([[0, 7]])
    expect(ids('jxsdyyy')).toEqual(['jx-first'])
  })

  test('initials with skipped characters still find a name from its start', () => {
    // 嘉兴(市第)一医 skips two characters, 嘉兴(市第二)医院 three: fewer skips first.
    expect(ids('jxyy')).toEqual(['jx-first', 'jx-second', 'jx-mch'])
  })

  test('English words match by word start and by initials, highlighting what was typed', () => {
    const hit = first('first hosp')
    expect(hit.id).toBe('jx-first')
    expect(hit.name).toBe('Jiaxing First Hospital')
    expect(hit.tier).toBe('wordStart')
    expect(hit.ranges).toEqual([
      [8, 13],
      [14, 18],
    ])
    expect(first('jfh').id).toBe('jx-first')
  })
})

describe('mixed input', () => {
  test('hanzi then initials ("嘉兴dyyy") finds 嘉兴市第一医院', () => {
    const hit = first('嘉兴dyyy')
    expect(hit.id).toBe('jx-first')
    expect(hit.ranges).toEqual([
      [0, 2],
      [3, 7],
    ])
    expect(ids('嘉兴dyyy')).toEqual(['jx-first'])
  })

  test('pinyin then hanzi ("shanghai长征") finds 长征', () => {
    expect(ids('shanghai长征')).toEqual(['changzheng'])
  })

  test('hanzi then a pinyin prefix ("长h") finds 长海 only', () => {
    expect(ids('长h')).toEqual(['changhai'])
  })
})

describe('ranking', () => {
  test('exact > prefix > word start > initials > subsequence, shorter names first', () => {
    const docs: SearchDoc[] = [
      { id: 'subsequence', names: ['嘉兴市立医院'] },
      { id: 'initials-later', names: ['浙江嘉兴医院'] },
      { id: 'initials-longer', names: ['嘉兴眼医院'] },
      { id: 'initials', names: ['嘉兴医院'] },
      { id: 'word-start', names: ['Old JXYY'] },
      { id: 'prefix', names: ['JXYY Clinic'] },
      { id: 'exact', names: ['JXYY'] },
    ]
    const hits = search(buildSearchIndex(docs), 'jxyy')
    expect(hits.map((h) => [h.id, h.tier])).toEqual([
      ['exact', 'exact'],
      ['prefix', 'prefix'],
      ['word-start', 'wordStart'],
      ['initials', 'initials'],
      ['initials-longer', 'initials'],
      ['initials-later', 'initials'],
      ['subsequence', 'subsequence'],
    ])
  })

  test('the best of a record’s names counts, and equal matches keep the given order', () => {
    const docs = [
      { id: 'a', names: ['甲医院', '长海'] },
      { id: 'b', names: ['长海'] },
      { id: 'c', names: ['长海医院'] },
    ]
    const hits = search(buildSearchIndex(docs), 'changhai')
    expect(hits.map((h) => [h.id, h.nameIndex, h.tier])).toEqual([
      ['a', 1, 'exact'],
      ['b', 0, 'exact'],
      ['c', 0, 'prefix'],
    ])
  })
})

describe('empty query and no match', () => {
  test('an empty or blank query lists every record in the given order, unmarked', () => {
    for (const q of ['', '   ', '，']) {
      const hits = search(buildSearchIndex(DOCS), q)
      expect(hits.map((h) => h.id)).toEqual(DOCS.map((d) => d.id))
      expect(hits.every((h) => h.tier === null && h.ranges.length === 0)).toBe(true)
    }
  })

  test('a query nothing matches returns nothing', () => {
    expect(ids('xyzq')).toEqual([])
    expect(ids('北京')).toEqual([])
    expect(ids('changhaix')).toEqual([])
  })
})

test('typing forward and back on one index gives the same results as a fresh index', () => {
  const index = buildSearchIndex(DOCS)
  const typed = [
    'c',
    'ch',
    'cha',
    'chan',
    'chang',
    'changh',
    'chang',
    'j',
    'jx',
    'jxy',
    'jxyy',
    'jx',
    '嘉',
    '嘉兴',
    '嘉兴一',
  ]
  const plain = (hits: ReturnType<typeof search>) =>
    hits.map((h) => [h.id, h.nameIndex, h.tier, h.ranges])
  for (const q of typed) {
    expect(plain(search(index, q)), q).toEqual(plain(search(buildSearchIndex(DOCS), q)))
  }
})

test('names with punctuation and Latin letters keep their offsets', () => {
  const docs = [{ id: 'branch', names: ['上海市第六人民医院（金山分院）', 'K319 站'] }]
  const hit = search(buildSearchIndex(docs), 'jinshan')[0]
  expect(hit?.ranges).toEqual([[10, 12]])
  expect(search(buildSearchIndex(docs), 'k31')[0]?.ranges).toEqual([[0, 3]])
})

test('normalizeQuery drops case, spaces, punctuation and tone marks, and keeps digits', () => {
  expect(normalizeQuery(' Chàng-Hǎi 2 ')).toEqual([...'changhai2'])
  expect(normalizeQuery('K319')).toEqual([...'k319'])
})

test('digits in a query match digits in names before they are read as tones', () => {
  const docs = [
    { id: 'three', names: ['徐汇第3医院'] },
    { id: 'any', names: ['徐汇医院'] },
  ]
  expect(ids('xuhui3', docs)).toEqual(['three'])
  // Nothing has "hui3yi", so it is read as numbered pinyin.
  expect(ids('xu2hui4yi1', docs)).toEqual(['any', 'three'])
})

test('highlightSegments cuts a name into marked and plain pieces', () => {
  expect(
    highlightSegments('嘉兴市第一医院', [
      [0, 2],
      [4, 5],
    ]),
  ).toEqual([
    { text: '嘉兴', hit: true },
    { text: '市第', hit: false },
    { text: '一', hit: true },
    { text: '医院', hit: false },
  ])
  expect(highlightSegments('长海', [])).toEqual([{ text: '长海', hit: false }])
})

test('rangesFor marks a particular name of a record, or says it does not match', () => {
  const docs = [{ id: 'changhai', names: ['上海长海医院', '长海医院'] }]
  const index = buildSearchIndex(docs)
  expect(search(index, 'changhai')[0]?.nameIndex).toBe(1)
  expect(rangesFor(index, 0, 0, 'changhai')).toEqual([[2, 4]])
  expect(rangesFor(index, 0, 0, 'beijing')).toBeNull()
  expect(rangesFor(index, 0, 5, 'changhai')).toBeNull()
})
