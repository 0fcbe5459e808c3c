// What app:// serves, against a real folder: only regular files that were there at the first
// request, never through a link, a pipe or a file added later; GET and HEAD only; an explicit
// Content-Type with nosniff; and the page's own CSP as a header, copied from its meta tag with
// connect-src narrowed to 'self'.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createAppFileServer,
  cspOfHtml,
  desktopCsp,
  servableFiles,
} from '../../../src/main/app-files'

const POLICY =
  "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc='; style-src 'self'; connect-src 'self' https: http://127.0.0.1:*; object-src 'none'"
// The header: the page's policy, with connect-src narrowed to the app's own origin.
const HEADER =
  "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc='; style-src 'self'; object-src 'none'; connect-src 'self'"
const PAGE = `<!doctype html><html><head><meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${POLICY}" />
<title>HuJia</title></head><body></body></html>`

let outside: string
let root: string
let serve: (r: Request) => Promise<Response>

const get = (path: string, method = 'GET') => serve(new Request(`app://hujia${path}`, { method }))

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'hujia-app-files-'))
  root = join(outside, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), PAGE)
  await writeFile(join(root, 'no-policy.html'), '<!doctype html><title>x</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(join(root, 'assets', 'font.woff2'), 'wOF2')
  await writeFile(join(root, 'assets', 'data.bin'), 'raw')
  await writeFile(join(outside, 'secret.txt'), 'the user’s secret')
  await mkdir(join(outside, 'private'))
  await writeFile(join(outside, 'private', 'passwd'), 'root:x:0:0')
  // Links planted inside the served folder, to a file and to a folder outside it.
  await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  await symlink(join(outside, 'private'), join(root, 'assets', 'etc'))
  if (process.platform !== 'win32') execFileSync('mkfifo', [join(root, 'assets', 'pipe.js')])
  serve = createAppFileServer(root)
})

afterAll(async () => {
  await rm(outside, { recursive: true, force: true })
})

describe('the app:// file server', () => {
  it('serves the page with its CSP as a header, an explicit type and nosniff', async () => {
    for (const path of ['/', '/index.html', '/index.html?x=1#/trips']) {
      const r = await get(path)
      expect(r.status).toBe(200)
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(r.headers.get('content-security-policy')).toBe(HEADER)
      expect(r.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await r.text()).toBe(PAGE)
    }
  })

  it('gives each file type its own Content-Type; unknown ones are plain bytes', async () => {
    const types = async (path: string) => (await get(path)).headers.get('content-type')
    expect(await types('/assets/index-abc.js')).toBe('text/javascript; charset=utf-8')
    expect(await types('/assets/index-abc.css')).toBe('text/css; charset=utf-8')
    expect(await types('/assets/font.woff2')).toBe('font/woff2')
    expect(await types('/assets/data.bin')).toBe('application/octet-stream')
    expect((await get('/assets/index-abc.js')).headers.get('content-security-policy')).toBeNull()
  })

  it('never serves through a link inside the folder, to a file or to a folder', async () => {
    for (const path of ['/assets/leak.txt', '/assets/etc/passwd', '/assets/etc']) {
      const r = await get(path)
      expect(r.status, path).toBe(404)
      expect(await r.text()).toBe('Not found')
    }
  })

  it.skipIf(process.platform === 'win32')(
    'never opens a pipe (it would wait forever)',
    async () => {
      expect((await get('/assets/pipe.js')).status).toBe(404)
    },
  )

  it('refuses folders, traversal, other hosts and files added after the first request', async () => {
    for (const url of [
      'app://hujia/assets',
      'app://hujia/assets/',
      'app://hujia/..%2f..%2fsecret.txt',
      'app://hujia/%2e%2e/secret.txt',
      'app://other/index.html',
    ])
      expect((await serve(new Request(url))).status, url).toBe(404)
    await writeFile(join(root, 'assets', 'later.js'), 'planted')
    expect((await get('/assets/later.js')).status).toBe(404)
    await rm(join(root, 'assets', 'later.js'))
  })

  it('answers GET and HEAD only', async () => {
    const head = await get('/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-security-policy')).toBe(HEADER)
    expect(await head.text()).toBe('')
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const r = await get('/index.html', method)
      expect(r.status, method).toBe(405)
      expect(r.headers.get('allow')).toBe('GET, HEAD')
    }
  })

  it('refuses to serve a page that has no Content-Security-Policy', async () => {
    const r = await get('/no-policy.html')
    expect(r.status).toBe(500)
    expect(r.headers.get('content-security-policy')).toBeNull()
  })

  it('lists only regular files as servable', async () => {
    const files = [...(await servableFiles(root))].map((f) => f.slice(root.length + 1)).sort()
    expect(files).toEqual([
      'assets/data.bin',
      'assets/font.woff2',
      'assets/index-abc.css',
      'assets/index-abc.js',
      'index.html',
      'no-policy.html',
    ])
  })
})

describe('the CSP header is the built page’s own policy', () => {
  it('reads the policy of a meta tag', () => {
    expect(cspOfHtml(PAGE)).toBe(POLICY)
    expect(
      cspOfHtml('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;">'),
    ).toBe("default-src 'none'")
    expect(cspOfHtml('<title>none</title>')).toBeNull()
  })

  it('narrows connect-src to the app itself, with or without one in the page', () => {
    expect(desktopCsp("default-src 'none'; connect-src 'self' https:; img-src 'self'")).toBe(
      "default-src 'none'; img-src 'self'; connect-src 'self'",
    )
    expect(desktopCsp("default-src 'none';")).toBe("default-src 'none'; connect-src 'self'")
  })

  it('finds the policy in the app’s own index.html (the tag the build fills in)', () => {
    const source = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8')
    expect(cspOfHtml(source)).toMatch(/^default-src 'none'; script-src 'strict-dynamic' 'sha256-/)
  })
})
