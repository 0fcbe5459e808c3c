import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EINVOICE_SOURCES } from '@shared/bills/invoice'
import { EXTERNAL_LINK_ALLOWLIST, isAllowedExternalUrl } from '@shared/security/external-url'

const pack = JSON.parse(
  readFileSync(resolve(__dirname, '../../../../resources/data/pack.json'), 'utf8'),
) as { sources: { id: string; url: string | null }[] }
// The pack's sources and the one fact the app carries outside it (the 12306 e-invoice rule).
const sourceUrls = [...pack.sources, ...EINVOICE_SOURCES].flatMap((s) => (s.url ? [s.url] : []))

describe('the allowlist and the shipped sources', () => {
  it('opens every https source of the shipped pack', () => {
    const refused = sourceUrls.filter((u) => u.startsWith('https:') && !isAllowedExternalUrl(u))
    expect(refused).toEqual([])
  })

  it('opens no plain-http source: the badge shows its address for the user to copy', () => {
    const http = sourceUrls.filter((u) => u.startsWith('http:'))
    expect(http.length).toBeGreaterThan(0)
    expect(http.filter(isAllowedExternalUrl)).toEqual([])
    expect(sourceUrls.every((u) => u.startsWith('https:') || u.startsWith('http:'))).toBe(true)
  })

  it('names no site and no page that no shipped source links to', () => {
    const cited = sourceUrls.filter((u) => u.startsWith('https:')).map((u) => new URL(u))
    for (const site of EXTERNAL_LINK_ALLOWLIST) {
      const onHost = cited.filter((u) => u.hostname === site.host)
      expect(onHost.length, site.host).toBeGreaterThan(0)
      for (const path of site.paths ?? [])
        expect(
          onHost.some((u) => u.pathname === path),
          `${site.host}${path}`,
        ).toBe(true)
    }
    const hosts = EXTERNAL_LINK_ALLOWLIST.map((s) => s.host)
    expect(new Set(hosts).size).toBe(hosts.length)
  })
})

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.shine.cn/news/metro/2412260013/',
    'https://german.shanghai.gov.cn/ge-Transportation/20250402/d9f93f403a3e462b9f12e41e5c2f6c4f.html',
    'https://tidenews.com.cn/news.html?id=632221',
    'https://www.163.com/dy/article/KDPS3GS50514R9P4.html',
    'https://zh.wikipedia-on-ipfs.org/wiki/上海公共交通卡',
    'HTTPS://WWW.SHINE.CN/news/metro/2412260013/',
  ])('allows the https source %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    ['plain http', 'http://www.shine.cn/news/metro/2105249476/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with a host', 'javascript://www.shine.cn/%0aalert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['file', 'file:///etc/passwd'],
    ['app scheme', 'app://hujia/index.html'],
    ['custom protocol', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://evil.example/share'],
    ['unknown host', 'https://evil.example.com/'],
    ['allowlisted name as a subdomain', 'https://www.shine.cn.evil.example/'],
    ['a subdomain of an allowed host', 'https://x.newsflash.city/'],
    ['the parent of an allowed host', 'https://shine.cn/'],
    ['the bare domain of an allowed page host', 'https://163.com/dy/article/KDPS3GS50514R9P4.html'],
    ['another page on a self-media host', 'https://www.163.com/dy/article/ANYTHING.html'],
    ['another page on a document-sharing host', 'https://m.docduoduo.com/p-1.html'],
    [
      'a code host (release downloads)',
      'https://github.com/evil/repo/releases/download/v1/setup.exe',
    ],
    ['another WeChat host', 'https://mp.weixin.qq.com/s/anything'],
    ['lookalike suffix', 'https://evilshine.cn/'],
    ['a trailing dot', 'https://www.shine.cn./'],
    ['Cyrillic homograph', 'https://www.shіne.cn/'],
    ['credentials', 'https://user:pass@www.shine.cn/'],
    ['userinfo trick', 'https://www.shine.cn@evil.example/'],
    ['non-default port', 'https://www.shine.cn:8443/'],
    ['explicit port 444', 'https://www.shine.cn:444/'],
    ['IPv4 literal', 'https://127.0.0.1/'],
    ['integer IPv4', 'https://2130706433/'],
    ['IPv6 literal', 'https://[::1]/'],
    ['not a URL', 'not a url'],
    ['empty', ''],
    ['too long', `https://www.shine.cn/${'a'.repeat(3000)}`],
    ['a number', 42],
    ['null', null],
    ['an object', { href: 'https://www.shine.cn/' }],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})
