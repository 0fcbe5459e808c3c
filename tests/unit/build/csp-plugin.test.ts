import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cspPlugin, CSP_HASH_PLACEHOLDER } from '../../../build/csp-plugin'

type Handler = (html: string, ctx: { server?: unknown }) => string
const handler = (cspPlugin().transformIndexHtml as { handler: Handler }).handler
const source = readFileSync(join(__dirname, '../../../src/renderer/index.html'), 'utf8')

const built = source.replace(
  '<script type="module" src="./src/main.tsx"></script>',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/x.js">',
)

describe('the CSP build step', () => {
  it('ships a strict policy in the source: no self or inline script allowance', () => {
    expect(source).toContain(CSP_HASH_PLACEHOLDER)
    const policy = /content="([^"]+)"/.exec(
      source.slice(source.indexOf('Content-Security-Policy')),
    )![1]!
    expect(policy).toMatch(/script-src 'strict-dynamic' 'sha256-/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|script-src[^;]*'self'/)
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'none'")
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types hujia-boot")
  })

  it('replaces the entry script by a hashed inline loader and fills in its hash', () => {
    const out = handler(built, {})
    // A classic script, so it runs as the parser reaches it rather than after the stylesheet.
    const inline = /<script>([^<]+)<\/script>/.exec(out)![1]!
    expect(inline).toContain("const e='./assets/index-abc.js'")
    expect(inline).toContain("createPolicy('hujia-boot'")
    expect(inline).toContain('window.__zod_globalConfig={jitless:true}')
    const hash = createHash('sha256').update(inline).digest('base64')
    expect(out).toContain(`'sha256-${hash}'`)
    expect(out).not.toContain(CSP_HASH_PLACEHOLDER)
    // Parser-inserted preload links are gone; the trusted loader recreates them.
    expect(out).not.toContain('<link rel="modulepreload"')
    expect(inline).toContain('["./assets/x.js"]')
  })

  it("the loader's Trusted Types policy passes the entry's URL and nothing else", () => {
    const inline = /<script>([^<]+)<\/script>/.exec(handler(built, {}))![1]!
    const appended: { src: unknown }[] = []
    let policy: { createScriptURL: (u: string) => string } | undefined
    const window = {
      trustedTypes: {
        createPolicy: (name: string, p: { createScriptURL: (u: string) => string }) => {
          expect(name).toBe('hujia-boot')
          policy = p
          return { createScriptURL: (u: string) => ({ trusted: p.createScriptURL(u) }) }
        },
      },
    }
    const element = (): Record<string, unknown> => ({})
    const document = {
      createElement: element,
      head: { append: (e: { src: unknown }) => appended.push(e) },
    }
    new Function('window', 'document', inline)(window, document)
    expect(appended.at(-1)!.src).toEqual({ trusted: './assets/index-abc.js' })
    expect(() => policy!.createScriptURL('https://evil.example/x.js')).toThrow(TypeError)
  })

  it('refuses a stylesheet ahead of the entry script (the loader would wait for it)', () => {
    const late = built.replace(
      '<script type="module" crossorigin',
      '<link rel="stylesheet" href="./assets/a.css">\n<script type="module" crossorigin',
    )
    expect(() => handler(late, {})).toThrow(/before the stylesheet/)
    expect(handler(`${built}<link rel="stylesheet" href="./assets/a.css">`, {})).toContain(
      '<script>{for',
    )
  })

  it('refuses to build without a policy or an entry script', () => {
    expect(() => handler('<html></html>', {})).toThrow(/Content-Security-Policy/)
    expect(() => handler(source, {})).toThrow(/entry module script/)
  })

  it('relaxes the policy only for the dev server', () => {
    expect(handler(source, { server: {} })).toContain("script-src 'self' 'unsafe-inline'")
  })
})
