// `npm run bench -- --quick` runs end to end on small sizes and writes its results file with
// every field a number. Speed itself is never asserted: the benchmark reports it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const FIELDS = [
  'startupMs',
  'startupBaselineMs',
  'startup100kMs',
  'import100kMs',
  'rawBulkAdd100kMs',
  'billImport10kMs',
  'yearStats100kMs',
  'personalStats100kMs',
  'personalStatsFloorMs',
  'listDomRows',
  'scrollFrameP95Ms',
  'searchP95Ms',
  'initialJsGzKB',
  'heapMB',
  'syncFirst100kRequests',
  'syncFirst100kMs',
  'syncIncrementalRequests',
  'syncIncrementalMs',
]

const dir = mkdtempSync(join(tmpdir(), 'hujia-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run bench -- --quick', () => {
  it('builds, measures and writes every field as a number, with the machine and browser', () => {
    const results = join(dir, 'bench-results.json')
    const run = spawnSync(
      'npm',
      ['run', 'bench', '--', '--quick', '--out-dir', join(dir, 'out'), '--results', results],
      { encoding: 'utf8', timeout: 170_000 },
    )
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
    const json = JSON.parse(readFileSync(results, 'utf8')) as Record<string, unknown>
    for (const field of FIELDS) {
      expect(typeof json[field], field).toBe('number')
      expect(Number.isFinite(json[field]), field).toBe(true)
    }
    const machine = json['machine'] as { cpu: unknown; cores: unknown }
    expect(typeof machine.cpu).toBe('string')
    expect(machine.cores).toBeGreaterThan(0)
    expect(json['chromium']).toMatch(/^\d+\.\d+/)
    for (const field of FIELDS) expect(run.stdout).toContain(field)
  }, 180_000)
})
