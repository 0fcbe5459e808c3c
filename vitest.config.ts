import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Dates are local calendar dates: pin the zone so tests mean the same everywhere.
process.env.TZ = 'Asia/Shanghai'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'src/shared'),
      '@renderer': resolve(__dirname, 'src/renderer/src'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    env: { TZ: 'Asia/Shanghai' },
  },
})
