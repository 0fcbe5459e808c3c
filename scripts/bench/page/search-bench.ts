// Hospital search over generated hospitals: the time each keystroke takes to update the results,
// through the same index and search the hospitals screen uses.
import { buildSearchIndex, search, type SearchIndex } from '@shared/search'
import { generateHospitals } from './generate'

/** What a user types, one keystroke at a time: hanzi (as an IME commits them), pinyin, initials. */
export const TYPED_QUERIES = [
  '嘉兴',
  '嘉善第1',
  'songjiang',
  'xuhui3',
  'rmyy',
  'jsdyrmyy',
  '平湖中医',
  'kouqiang',
]

let built: { count: number; index: SearchIndex; buildMs: number } | null = null

function indexFor(count: number): { index: SearchIndex; buildMs: number } {
  if (built?.count !== count) {
    const hospitals = generateHospitals(count)
    const t0 = performance.now()
    // TODO(bench): build the docs with the hospitals screen's own function once it lands.
    const index = buildSearchIndex(
      hospitals.map((h) => ({ id: h.id, names: [h.name.zh, ...h.aliases, h.name.en] })),
    )
    built = { count, index, buildMs: performance.now() - t0 }
  }
  return built
}

/** One run: every query typed from an empty box; the time of each keystroke's search. */
function searchRun(count: number): { ms: number[]; buildMs: number; hits: number } {
  const { index, buildMs } = indexFor(count)
  const ms: number[] = []
  let hits = 0
  for (const query of TYPED_QUERIES) {
    search(index, '')
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now()
      hits += search(index, query.slice(0, i)).length
      ms.push(performance.now() - t)
    }
  }
  return { ms, buildMs, hits }
}

export const searchApi = { searchRun }
