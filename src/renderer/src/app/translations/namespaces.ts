/**
 * The shell's strings (app/locales) as `common`; every other folder's locales/ (a feature's, or a
 * part of the shell such as app/palette) as the namespace named after that folder.
 */
export function byNamespace(
  common: object,
  files: Record<string, { default: object }>,
): Record<string, object> {
  const out: Record<string, object> = { common }
  for (const [path, mod] of Object.entries(files)) {
    const m = /([^/]+)\/locales\/[^/]+\.json$/.exec(path)
    if (m?.[1]) out[m[1]] = mod.default
  }
  return out
}
