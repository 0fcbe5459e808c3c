import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './build/csp-plugin'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
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
    // Relative asset paths so the same build serves from app:// and from a plain http server.
    base: './',
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // The benchmark's startup floor (scripts/bench.mjs), built by the same toolchain.
          baseline: resolve(__dirname, 'src/renderer/baseline.html'),
        },
      },
    },
  },
})
