// `npm test`: every check, one stage after the other, stopping at the first that fails, and the
// time each took. The browser stages need a Chromium or Chrome: without one this says how to get
// one before any of them starts.
import { spawnSync } from 'node:child_process'
import { requireChromium } from './chromium.mjs'

const STAGES = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['unit', 'npm run test:unit'],
  ['integration', 'npm run test:integration'],
  ['build', 'npx electron-vite build'],
  ['bench (quick)', 'npm run test:bench'],
  ['e2e', 'npm run test:e2e'],
  ['shell', 'npm run test:shell'],
  ['electron', 'npm run test:electron'],
]
const BROWSER = new Set(['bench (quick)', 'e2e', 'shell'])

const times = []
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const summary = () => {
  const width = Math.max(...times.map(([name]) => name.length))
  console.log(`\nnpm test, stage by stage:`)
  for (const [name, ms, ok] of times)
    console.log(`  ${name.padEnd(width)}  ${seconds(ms).padStart(8)}  ${ok ? 'passed' : 'FAILED'}`)
}

for (const [name, command] of STAGES) {
  if (BROWSER.has(name)) requireChromium()
  console.log(`\n▶ ${name}: ${command}`)
  const t0 = performance.now()
  const r = spawnSync(command, { stdio: 'inherit', shell: true })
  times.push([name, performance.now() - t0, r.status === 0])
  if (r.status !== 0) {
    summary()
    process.exit(r.status ?? 1)
  }
}
summary()
