// The folder boundaries are enforced by lint (eslint.config.mjs): a wrong import fails, the
// documented exceptions pass. Linted as text at a path inside the tree; no file is written.
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../../..') })

/** The rule ids lint reports for `code` placed at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../../..', path) })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

const use = (names: string) => `\nexport const used = [${names}]\n`

describe('import boundaries', () => {
  it('a feature may not import another feature’s internals, by alias or relative path', async () => {
    const alias = await problems(
      'src/renderer/src/features/medical/wrong.tsx',
      `import { TripForm } from '@renderer/features/trips/trip-form'${use('TripForm')}`,
    )
    expect(alias).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*public/)])
    const relative = await problems(
      'src/renderer/src/features/medical/wrong.tsx',
      `import { TripForm } from '../trips/trip-form'${use('TripForm')}`,
    )
    expect(relative).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths/)])
  }, 30_000)

  it('allows a feature’s public modules, its own files, and settings composing sections', async () => {
    expect(
      await problems(
        'src/renderer/src/features/medical/fine.tsx',
        `import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { hospitalsHref } from '@renderer/features/hospitals/params'
import { MedicalForm } from './visit-form'${use('SourceBadge, hospitalsHref, MedicalForm')}`,
      ),
    ).toEqual([])
    expect(
      await problems(
        'src/renderer/src/features/settings/fine.tsx',
        `import S from '@renderer/features/transit/settings-section'${use('S')}`,
      ),
    ).toEqual([])
    // …but only settings composes them.
    expect(
      await problems(
        'src/renderer/src/features/stats/wrong.tsx',
        `import S from '@renderer/features/transit/settings-section'${use('S')}`,
      ),
    ).toHaveLength(1)
  }, 30_000)

  it('ui/ imports neither db/ nor a feature', async () => {
    const found = await problems(
      'src/renderer/src/ui/wrong.tsx',
      `import { db } from '@renderer/db/db'
import { SourceBadge } from '@renderer/features/datapack/source-badge'${use('db, SourceBadge')}`,
    )
    expect(found).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*ui\//),
      expect.stringMatching(/^import-x\/no-restricted-paths: .*ui\//),
    ])
  }, 30_000)

  it('shared/ imports no Electron, React, Dexie or app code', async () => {
    const found = await problems(
      'src/shared/trips/wrong.ts',
      `import { app } from 'electron'
import { useState } from 'react'
import Dexie from 'dexie'
import { db } from '../../renderer/src/db/db'${use('app, useState, Dexie, db')}`,
    )
    expect(found.filter((p) => p.startsWith('no-restricted-imports'))).toHaveLength(3)
    expect(found.filter((p) => p.startsWith('import-x/no-restricted-paths'))).toHaveLength(1)
  }, 30_000)
})
