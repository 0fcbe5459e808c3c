/// <reference types="vite/client" />
import type { PreloadApi } from '@shared/ipc/api'

declare global {
  /** The shipped service pack's version (electron.vite.config.ts `define`). */
  const __HUJIA_PACK_VERSION__: number | undefined

  interface Window {
    /** Present only inside Electron (the preload); the browser build runs without it. */
    hujia?: PreloadApi
  }
}
