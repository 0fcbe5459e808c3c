import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { validatePack } from '@shared/pack'
import { ROOT, shippedPack } from './helpers'

test('scripts/pack-sign.mjs re-signs an edited pack so the app accepts it', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pack-sign-')), 'pack.json')
  const pack = structuredClone(shippedPack())
  pack.busLines[0]!.name.zh = '编辑过的名称'
  writeFileSync(file, JSON.stringify(pack))
  expect((await validatePack(pack)).ok).toBe(false)

  execFileSync('node', [join(ROOT, 'scripts/pack-sign.mjs'), file])

  const signed = JSON.parse(readFileSync(file, 'utf8'))
  expect(signed.sha256).not.toBe(pack.sha256)
  expect(await validatePack(signed)).toMatchObject({ ok: true })
  expect(Object.keys(signed).slice(0, 5)).toEqual([
    'format',
    'version',
    'asOf',
    'sha256',
    'sources',
  ])
})
