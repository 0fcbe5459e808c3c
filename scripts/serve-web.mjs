// Serves the built renderer on 127.0.0.1 so the app runs in a plain browser tab.
//   npm run web                      → http://127.0.0.1:4173/
//   WEB_DIR=out-x/renderer PORT=0 node scripts/serve-web.mjs
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// The same table the app's own app:// handler uses.
const TYPES = JSON.parse(
  readFileSync(fileURLToPath(new URL('../src/main/content-types.json', import.meta.url)), 'utf8'),
)

/** Starts a static server for `dir`; resolves with { url, close }. */
export async function startServer({ dir, port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir)
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`No built renderer in ${root}: run \`npm run build\` first.`)
  })
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const rel = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '')
      const file = join(root, rel)
      const back = relative(root, file)
      if (back.startsWith('..') || back.split(sep).includes('..')) throw new Error('outside')
      const body = await readFile(file)
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      })
      res.end(body)
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Not found')
    }
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, ok)
  })
  const address = server.address()
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.WEB_DIR ?? 'out/renderer'
  const port = Number(process.env.PORT ?? 4173)
  startServer({ dir, port })
    .then(({ url }) =>
      console.log(`HuJia Commute is served at ${url} — open it in Chromium or Chrome.`),
    )
    .catch((e) => {
      console.error(e.message)
      process.exit(1)
    })
}
