// Hash routes: `#/hospitals?city=jiaxing`. Hashes work the same from app:// and from a plain
// http server, and need no history handling in the shell.
import { useSyncExternalStore } from 'react'

export const ROUTES = [
  'transit',
  'medical',
  'hospitals',
  'trips',
  'stats',
  'settings',
  'sources',
] as const
export type RouteId = (typeof ROUTES)[number]
export const DEFAULT_ROUTE: RouteId = 'transit'

export interface Route {
  id: RouteId
  params: URLSearchParams
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  const id = (ROUTES as readonly string[]).includes(path) ? (path as RouteId) : DEFAULT_ROUTE
  return { id, params: new URLSearchParams(query) }
}

export function hrefFor(id: RouteId, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, v)
  const qs = q.toString()
  return `#/${id}${qs ? `?${qs}` : ''}`
}

export function navigate(id: RouteId, params?: Record<string, string | undefined>): void {
  window.location.hash = hrefFor(id, params)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const getHash = () => window.location.hash

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash)
  return parseHash(hash)
}
