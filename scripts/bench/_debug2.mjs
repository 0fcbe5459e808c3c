import { gzipSync } from 'node:zlib'
import { launch, openPage, waitInteractive } from './browser.mjs'
import { startServer } from '../serve-web.mjs'
const server = await startServer({ dir: process.env.DIR ?? 'out-bench/site', port: 4409 })
const ctx = await launch('/tmp/benchx/prof2')
for (const path of ['', 'baseline.html', '#/trips', '#/hospitals']) {
  const page = await openPage(ctx)
  const list = []
  page.on('response', async (r) => { if (r.request().resourceType() === 'script') list.push([r.url().split('/').pop(), r.body()]) })
  await page.goto(server.url + path)
  await waitInteractive(page)
  let tot = 0
  const rows = []
  for (const [u, b] of list) { const buf = await b; const gz = gzipSync(buf).length; tot += gz; rows.push(`${u} raw=${(buf.length/1024).toFixed(0)}K gz=${(gz/1024).toFixed(1)}K`) }
  console.log(path || '(default)', (tot/1024).toFixed(1), 'KB gz\n  ' + rows.join('\n  '))
  await page.close()
}
await ctx.close(); await server.close()
