// The hospital directory keeps its state in the URL hash, so other screens can link to it with
// filters applied (the medical guide does), and a view survives a reload:
//
//   #/hospitals?city=jiaxing&programme=名医到嘉
//
//   q          search text: hanzi, pinyin, initials or a mix ("changhai", "jxsdyyy", "嘉兴一院")
//   city       shanghai | jiaxing
//   district   a district as the pack writes it in Chinese ("青浦区"), or "unknown" for hospitals
//              whose district no source gives
//   programme  a partnership programme as the pack writes it in Chinese ("八大诊疗中心")
//   partner    a Shanghai hospital id ("sh-changhai"): hospitals in a partnership with it
//   settle     shanghai | jiaxing: direct settlement reported for patients insured there
//   dept       a partnership department or centre as the pack writes it in Chinese
//   fav        1: favourites only
//   view       map: the district diagram instead of the list
//   id         a hospital id: open its detail page
//
// Values that are not valid (an unknown city, say) are ignored. Use hospitalsHref() to build a
// link rather than writing the query by hand.
import type { DirectoryFilters } from '@shared/hospitals'
import { SIDES, type Side } from '@shared/pack'
import { useMemo, useSyncExternalStore } from 'react'
import { hrefFor, parseHash } from '@renderer/app/router'

export interface HospitalsParams extends DirectoryFilters {
  q?: string
  view?: 'map'
  id?: string
}

const isSide = (v: string | null): v is Side => (SIDES as readonly string[]).includes(v ?? '')
const text = (v: string | null): string | undefined => (v && v.trim() !== '' ? v : undefined)

export function parseHospitalsParams(params: URLSearchParams): HospitalsParams {
  const city = params.get('city')
  const settle = params.get('settle')
  return {
    q: text(params.get('q')),
    city: isSide(city) ? city : undefined,
    district: text(params.get('district')),
    programme: text(params.get('programme')),
    partner: text(params.get('partner')),
    settle: isSide(settle) ? settle : undefined,
    dept: text(params.get('dept')),
    fav: params.get('fav') === '1' ? true : undefined,
    view: params.get('view') === 'map' ? 'map' : undefined,
    id: text(params.get('id')),
  }
}

/** The params as hash query values, in a fixed order (undefined values are left out). */
function toQuery(p: HospitalsParams): Record<string, string | undefined> {
  return { q: p.q, ...filtersOf(p), fav: p.fav ? '1' : undefined, view: p.view, id: p.id }
}

/** A link to the hospital directory with these filters (and search, view or detail) applied. */
export function hospitalsHref(filters: HospitalsParams = {}): string {
  return hrefFor('hospitals', toQuery(filters))
}

// Our own changes to the hash are announced at once: the browser's hashchange event comes a
// task later, and a controlled checkbox or select would flick back until it did.
const listeners = new Set<() => void>()

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  window.addEventListener('hashchange', onChange)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('hashchange', onChange)
  }
}

const getHash = () => window.location.hash

/** The directory's params from the current URL. */
export function useHospitalsParams(): HospitalsParams {
  const hash = useSyncExternalStore(subscribe, getHash)
  return useMemo(() => parseHospitalsParams(parseHash(hash).params), [hash])
}

/** The directory's params in the URL right now (outside React, e.g. in a timer). */
export function currentParams(): HospitalsParams {
  return parseHospitalsParams(parseHash(window.location.hash).params)
}

/** Opens a new view (a new history entry, so Back returns). */
export function goTo(p: HospitalsParams): void {
  window.location.hash = hospitalsHref(p)
  for (const l of listeners) l()
}

/** Changes filters in place (no new history entry for every keystroke or click). */
export function replaceWith(p: HospitalsParams): void {
  window.location.replace(hospitalsHref(p))
  for (const l of listeners) l()
}

/** The filters part of the params (what the filter panel and the map change). */
export function filtersOf(p: HospitalsParams): DirectoryFilters {
  return {
    city: p.city,
    district: p.district,
    programme: p.programme,
    partner: p.partner,
    settle: p.settle,
    dept: p.dept,
    fav: p.fav,
  }
}
