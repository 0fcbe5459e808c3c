/** The shell's strings as `common`, and each feature's as the namespace named after its folder. */
export function byNamespace(
  common: object,
  files: Record<string, { default: object }>,
): Record<string, object> {
  const out: Record<string, object> = { common }
  for (const [path, mod] of Object.entries(files)) {
    const m = /features\/([^/]+)\/locales\//.exec(path)
    if (m?.[1]) out[m[1]] = mod.default
  }
  return out
}
