#!/usr/bin/env node
// Re-signs service-pack files after an edit: recomputes `sha256` and writes it back.
//   node scripts/pack-sign.mjs                      → resources/data/pack.json
//   node scripts/pack-sign.mjs a.json b.json        → those files
// The hash must match src/shared/json/canonical.ts (SHA-256 of canonical JSON without `sha256`):
// a plain node script cannot import TypeScript on Node 20, so canonicalJson is written here again;
// tests/unit/shared/pack/pack-sign.test.ts checks that the two agree.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function signPack(pack) {
  const { sha256: _ignored, ...content } = pack
  const sha256 = createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex')
  // Keep the header first so the file reads naturally.
  const { format, version, asOf, ...rest } = content
  return { format, version, asOf, sha256, ...rest }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) {
  const files = process.argv.slice(2)
  for (const file of files.length > 0 ? files : ['resources/data/pack.json']) {
    const signed = signPack(JSON.parse(readFileSync(file, 'utf8')))
    writeFileSync(file, `${JSON.stringify(signed, null, 2)}\n`)
    console.log(`${file}: version ${signed.version}, sha256 ${signed.sha256}`)
  }
}
