import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './build/csp-plugin'

// Lets a start with an up-to-date store skip loading the whole pack (src/renderer/src/db/pack.ts).
const packVersion = (
  JSON.parse(readFileSync(resolve(__dirname, 'resources/data/pack.json'), 'utf8')) as {
    version: number
  }
).version

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
}

/**
 * The app's page, plus the benchmark's startup floor (baseline.html) only when the benchmark
 * builds (scripts/bench/build.mjs sets HUJIA_BENCH_BASELINE=1): the shipped app carries no
 * benchmark page. Same toolchain and chunking either way, so the floor stays comparable.
 */
export function rendererInputs(env: Record<string, string | undefined>): Record<string, string> {
  const index = resolve(__dirname, 'src/renderer/index.html')
  if (env['HUJIA_BENCH_BASELINE'] !== '1') return { index }
  return { index, baseline: resolve(__dirname, 'src/renderer/baseline.html') }
}

export default defineConfig({
  main: {
    resolve: { alias },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload cannot require() npm packages: bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react(), cspPlugin()],
    // JSON modules (the strings, the service pack) as JSON.parse('…'): V8 parses that faster than
    // the same data written as an object literal.
    json: { stringify: true },
    define: { __HUJIA_PACK_VERSION__: JSON.stringify(packVersion) },
    // Relative asset paths so the same build serves from app:// and from a plain http server.
    base: './',
    build: {
      // electron-vite leaves the renderer unminified by default; minified it is half the size.
      minify: true,
      rollupOptions: {
        // The libraries every start needs, in two files rather than the dozen small shared chunks
        // the default splitting makes: fewer requests before the first screen (HTTP/1.1 opens six
        // at a time). React + Dexie alone, so the baseline page loads no more than it uses.
        output: {
          codeSplitting: {
            groups: [
              { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|dexie)[\\/]/ },
              {
                name: 'i18n',
                test: /node_modules[\\/](i18next|react-i18next|dexie-react-hooks|use-sync-external-store)[\\/]/,
              },
            ],
          },
        },
        input: rendererInputs(process.env),
      },
    },
  },
})
