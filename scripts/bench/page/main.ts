// The benchmark's harness page: served next to the built app (same origin, so the same
// IndexedDB) and never part of the app build. It imports the app's own modules (the Dexie
// database, the import pipeline, statistics, search) and exposes them to scripts/bench.mjs as
// window.hujiaBench, so every measurement runs the code the UI runs, in the same browser.
// Why a separate page rather than hooks in the app: the app ships no benchmark code and no
// global handle on its internals, and its initial bundle stays what users load.
import { billsApi } from './bills-bench'
import { personalApi } from './personal-bench'
import { searchApi } from './search-bench'
import { statsApi } from './stats-bench'
import { syncApi } from './sync-bench'
import { tripsApi } from './trips-bench'

const api = { ...tripsApi, ...statsApi, ...searchApi, ...billsApi, ...syncApi, ...personalApi }
export type HujiaBench = typeof api

declare global {
  interface Window {
    hujiaBench: HujiaBench
  }
}

window.hujiaBench = api
document.documentElement.dataset['ready'] = 'true'
