// Switches for development and tests, read from the environment. A packaged build ignores them
// all: an installed app must never load its page from another URL or keep its data elsewhere
// because something set a variable.
export interface DevSwitches {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL). */
  rendererUrl?: string
  /** Another data folder, for tests (HUJIA_USER_DATA). */
  userData?: string
}

export function devSwitches(
  isPackaged: boolean,
  env: Record<string, string | undefined>,
): DevSwitches {
  if (isPackaged) return {}
  const rendererUrl = env['ELECTRON_RENDERER_URL'] || undefined
  const userData = env['HUJIA_USER_DATA'] || undefined
  return { ...(rendererUrl ? { rendererUrl } : {}), ...(userData ? { userData } : {}) }
}
