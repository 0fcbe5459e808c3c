import { browserPlatform } from './browser'
import { electronPlatform } from './electron'
import type { Platform } from './types'

export type { FileFilter, Platform, SyncPlatform, SyncTarget } from './types'

/** The platform this renderer runs on: Electron when the preload is present, else a browser tab. */
export const platform: Platform = window.hujia ? electronPlatform(window.hujia) : browserPlatform()
