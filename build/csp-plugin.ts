// Content-Security-Policy for the renderer. The source index.html carries the strict production
// policy with a placeholder hash; at build time the entry <script src> becomes a one-line inline
// module whose SHA-256 fills the placeholder. With 'strict-dynamic' only that script and what it
// imports may run: no 'self' script allowance, no inline code, no eval. The dev server gets a
// relaxed policy (React refresh needs an inline preamble and a websocket).
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

export const CSP_HASH_PLACEHOLDER = 'sha256-hujiaEntryHashIsFilledInAtBuildTime000000000='

const DEV_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: http://localhost:*",
].join('; ')

const META_RE = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/

export function cspPlugin(): Plugin {
  return {
    name: 'hujia-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!META_RE.test(html))
          throw new Error('index.html has no Content-Security-Policy meta tag')
        if (ctx.server) return html.replace(META_RE, `$1${DEV_POLICY}$3`)
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)
        if (!entry)
          throw new Error('hujia-csp: no entry module script found in the built index.html')
        // Elements created by the trusted inline script are "not parser-inserted", so
        // 'strict-dynamic' lets them and everything they import load; a bare import() would not.
        // The entry's preload links are recreated the same way, so its chunks download in parallel.
        // A classic script (not type="module"), ahead of the stylesheet: it runs as the parser
        // reaches it, so the downloads start at once; a module script would first wait for the
        // stylesheet to arrive. The block keeps its names out of the global scope.
        const preloads = [
          ...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
        ].map((m) => m[1])
        const inline = [
          `{for(const h of ${JSON.stringify(preloads)}){const l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.append(l)}`,
          // zod takes its settings from this global (zod 4's core.js) before any schema exists:
          // jitless, so it never builds validators with `new Function`, nor probes whether it
          // may (a script evaluation this policy refuses and reports). An import cannot do this:
          // the bundler runs a chunk's imports before the importing module's own code.
          `window.__zod_globalConfig={jitless:true}`,
          // Trusted Types are required for script URLs: the one policy the CSP names passes
          // the entry's URL and nothing else (where a browser has no Trusted Types, the string).
          `const e='${entry[1]}',t=window.trustedTypes?.createPolicy('hujia-boot',{createScriptURL:u=>{if(u!==e)throw new TypeError(u);return u}})`,
          `const s=document.createElement('script');s.type='module';s.src=t?t.createScriptURL(e):e;document.head.append(s)}`,
        ].join(';')
        const hash = createHash('sha256').update(inline).digest('base64')
        const stylesheet = html.indexOf('<link rel="stylesheet"')
        if (stylesheet !== -1 && stylesheet < html.indexOf(entry[0]))
          throw new Error('hujia-csp: the entry script must come before the stylesheet')
        return (
          html
            .replace(entry[0], `<script>${inline}</script>`)
            // The parser-inserted preload links would be refused under 'strict-dynamic'.
            .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
            .replace(CSP_HASH_PLACEHOLDER, `sha256-${hash}`)
        )
      },
    },
  }
}
