// Speed is measured here, never asserted: `npx vitest bench --run tests/unit/shared/search`.
// The target: a keystroke over 5,000 hospitals well under 5 ms at p95. The typing benches run a
// whole sequence: divide by the number of keystrokes in the name.
import { bench, describe } from 'vitest'
import { hospitalNames } from '../../../../src/shared/hospitals'
import { buildSearchIndex, search } from '../../../../src/shared/search'
import { generateHospitals } from '../../../../scripts/bench/page/generate'
import TYPED from '../../../../scripts/bench/page/queries.json'

// The benchmark's generated hospitals and typed queries (npm run bench measures the whole screen).
const docs = generateHospitals(5_000).map((h) => ({ id: h.id, names: hospitalNames(h) }))
const index = buildSearchIndex(docs)
const keystrokes = TYPED.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)))

describe('search over 5,000 hospitals', () => {
  bench('build the index', () => {
    buildSearchIndex(docs)
  })
  bench(`${keystrokes.length} keystrokes while typing (narrowing)`, () => {
    for (const q of keystrokes) search(index, q)
  })
  bench(`${keystrokes.length} keystrokes, each cold (no previous result)`, () => {
    for (const q of keystrokes) {
      index.last = null
      search(index, q)
    }
  })
  bench('worst case: one letter matching almost everything', () => {
    index.last = null
    search(index, 'y')
  })
})
