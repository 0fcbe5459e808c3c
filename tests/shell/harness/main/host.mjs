// @ts-check
// The main process of tests/shell: a Node child process that runs the BUILT main
// (<outDir>/main/index.js) with the electron stand-in where Electron would be, and talks to the
// test process over the IPC pipe. Started by ../shell.ts; options arrive in HUJIA_SHELL_OPTIONS.
import Module, { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createRpc } from '../rpc.mjs'
import { installClock } from './clock.mjs'
import { createElectron } from './electron.mjs'

const options = JSON.parse(process.env['HUJIA_SHELL_OPTIONS'] ?? 'null')
if (!options) throw new Error('host.mjs is started by tests/shell/harness/shell.ts')

const clock = installClock(options.time)
const rpc = createRpc(process)
rpc.handlers['clock.set'] = (/** @type {{ time: number, freeze?: boolean }} */ p) => clock.set(p)
rpc.handlers['clock.now'] = () => clock.now()

// Electron shows a dialog for an uncaught error in main and keeps running: here it is recorded.
process.on('uncaughtException', (e) => rpc.note('problem', { message: `main: ${e.stack ?? e}` }))
process.on('unhandledRejection', (e) =>
  rpc.note('problem', {
    message: `main (unhandled rejection): ${/** @type {Error} */ (e)?.stack ?? e}`,
  }),
)
process.on('disconnect', () => process.exit(0))

// `require('electron')` from the built main resolves to the stand-in and to nothing else. The
// built main is CommonJS (electron-vite's default for main); an ES-module main would need a
// module.register() resolve hook instead.
const main = join(options.outDir, 'main/index.js')
if (!existsSync(main)) throw new Error(`${main} is missing: run \`npx electron-vite build\` first`)
const STAND_IN = 'hujia-shell:electron'
const M = /** @type {any} */ (Module)
const resolveFilename = M._resolveFilename
M._resolveFilename = function (/** @type {string} */ request, /** @type {unknown[]} */ ...rest) {
  if (request === 'electron' || request === 'electron/main') return STAND_IN
  return resolveFilename.call(this, request, ...rest)
}
const standIn = new M(STAND_IN)
standIn.filename = STAND_IN
standIn.loaded = true
standIn.exports = createElectron(rpc, clock, options)
M._cache[STAND_IN] = standIn

createRequire(import.meta.url)(main)
rpc.note('host.loaded')
