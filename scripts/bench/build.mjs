// Builds what the benchmark serves, in its own output folder (out-bench unless --out-dir):
//   <outDir>/renderer   the app and the baseline page, built by `electron-vite build` with the
//                       same config and toolchain as `npm run build` (which leaves the baseline
//                       page out: HUJIA_BENCH_BASELINE=1 adds it);
//   <outDir>/site       that renderer plus the bench harness page at __bench/, served as one
//                       origin so the harness and the app share one IndexedDB.
// The harness page (scripts/bench/page) is built only here, never by `npm run build`: the app
// that ships carries no benchmark code, and out/ (which `npm start` and electron-builder use) is
// never touched.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))

/** `config`: another electron-vite config, to measure a change before making it (--config). */
export function buildApp(outDir, config) {
  const bin = join(root, 'node_modules', '.bin', 'electron-vite')
  const args = ['build', '--outDir', outDir, ...(config ? ['--config', config] : [])]
  const env = { ...process.env, HUJIA_BENCH_BASELINE: '1' }
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', env })
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr)
    throw new Error(`electron-vite ${args.join(' ')} failed`)
  }
}

export async function buildHarness(outDir) {
  const [{ build }, { default: react }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
  ])
  await build({
    configFile: false,
    root: join(root, 'scripts/bench/page'),
    base: './',
    logLevel: 'warn',
    // The same aliases as electron.vite.config.ts, so the harness imports the app's modules.
    resolve: {
      alias: {
        '@shared': join(root, 'src/shared'),
        '@renderer': join(root, 'src/renderer/src'),
      },
    },
    plugins: [react()],
    build: {
      outDir: join(outDir, 'harness'),
      emptyOutDir: true,
      reportCompressedSize: false,
      // Like the app's renderer build (electron-vite leaves it unminified), and readable in a
      // profile. The harness loads all the app's logic at once; its size is not measured.
      minify: false,
      chunkSizeWarningLimit: 100_000,
    },
  })
}

/** Builds (unless `skipBuild`) and assembles the served folder; returns its path. */
export async function prepareSite({ outDir, skipBuild, config }) {
  const out = resolve(root, outDir)
  if (!skipBuild) {
    buildApp(out, config)
    await buildHarness(out)
  }
  for (const need of ['renderer/index.html', 'renderer/baseline.html', 'harness/index.html']) {
    if (!existsSync(join(out, need))) {
      throw new Error(`${join(out, need)} is missing: run without --no-build.`)
    }
  }
  const site = join(out, 'site')
  rmSync(site, { recursive: true, force: true })
  cpSync(join(out, 'renderer'), site, { recursive: true })
  cpSync(join(out, 'harness'), join(site, '__bench'), { recursive: true })
  return site
}
