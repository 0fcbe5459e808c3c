// Fails when a translation key exists in one language and not the other, or when the code uses a
// literal key (t('…')) that neither locale defines.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const SRC = join(__dirname, '../../../src/renderer/src')
const LANGS = ['zh-CN', 'en'] as const
type Tree = { [k: string]: string | Tree }

function load(path: string): Tree {
  return JSON.parse(readFileSync(path, 'utf8')) as Tree
}

function namespaces(): Record<string, Record<(typeof LANGS)[number], Tree>> {
  const out: Record<string, Record<string, Tree>> = {
    common: {
      'zh-CN': load(join(SRC, 'app/locales/zh-CN.json')),
      en: load(join(SRC, 'app/locales/en.json')),
    },
  }
  // As app/translations/namespaces.ts: each folder under features/ or app/ with a locales/.
  for (const parent of ['features', 'app']) {
    for (const f of readdirSync(join(SRC, parent))) {
      const dir = join(SRC, parent, f, 'locales')
      try {
        statSync(dir)
      } catch {
        continue
      }
      out[f] = Object.fromEntries(LANGS.map((l) => [l, load(join(dir, `${l}.json`))]))
    }
  }
  return out as Record<string, Record<(typeof LANGS)[number], Tree>>
}

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  )
}

function has(tree: Tree, key: string): boolean {
  const candidates = [key, `${key}_one`, `${key}_other`]
  return candidates.some((c) => {
    let node: string | Tree | undefined = tree
    for (const part of c.split('.')) node = typeof node === 'object' ? node[part] : undefined
    return typeof node === 'string'
  })
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(name) ? [p] : []
  })
}

const ns = namespaces()

describe('translations', () => {
  it.each(Object.keys(ns))('namespace %s has the same keys in Chinese and English', (name) => {
    const zh = keys(ns[name]!['zh-CN']).sort()
    const en = keys(ns[name]!.en).sort()
    expect(
      zh.filter((k) => !en.includes(k)),
      'missing in en',
    ).toEqual([])
    expect(
      en.filter((k) => !zh.includes(k)),
      'missing in zh-CN',
    ).toEqual([])
    for (const lang of LANGS) {
      const empty = keys(ns[name]![lang]).filter((k) => {
        let node: string | Tree | undefined = ns[name]![lang]
        for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined
        return typeof node !== 'string' || node.trim() === ''
      })
      expect(empty, `empty strings in ${lang}`).toEqual([])
    }
  })

  it('every literal key used in the code exists in both languages', () => {
    const missing: string[] = []
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8')
      // A file's namespaces: from useTranslation('x'), or a `t` it receives typed TFunction<'x'>.
      const declared = [...text.matchAll(/(?:useTranslation\(\s*|TFunction<)'([\w-]+)'/g)].map(
        (m) => m[1]!,
      )
      // Every namespace falls back to common (app/i18n.ts fallbackNS).
      const fileNs = [...declared, 'common']
      for (const m of text.matchAll(/\bt\(\s*'([^'$`{}]+)'/g)) {
        const raw = m[1]!
        const [nsList, key] = raw.includes(':')
          ? [[raw.split(':')[0]!, 'common'], raw.split(':')[1]!]
          : [fileNs, raw]
        for (const lang of LANGS) {
          if (!nsList.some((n) => ns[n] && has(ns[n]![lang], key))) {
            missing.push(`${relative(SRC, file)}: ${raw} (${lang})`)
          }
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('every namespaced key written as a command label exists in both languages', () => {
    const missing: string[] = []
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\blabel:\s*'([\w-]+):([\w.]+)'/g)) {
        for (const lang of LANGS)
          if (!ns[m[1]!] || !has(ns[m[1]!]![lang], m[2]!))
            missing.push(`${relative(SRC, file)}: ${m[1]}:${m[2]} (${lang})`)
      }
    }
    expect(missing).toEqual([])
  })
})
