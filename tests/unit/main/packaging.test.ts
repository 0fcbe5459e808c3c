// What every packaged build ships with: a supported Electron, its fuses, nothing outside the asar,
// no benchmark page, and names that keep users' data where it is. The builder configuration is
// read with electron-builder's own loader and checked against its own schema.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Configuration } from 'electron-builder'
import { SUPPORTED_ELECTRON } from '../../../build/electron-support'
import { APP_ID, DATA_FOLDER_NAME } from '../../../src/main/identity'
import { rendererInputs } from '../../../electron.vite.config'

const ROOT = resolve(__dirname, '../../..')
const json = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'))
const pkg = json('package.json')
const lock = json('package-lock.json')

async function builderConfig(): Promise<Configuration> {
  // electron-builder's loader: electron-builder.yml merged with package.json, as `npm run dist` sees it.
  const { getConfig, validateConfiguration } = await import(
    'app-builder-lib/out/util/config/config.js' as string
  )
  const { DebugLogger } = await import('builder-util' as string)
  const config = (await getConfig(ROOT, null, null)) as Configuration
  await validateConfiguration(config, new DebugLogger(false))
  return config
}

describe('the packaged build', () => {
  let config: Configuration
  // electron-builder's modules take seconds to load on a busy machine.
  beforeAll(async () => {
    config = await builderConfig()
  }, 60_000)

  it('flips every security fuse (Electron’s checklist, item 19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('ships only the built app, inside the asar', () => {
    expect(config.extraResources ?? []).toEqual([])
    expect(config.extraFiles ?? []).toEqual([])
    expect(config.asar ?? true).toBe(true)
    expect(config.asarUnpack).toEqual([])
    expect(JSON.stringify(config.files)).toBe(
      JSON.stringify([{ filter: ['out/**', 'package.json'] }]),
    )
  })

  it('has one product name, the data folder’s, so no build moves users’ data', () => {
    expect(pkg.productName).toBe(DATA_FOLDER_NAME)
    expect(config.productName ?? pkg.productName).toBe(DATA_FOLDER_NAME)
    expect(config.appId).toBe(APP_ID)
  })

  it('does not build the benchmark page into the app (only the benchmark does)', () => {
    expect(Object.keys(rendererInputs({}))).toEqual(['index'])
    expect(Object.keys(rendererInputs({ HUJIA_BENCH_BASELINE: '1' }))).toEqual([
      'index',
      'baseline',
    ])
    const bench = readFileSync(resolve(ROOT, 'scripts/bench/build.mjs'), 'utf8')
    expect(bench).toContain("HUJIA_BENCH_BASELINE: '1'")
  })
})

describe('a supported Electron', () => {
  const installed = lock.packages['node_modules/electron'].version as string
  const major = Number(installed.split('.')[0])

  it('is one of the newest three published majors', () => {
    const { majors, checkedOn } = SUPPORTED_ELECTRON
    expect(checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(majors).toEqual([majors[0], majors[0] - 1, majors[0] - 2])
    expect(major, `package-lock.json holds Electron ${installed}`).toBeGreaterThanOrEqual(
      Math.min(...majors),
    )
  })

  it('is what package.json asks for, on the Node line users need to install it', () => {
    expect(pkg.devDependencies.electron).toBe(`^${installed}`)
    // Electron's own install tooling (@electron/get) needs Node 22.12 or newer.
    expect(pkg.engines.node).toBe('>=22.12.0')
    expect(lock.packages['node_modules/electron'].engines.node).toBe('>= 22.12.0')
  })

  it('types the main process for the Node that Electron ships', () => {
    const electronTypes = lock.packages['node_modules/electron'].dependencies['@types/node']
    const ours = pkg.devDependencies['@types/node'] as string
    const majorOf = (range: string) => Number(/\d+/.exec(range)![0])
    expect(majorOf(ours)).toBe(majorOf(electronTypes))
  })
})
