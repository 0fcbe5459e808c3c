import { launch, openPage } from './browser.mjs'
import { startServer } from '../serve-web.mjs'
const server = await startServer({ dir: process.env.DIR ?? 'out-bench/site', port: 4408 })
const ctx = await launch('/tmp/benchx/prof')
const page = await openPage(ctx)
page.on('console', (m) => console.log('console', m.type(), m.text()))
page.on('requestfailed', (r) => console.log('failed', r.url()))
await page.goto(server.url + (process.argv[2] ?? ''))
await page.waitForTimeout(4000)
console.log(await page.evaluate(() => document.documentElement.outerHTML.slice(0, 1500)))
await ctx.close(); await server.close()
