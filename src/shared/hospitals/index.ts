export {
  buildDirectory,
  facetCounts,
  FILTER_KEYS,
  hospitalNames,
  INSURED,
  matchesFilters,
  UNKNOWN_DISTRICT,
  type Directory,
  type DirectoryEntry,
  type DirectoryFilters,
  type FacetCounts,
  type FilterKey,
  type FilterOption,
  type Insured,
} from './directory'
export {
  mapRegions,
  placeRegionKey,
  regionKey,
  schematicAreas,
  type MapCell,
  type MapRegion,
} from './district-map'
