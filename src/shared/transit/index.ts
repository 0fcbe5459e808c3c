// The transit domain. Search (src/shared/transit/search.ts) is imported on its own: it brings
// pinyin-pro, which only the search results need.
export * from './types'
export * from './figures'
export * from './matrix'
export * from './routes'
export * from './timeline'
export * from './order'
export * from './entries'
export * from './coverage'
