// Starts Debian's Apache with mod_dav (tests/servers/webdav.conf) on 127.0.0.1 at a free port,
// serving a fresh folder with one user, in the foreground as a child of this process.
//   node tests/servers/webdav.mjs        starts one and prints its URL until Ctrl+C
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chownSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const APACHE = process.env.APACHE_BIN ?? '/usr/sbin/apache2'
export const DAV_USER = 'commuter'
export const DAV_PASSWORD = 'app-password-123'

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

function waitForPort(port, child, log, ms = 15_000) {
  const until = Date.now() + ms
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        const err = existsSync(log) ? readFileSync(log, 'utf8') : ''
        return reject(new Error(`apache2 exited with ${child.exitCode}: ${err}`))
      }
      const sock = connect(port, '127.0.0.1')
      sock.once('connect', () => {
        sock.destroy()
        resolve()
      })
      sock.once('error', () => {
        sock.destroy()
        if (Date.now() > until) reject(new Error(`apache2 did not listen on ${port}`))
        else setTimeout(attempt, 50)
      })
    }
    attempt()
  })
}

/**
 * Starts Apache. Returns its folder URL (the sync folder is `${url}hujia/`), the folder on disk,
 * and stop().
 */
export async function startWebdav() {
  if (!existsSync(APACHE))
    throw new Error(`No Apache at ${APACHE}: apt-get install -y apache2 (or set APACHE_BIN)`)
  const root = mkdtempSync(join(tmpdir(), 'hujia-dav-'))
  const port = await freePort()
  mkdirSync(join(root, 'dav'))
  // {SHA} is the htpasswd format every Apache reads without helpers.
  const sha = createHash('sha1').update(DAV_PASSWORD).digest('base64')
  writeFileSync(join(root, 'htpasswd'), `${DAV_USER}:{SHA}${sha}\n`)
  const asRoot = process.getuid?.() === 0
  if (asRoot) for (const p of [root, join(root, 'dav')]) chownSync(p, 33, 33)
  const child = spawn(
    APACHE,
    ['-f', join(here, 'webdav.conf'), '-DFOREGROUND', ...(asRoot ? ['-DHUJIA_AS_ROOT'] : [])],
    {
      env: { ...process.env, HUJIA_DAV_ROOT: root, HUJIA_DAV_PORT: String(port), LANG: 'C' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  await waitForPort(port, child, join(root, 'error.log'))
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    dir: join(root, 'dav'),
    user: DAV_USER,
    password: DAV_PASSWORD,
    async stop() {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await gone
      }
      rmSync(root, { recursive: true, force: true })
    },
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  void startWebdav().then((dav) => {
    console.log(`WebDAV at ${dav.url} (user ${dav.user}, ${dav.password}), files in ${dav.dir}`)
    process.on('SIGINT', () => dav.stop().then(() => process.exit(0)))
  })
