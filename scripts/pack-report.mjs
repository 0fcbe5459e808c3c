#!/usr/bin/env node
// Prints the service pack report (src/shared/pack/report.ts) for a pack file:
//   npm run pack:report                  → resources/data/pack.json
//   npm run pack:report -- other.json    → that file
// The pack is validated first; the TypeScript modules are loaded through Vite's module runner,
// with the same @shared alias as the app.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const file = resolve(process.cwd(), process.argv[2] ?? resolve(root, 'resources/data/pack.json'))
const config = {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
}

const { module: pack } = await runnerImport(resolve(root, 'src/shared/pack/index.ts'), config)
const { module: report } = await runnerImport(resolve(root, 'src/shared/pack/report.ts'), config)
const result = await pack.validatePack(JSON.parse(readFileSync(file, 'utf8')))
if (!result.ok) {
  for (const p of result.problems) console.error(`${p.code} ${p.path}: ${p.message}`)
  process.exit(1)
}
console.log(report.formatPackReport(report.packReport(result.pack)))
