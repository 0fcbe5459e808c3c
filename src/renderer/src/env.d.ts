/// <reference types="vite/client" />
import type { PreloadApi } from '@shared/ipc/api'

declare global {
  interface Window {
    /** Present only inside Electron (the preload); the browser build runs without it. */
    hujia?: PreloadApi
  }
}
