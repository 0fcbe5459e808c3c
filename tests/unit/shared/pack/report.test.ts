// The pack report over the shipped pack: its figures add up, the coverage is the route builder's,
// and the script prints it (or refuses an invalid pack).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { PACK_SECTIONS } from '@shared/pack'
import { formatPackReport, packReport } from '@shared/pack/report'
import { ROOT, shippedPack } from './helpers'

const pack = shippedPack()
const report = packReport(pack)

describe('packReport over the shipped pack', () => {
  test('counts every section’s records', () => {
    for (const s of PACK_SECTIONS) expect(report.records[s], s).toBe(pack[s].length)
  })

  test('puts every fact in exactly one confidence and one age band', () => {
    const { total, byConfidence, byAge } = report.facts
    expect(Object.values(byConfidence).reduce((a, b) => a + b)).toBe(total)
    expect(Object.values(byAge).reduce((a, b) => a + b)).toBe(total)
    expect(byAge.over5).toBeGreaterThan(0)
  })

  test('counts the inference flags, the derived km among them', () => {
    expect(report.inference.byKind['railLinks.km[]']).toBe(6)
    expect(report.inference.byKind['acceptance.(record)']).toBe(1)
  })

  test('every division pair has a route; fallbacks name their missing first mile', () => {
    expect(report.coverage).toMatchObject({ pairs: 112, withRoute: 112, noRoute: [] })
    const missing = report.coverage.missing.map((m) => m.place?.id)
    expect(missing).toContain('sh-huangpu')
    expect(missing).toContain('jx-haiyan')
    expect(missing).not.toContain('sh-minhang')
  })

  test('lists the 20 oldest statements, oldest first, each once', () => {
    expect(report.oldest).toHaveLength(20)
    const dates = report.oldest.map((o) => o.date)
    expect(dates).toEqual([...dates].sort())
    expect(report.oldest[0]!.item.sourceIds).toEqual(['eastday-2006-fengjing'])
    const texts = report.oldest.map((o) => o.item.text?.zh)
    expect(new Set(texts).size).toBe(texts.length)
  })

  test('formats as text with each part', () => {
    const text = formatPackReport(report)
    for (const heading of [
      'Records per section',
      'by confidence',
      'older than 5 years',
      'Inference-flagged values',
      'with at least one route:',
      'The 20 oldest facts to re-check first',
    ])
      expect(text).toContain(heading)
  })
})

test('npm run pack:report prints the report, and refuses a pack that does not validate', () => {
  const out = execFileSync('node', [join(ROOT, 'scripts/pack-report.mjs')], { encoding: 'utf8' })
  expect(out).toContain(`Service pack version ${pack.version}`)
  const file = join(mkdtempSync(join(tmpdir(), 'pack-report-')), 'pack.json')
  writeFileSync(file, JSON.stringify({ ...pack, sha256: '0'.repeat(64) }))
  const bad = spawnSync('node', [join(ROOT, 'scripts/pack-report.mjs'), file], { encoding: 'utf8' })
  expect(bad.status).toBe(1)
  expect(bad.stderr).toContain('checksum')
  // Two node processes that load TypeScript through Vite: slow on a busy 2-core machine.
}, 60_000)
