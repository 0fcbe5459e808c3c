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
export {
  buildDirectory,
  facetCounts,
  FILTER_KEYS,
  INSURED,
  mapRegions,
  matchesFilters,
  placeRegionKey,
  regionKey,
  schematicAreas,
  UNKNOWN_DISTRICT,
  type Directory,
  type DirectoryEntry,
  type DirectoryFilters,
  type FacetCounts,
  type FilterKey,
  type FilterOption,
  type Insured,
  type MapCell,
  type MapRegion,
} from './hospital-directory'
