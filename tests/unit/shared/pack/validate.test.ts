import { describe, expect, test } from 'vitest'
import { canonicalJson } from '@shared/json/canonical'
import { packChecksum, validatePack, type Pack, type PackProblem } from '@shared/pack'
import { editedPack, readJson, shippedPack } from './helpers'

async function problemsOf(pack: unknown): Promise<PackProblem[]> {
  const result = await validatePack(pack)
  if (result.ok) throw new Error('expected the pack to be refused')
  return result.problems
}

describe('the shipped pack', () => {
  test('validates: shape, unique ids, references and checksum', async () => {
    const result = await validatePack(shippedPack())
    expect(result.ok ? [] : result.problems).toEqual([])
  })
})

describe('validatePack refuses', () => {
  // Issue 14, item 8: a 100,000-character text was accepted and slowed every screen.
  test('a text, a name or an alias far longer than any the pack needs', async () => {
    const long = 'x'.repeat(100_000)
    const aliases = shippedPack().hospitals[0]!.aliases.length
    const problems = await problemsOf(
      await editedPack((p) => {
        p.hospitals[0]!.name.zh = long
        p.sources[0]!.publisher = long
        p.hospitals[0]!.aliases.push(long)
      }),
    )
    const tooBig = (maximum: number) => ({ key: 'tooBig.string', params: { maximum } })
    expect(problems.map((p) => [p.path, p.detail])).toEqual([
      ['sources[0].publisher', tooBig(200)],
      ['hospitals[0].name.zh', tooBig(2000)],
      [`hospitals[0].aliases[${aliases}]`, tooBig(200)],
    ])
  })

  test('a record without a source', async () => {
    const problems = await problemsOf(await editedPack((p) => (p.hospitals[0]!.sourceIds = [])))
    expect(problems).toEqual([
      {
        code: 'schema',
        path: 'hospitals[0].sourceIds',
        message: 'needs at least one source',
        detail: { key: 'tooSmall.array', params: { minimum: 1 } },
      },
    ])
  })

  test('a nested fact without a source', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        const line = p.busLines.find((b) => b.fares.length > 0)!
        line.fares[0]!.sourceIds = []
      }),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'schema', message: 'needs at least one source' })
    expect(problems[0]!.path).toMatch(/^busLines\[\d+\]\.fares\[0\]\.sourceIds$/)
  })

  test('a source without a date', async () => {
    const problems = await problemsOf(
      await editedPack((p) => delete (p.sources[3] as Partial<Pack['sources'][number]>).date),
    )
    expect(problems).toEqual([expect.objectContaining({ code: 'schema', path: 'sources[3].date' })])
  })

  test.each(['2016-13', '2016-02-30', '16-10-19', 'Dec 2016', ''])(
    'a source dated "%s"',
    async (date) => {
      const problems = await problemsOf(await editedPack((p) => (p.sources[0]!.date = date)))
      expect(problems).toEqual([
        { code: 'schema', path: 'sources[0].date', message: 'must be yyyy, yyyy-MM or yyyy-MM-dd' },
      ])
    },
  )

  test('a rail link or bus line without a transport system, or with one not in SYSTEMS', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        delete (p.railLinks[0] as Partial<Pack['railLinks'][number]>).system
        ;(p.busLines[0] as { system: string }).system = 'metro'
      }),
    )
    expect(problems.map((x) => [x.code, x.path])).toEqual([
      ['schema', 'railLinks[0].system'],
      ['schema', 'busLines[0].system'],
    ])
  })

  test('a dangling source reference, naming the record and the missing id', async () => {
    const pack = await editedPack((p) => p.acceptance[0]!.conditions[0]!.sourceIds.push('gone'))
    const id = pack.acceptance[0]!.id
    expect(await problemsOf(pack)).toEqual([
      {
        code: 'danglingRef',
        path: `acceptance[0] (${id}).conditions[0].sourceIds[1]`,
        message: '"gone" is not in sources',
        detail: { key: 'danglingRef', params: { id: 'gone', section: 'sources' } },
      },
    ])
  })

  test.each<[string, (p: Pack) => void, RegExp]>([
    ['cardTypeId', (p) => (p.acceptance[1]!.cardTypeId = 'gone'), /acceptance\[1\].*\.cardTypeId/],
    [
      'railLink station',
      (p) => (p.railLinks[0]!.toStationId = 'gone'),
      /railLinks\[0\].*\.toStationId/,
    ],
    [
      'place bus line',
      (p) => p.places[0]!.busLineIds.push('gone'),
      /places\[0\].*\.busLineIds\[\d+\]/,
    ],
    [
      'partnership hospital',
      (p) => (p.partnerships[0]!.partnerId = 'gone'),
      /partnerships\[0\].*\.partnerId/,
    ],
    [
      'medical rule hospital',
      (p) => p.medicalRules[0]!.hospitalIds.push('gone'),
      /medicalRules\[0\].*hospitalIds/,
    ],
    [
      'bus connection station',
      (p) =>
        p.busLines[0]!.connections.push({
          stationId: 'gone',
          busLineId: null,
          text: { zh: '甲', en: 'a' },
          sourceIds: [p.sources[0]!.id],
        }),
      /busLines\[0\].*\.connections\[\d+\]\.stationId/,
    ],
    [
      'planned line station',
      (p) => p.plannedLines[0]!.stationIds.push('gone'),
      /plannedLines\[0\].*stationIds/,
    ],
  ])('a dangling %s', async (_name, edit, path) => {
    const problems = await problemsOf(await editedPack(edit))
    expect(problems).toHaveLength(1)
    expect(problems[0]!.code).toBe('danglingRef')
    expect(problems[0]!.path).toMatch(path)
    expect(problems[0]!.message).toContain('"gone"')
    expect(problems[0]!.detail?.key).toBe('danglingRef')
    expect(problems[0]!.detail?.params['id']).toBe('gone')
  })

  test('a duplicate id', async () => {
    const pack = await editedPack((p) => p.hospitals.push(structuredClone(p.hospitals[2]!)))
    const dup = pack.hospitals[2]!.id
    expect(await problemsOf(pack)).toEqual([
      {
        code: 'duplicateId',
        path: `hospitals[${pack.hospitals.length - 1}] (${dup})`,
        message: `duplicate id "${dup}" in hospitals`,
        detail: { key: 'duplicateId', params: { id: dup, section: 'hospitals' } },
      },
    ])
  })

  test('two acceptance rules for the same card and system', async () => {
    const problems = await problemsOf(
      await editedPack((p) =>
        p.acceptance.push({ ...structuredClone(p.acceptance[0]!), id: 'acc-copy' }),
      ),
    )
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'duplicateId',
        path: expect.stringContaining('acc-copy'),
        detail: {
          key: 'duplicateRule',
          params: {
            cardTypeId: shippedPack().acceptance[0]!.cardTypeId,
            system: shippedPack().acceptance[0]!.system,
          },
        },
      }),
    ])
  })

  test('content changed after signing (checksum mismatch)', async () => {
    const pack = structuredClone(shippedPack())
    pack.busLines[0]!.name.en = 'Edited without re-signing'
    expect(await problemsOf(pack)).toEqual([
      expect.objectContaining({
        code: 'checksum',
        path: 'sha256',
        message: expect.stringContaining('checksum mismatch'),
        detail: {
          key: 'checksum',
          params: { stated: pack.sha256, actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
        },
      }),
    ])
  })

  test('an unknown field (a typo is not silently ignored)', async () => {
    const problems = await problemsOf(
      await editedPack((p) => Object.assign(p.stations[0]!, { telcode: 'XXX' })),
    )
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'schema',
        path: 'stations[0]',
        detail: { key: 'unknownKeys', params: { keys: 'telcode' } },
      }),
    ])
  })

  test.each<[string, (p: Pack) => void, string, Record<string, string | number>]>([
    ['a wrong type', (p) => Object.assign(p.stations[0]!, { side: 3 }), 'notOneOf', {}],
    ['an empty name', (p) => (p.stations[0]!.name.zh = ''), 'empty', {}],
    ['no sources', (p) => (p.stations[0]!.sourceIds = []), 'tooSmall.array', { minimum: 1 }],
    [
      'a number for a text',
      (p) => Object.assign(p.sources[0]!, { publisher: 7 }),
      'invalidType',
      {
        expected: 'string',
      },
    ],
  ])('%s has a detail the interface can word', async (_name, edit, key, params) => {
    const problems = await problemsOf(await editedPack(edit))
    expect(problems[0]!.detail?.key).toBe(key)
    expect(problems[0]!.detail?.params).toMatchObject(params)
  })

  test('a partnership that names no hospital', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        p.partnerships[0]!.hospitalId = null
        p.partnerships[0]!.partnerId = null
      }),
    )
    expect(problems).toEqual([
      {
        code: 'schema',
        path: 'partnerships[0]',
        message: 'a partnership names at least one hospital',
      },
    ])
  })

  test.each([null, 'text', [], { format: 2 }])('a file that is not a pack (%j)', async (json) => {
    expect((await problemsOf(json)).length).toBeGreaterThan(0)
  })
})

describe('the rules of a format-2 pack', () => {
  const acceptance = (p: Pack, id: string) => p.acceptance.find((a) => a.id === id)!

  test('a since date without a quote from a source that says "from" (an issue date is a note)', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        const rule = acceptance(p, 'acc-jx-citizen-card-cpu-sh-metro')
        rule.since.unshift({
          date: '2016-10-28',
          text: { zh: '新卡开始发行', en: 'The new card is issued' },
          sourceIds: ['zjol-2016-jx-card'],
        })
      }),
    )
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'rule',
        path: expect.stringMatching(
          /^acceptance\[\d+\] \(acc-jx-citizen-card-cpu-sh-metro\)\.since\[0\]$/,
        ),
        detail: { key: 'sinceWithoutFrom', params: { date: '2016-10-28' } },
      }),
    ])
  })

  test('a since date whose quote does not say "from"', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        acceptance(p, 'acc-jiatongxing-sh-bus').since[0]!.quote = '嘉兴与上海公交乘车码互认'
      }),
    )
    expect(problems.map((q) => q.detail?.key)).toEqual(['sinceWithoutFrom'])
  })

  test('a derived number without the inference flag', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        const link = p.railLinks.find((l) => l.id === 'rail-songjiang-jinshan-north')!
        delete link.km[0]!.inference
      }),
    )
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'rule',
        path: expect.stringMatching(/\(rail-songjiang-jinshan-north\)\.km\[0\]$/),
        detail: { key: 'derivedWithoutInference', params: {} },
      }),
    ])
  })

  test('a place without a division code or a note why', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        p.places.find((q) => q.id === 'jx-jingkai')!.codeNote = null
        p.places.find((q) => q.id === 'sh-minhang')!.code = null
      }),
    )
    expect(problems.map((q) => [q.code, q.detail])).toEqual([
      ['rule', { key: 'placeWithoutCode', params: { id: 'sh-minhang' } }],
      ['rule', { key: 'placeWithoutCode', params: { id: 'jx-jingkai' } }],
    ])
  })

  test('a station that does not say which division it is in, or names one not in the pack', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        p.stations.find((s) => s.id === 'jx-tongxiang')!.placeId = null
        p.stations.find((s) => s.id === 'jx-haining-west')!.placeId = 'jx-nowhere'
      }),
    )
    expect(problems.map((q) => q.detail?.key).sort()).toEqual([
      'danglingRef',
      'stationWithoutPlace',
    ])
  })

  test('a place that replaces an id another place still has', async () => {
    const problems = await problemsOf(
      await editedPack((p) => {
        p.places
          .find((q) => q.id === 'sh-minhang')!
          .replaces.push({
            id: 'sh-xuhui',
            name: { zh: '徐汇区', en: 'Xuhui' },
            sourceIds: ['modood-areas-2023'],
          })
      }),
    )
    expect(problems.map((q) => q.detail?.key)).toEqual(['replacesLivePlace'])
  })

  test('a replaced id without a source, or with a source the pack lacks, is refused', async () => {
    const without = await problemsOf(
      await editedPack((p) => {
        const r = p.places.find((q) => q.id === 'sh-minhang')!.replaces[0]!
        ;(r as { sourceIds: string[] }).sourceIds = []
      }),
    )
    expect(without.map((q) => q.code)).toEqual(['schema'])
    expect(without[0]!.path).toContain('replaces')
    const unknown = await problemsOf(
      await editedPack((p) => {
        p.places.find((q) => q.id === 'sh-minhang')!.replaces[0]!.sourceIds = ['no-such-source']
      }),
    )
    expect(unknown.map((q) => q.code)).toEqual(['danglingRef'])
  })

  test('a format-1 pack keeps the rules it was written under (the previous shipped pack)', async () => {
    const v1 = readJson('tests/fixtures/packs/shipped-pack-v1.json') as Pack
    expect(v1.format).toBe(1)
    const result = await validatePack(v1)
    expect(result.ok ? [] : result.problems).toEqual([])
  })
})

describe('packChecksum', () => {
  test('does not depend on key order or on the sha256 field', async () => {
    const pack = shippedPack()
    const reordered = JSON.parse(canonicalJson({ ...pack, sha256: 'x' })) as Pack
    expect(await packChecksum(reordered)).toBe(pack.sha256)
  })

  test('changes when any content changes', async () => {
    const pack = structuredClone(shippedPack())
    pack.version += 1
    expect(await packChecksum(pack)).not.toBe(shippedPack().sha256)
  })
})
