export {
  buildSearchIndex,
  rangesFor,
  search,
  type SearchDoc,
  type SearchHit,
  type SearchIndex,
} from './search-index'
export { MATCH_TIERS, type MatchTier } from './match'
export { normalizeQuery } from './normalize'
export { highlightSegments, type Segment } from './highlight'
